"""A plain WSGI app (standard library only): Django, Bottle, Falcon, or ``wsgiref`` itself.

::

    app = WebhookWSGIApp(handler)       # mount it wherever your WSGI stack routes /webhooks/pylon

POST only (405 otherwise). The body is read from ``wsgi.input`` as raw bytes, never past
``CONTENT_LENGTH`` (411 without one, unless the server sets ``wsgi.input_terminated``), and
capped at ``max_body_bytes`` (413 beyond). Headers are read straight from the environ.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._body import DEFAULT_MAX_BODY_BYTES, BodyBuffer
from ._handler import WebhookHandler
from ._reading import read_body
from ._response import WebhookResponse

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

__all__ = ["WebhookWSGIApp"]


class WebhookWSGIApp:
    """A WSGI application that feeds every POST to a :class:`WebhookHandler`."""

    def __init__(
        self, handler: WebhookHandler, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    ) -> None:
        BodyBuffer(max_body_bytes)  # refuse a bad limit now, not at the first delivery
        self.handler = handler
        self.max_body_bytes = max_body_bytes

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        return self._respond(environ).to_wsgi(start_response)

    def _respond(self, environ: WSGIEnvironment) -> WebhookResponse:
        if environ.get("REQUEST_METHOD") != "POST":
            return WebhookResponse.for_status(405, Allow="POST")
        body = read_body(
            environ["wsgi.input"].read,
            environ.get("CONTENT_LENGTH"),
            self.max_body_bytes,
            length_required=not environ.get("wsgi.input_terminated"),
        )
        if isinstance(body, WebhookResponse):
            return body
        return self.handler.handle(body, environ)
