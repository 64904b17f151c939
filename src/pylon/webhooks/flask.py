"""Flask adapter (needs ``pip install 'py-usepylon-sdk[flask]'``).

::

    app.register_blueprint(webhook_blueprint(handler))           # POST /webhooks/pylon
    app.add_url_rule("/hooks", view_func=webhook_view(handler), methods=["POST"])

The body is read as raw bytes from the request stream (capped at ``max_body_bytes``, 413 beyond)
before anything parses it. The view returns the handler's :class:`WebhookResponse`, the
``(body, status, headers)`` tuple Flask accepts. Async handlers run on a private event loop.
"""

from __future__ import annotations

from collections.abc import Callable

try:
    from flask import Blueprint, request
except ImportError as exc:
    raise ImportError(
        "pylon.webhooks.flask needs Flask: pip install 'py-usepylon-sdk[flask]'"
    ) from exc

from ._body import DEFAULT_MAX_BODY_BYTES, BodyBuffer
from ._handler import WebhookHandler
from ._reading import read_body
from ._response import WebhookResponse

__all__ = ["webhook_blueprint", "webhook_view"]


def webhook_view(
    handler: WebhookHandler, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
) -> Callable[[], WebhookResponse]:
    """A Flask view function; register it for POST."""
    BodyBuffer(max_body_bytes)  # refuse a bad limit now, not at the first delivery

    def receive_pylon_webhook() -> WebhookResponse:
        body = read_body(
            request.stream.read,
            request.headers.get("Content-Length"),
            max_body_bytes,
            length_required=not request.environ.get("wsgi.input_terminated"),
        )
        if isinstance(body, WebhookResponse):
            return body
        return handler.handle(body, request.headers)

    return receive_pylon_webhook


def webhook_blueprint(
    handler: WebhookHandler,
    *,
    path: str = "/webhooks/pylon",
    name: str = "pylon_webhooks",
    url_prefix: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> Blueprint:
    """A blueprint with one POST route at ``path`` (endpoint ``<name>.receive``)."""
    blueprint = Blueprint(name, __name__, url_prefix=url_prefix)
    view = webhook_view(handler, max_body_bytes=max_body_bytes)
    blueprint.add_url_rule(path, endpoint="receive", view_func=view, methods=["POST"])
    return blueprint
