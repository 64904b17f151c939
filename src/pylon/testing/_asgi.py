"""The simulator as a pure ASGI 3 application (no framework).

Faults with timing are acted out with ``asyncio.sleep``. Dropped connections need the socket,
which ASGI does not expose: the server in ``_server.py`` passes an ``abort`` callback that closes
the client's transport (FIN) or resets it (RST). Under any other ASGI server the app falls back
to raising after the partial body, which every server turns into a closed connection (a
``before_response`` drop then becomes the server's own 500).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from ._response import SimResponse, iter_chunks

if TYPE_CHECKING:
    from ._simulator import Simulator

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Aborter = Callable[[Any, bool], bool]


class DroppedConnection(Exception):
    """Raised inside the app to make a generic ASGI server close the connection."""


async def _read_body(receive: Receive, scope: Scope) -> bytes | None:
    """The whole request body, or None when it never fully arrived.

    A client that declared more bytes than it sent, or whose chunked body stopped before its
    last chunk, then closed the connection, shows up as ``http.disconnect`` before the final
    body message. Such a request must change nothing: a real server never hands a half-read
    request to its handler, and acting on it would manufacture the duplicate creates the
    simulator exists to catch.
    """
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    body = b"".join(chunks)
    declared = _declared_length(scope)
    return body if declared is None or declared == len(body) else None


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def create_app(simulator: Simulator, *, abort: Aborter | None = None) -> ASGIApp:
    """Build the ASGI app. ``abort(client, reset)`` closes a client's connection if it can."""

    async def drop(scope: Scope, reset: bool) -> None:
        if abort is not None and abort(scope.get("client"), reset):
            for _ in range(3):  # let the server notice the closed transport
                await asyncio.sleep(0)
            return
        raise DroppedConnection("simulated dropped connection")

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = await _read_body(receive, scope)
        if body is None:
            return  # the client is gone or its body is incomplete: nothing happened
        raw_path = scope.get("raw_path") or scope["path"].encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        query = scope.get("query_string", b"").decode("latin-1")
        response: SimResponse = simulator.handle(
            scope["method"], path, query, list(scope.get("headers", [])), body
        )
        fault = response.fault
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.drop == "before_response":
            await drop(scope, reset=False)
            return
        headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1"))
            for k, v in response.headers
            if k.lower() != "content-length"
        ]
        headers.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        payload = response.body
        breaks = fault is not None and fault.drop in ("mid_body", "reset")
        if fault is not None and breaks:
            cut = fault.drop_after_bytes
            payload = payload[: max(1, min(90, len(payload) // 2)) if cut is None else cut]
        if fault is not None and fault.drip_interval:
            for chunk in iter_chunks(payload, fault.drip_chunk):
                await asyncio.sleep(fault.drip_interval)
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            payload = b""
        if breaks:
            if payload:
                await send({"type": "http.response.body", "body": payload, "more_body": True})
            await drop(scope, reset=fault is not None and fault.drop == "reset")
            return
        await send({"type": "http.response.body", "body": payload, "more_body": False})

    return app
