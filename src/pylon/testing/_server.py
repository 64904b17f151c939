"""Serve a simulator over real loopback HTTP with uvicorn, in a background thread.

Binds 127.0.0.1 only (port 0 picks a free port). The server uses a small subclass of uvicorn's
h11 protocol that remembers each connection's transport, so the app can drop a connection the
way a crashing server or a middlebox does: FIN (``transport.close()``) or RST (``SO_LINGER`` 0,
then close). The context manager stops the server and the webhook thread on exit, and waits for
them, so nothing outlives a test.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ._asgi import create_app

if TYPE_CHECKING:
    from ._simulator import Simulator

HOST = "127.0.0.1"


def _protocol_class(connections: dict[tuple[str, int], asyncio.Transport]) -> type:
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class _Protocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if self.client:
                connections[(self.client[0], self.client[1])] = transport

        def connection_lost(self, exc: Exception | None) -> None:
            if self.client:
                connections.pop((self.client[0], self.client[1]), None)
            super().connection_lost(exc)

    return _Protocol


def _aborter(connections: dict[tuple[str, int], asyncio.Transport]) -> Any:
    def abort(client: Any, reset: bool) -> bool:
        if not client:
            return False
        transport = connections.get((client[0], client[1]))
        if transport is None:
            return False
        if reset:
            sock = transport.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            transport.abort()
        else:
            transport.close()
        return True

    return abort


@contextmanager
def serve(simulator: Simulator, port: int = 0, *, log_level: str = "critical") -> Iterator[str]:
    """Run ``simulator`` on ``http://127.0.0.1:<port>`` until the context exits."""
    try:
        import uvicorn
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError(
            "serving the simulator needs uvicorn: pip install 'py-usepylon-sdk[simulator]'"
        ) from exc
    connections: dict[tuple[str, int], asyncio.Transport] = {}
    app = create_app(simulator, abort=_aborter(connections))
    config = uvicorn.Config(
        app,
        host=HOST,
        port=port,
        http=_protocol_class(connections),
        lifespan="off",
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=1,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="pylon-simulator", daemon=True)
    previous_mode = simulator.webhooks.mode
    simulator.webhooks.mode = "thread"
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the simulator server did not start")
            time.sleep(0.005)
        bound = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://{HOST}:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        simulator.webhooks.stop()
        simulator.webhooks.mode = previous_mode
