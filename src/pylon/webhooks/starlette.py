"""Starlette and FastAPI adapter (needs ``pip install 'py-usepylon-sdk[starlette]'``).

Three shapes, pick one::

    app = Starlette(routes=[webhook_route(handler, "/webhooks/pylon")])
    app.add_api_route("/webhooks/pylon", webhook_endpoint(handler), methods=["POST"])  # FastAPI
    app.mount("/webhooks/pylon", WebhookApp(handler))                                   # any ASGI

The body is read as raw bytes (streamed, capped at ``max_body_bytes``, 413 beyond) before the
handler verifies it; async handlers are awaited on the server's event loop.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

try:
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route
    from starlette.types import Receive, Scope, Send
except ImportError as exc:
    raise ImportError(
        "pylon.webhooks.starlette needs Starlette: pip install 'py-usepylon-sdk[starlette]'"
    ) from exc

from ._body import DEFAULT_MAX_BODY_BYTES, BodyBuffer
from ._handler import WebhookHandler
from ._reading import read_body_async
from ._response import WebhookResponse

__all__ = ["WebhookApp", "to_starlette_response", "webhook_endpoint", "webhook_route"]

Endpoint = Callable[[Request], Awaitable[Response]]


def to_starlette_response(response: WebhookResponse) -> Response:
    """A Starlette ``Response`` carrying a :class:`WebhookResponse`."""
    return Response(response.body_bytes, status_code=response.status, headers=response.headers)


def webhook_endpoint(
    handler: WebhookHandler, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
) -> Endpoint:
    """An endpoint ``async (request) -> Response`` for a Starlette route or a FastAPI route."""
    BodyBuffer(max_body_bytes)  # refuse a bad limit now, not at the first delivery

    async def receive_pylon_webhook(request: Request) -> Response:
        body = await read_body_async(
            request.stream(), request.headers.get("content-length"), max_body_bytes
        )
        if isinstance(body, WebhookResponse):
            return to_starlette_response(body)
        return to_starlette_response(await handler.ahandle(body, request.headers))

    return receive_pylon_webhook


def webhook_route(
    handler: WebhookHandler,
    path: str = "/webhooks/pylon",
    *,
    name: str = "pylon_webhooks",
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> Route:
    """A POST-only Starlette ``Route`` (other methods get Starlette's 405)."""
    endpoint = webhook_endpoint(handler, max_body_bytes=max_body_bytes)
    return Route(path, endpoint, methods=["POST"], name=name)


class WebhookApp:
    """A standalone ASGI app that answers POSTs on any path with the handler, others with 405."""

    def __init__(
        self, handler: WebhookHandler, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    ) -> None:
        self.handler = handler
        self._endpoint = webhook_endpoint(handler, max_body_bytes=max_body_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            await send({"type": "websocket.close", "code": 1003})
            return
        if scope["method"] == "POST":
            response = await self._endpoint(Request(scope, receive))
        else:
            response = to_starlette_response(WebhookResponse.for_status(405, Allow="POST"))
        await response(scope, receive, send)


async def _lifespan(receive: Receive, send: Send) -> None:
    # Nothing to start or stop; acknowledge so the app can be served on its own.
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
