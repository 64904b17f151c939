"""Helpers for the transport tests: a fake clock, a canary key, a small route table, clients
wired exactly as `Pylon(...)` wires its own, and a harness that sends one request through the sync
or the async transport over a MockTransport.

No test here sleeps for real: every sleep goes through `FakeClock`, which records it and moves
its own time forward.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.server
import itertools
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import respx

from pylon._config import ClientConfig
from pylon._routes import RouteTable
from pylon._transport import TransportHooks
from pylon._wiring import SharedState, build_http_client

from .._canary import run_canary

CANARY = run_canary("pylon_CANARY_")

# A small slice of the spec, enough to exercise every retry class and limit.
OPERATIONS: dict[str, dict[str, Any]] = {
    "GetIssues": {"method": "GET", "path": "/issues", "rate_limit": (10, 60.0)},
    "GetIssue": {"method": "GET", "path": "/issues/{id}", "rate_limit": (60, 60.0)},
    "SearchIssues": {"method": "POST", "path": "/issues/search", "rate_limit": (20, 60.0)},
    "CreateIssue": {"method": "POST", "path": "/issues", "rate_limit": (10, 60.0)},
    "UpdateIssue": {"method": "PATCH", "path": "/issues/{id}", "rate_limit": (20, 60.0)},
    "DeleteIssue": {"method": "DELETE", "path": "/issues/{id}", "rate_limit": (20, 60.0)},
    "CreateIssueReply": {"method": "POST", "path": "/issues/{id}/reply", "rate_limit": (10, 60.0)},
    "SnoozeIssue": {"method": "POST", "path": "/issues/{id}/snooze", "rate_limit": (20, 60.0)},
    "CreateAttachment": {"method": "POST", "path": "/attachments", "rate_limit": (20, 60.0)},
    "SearchCustomObjects": {
        "method": "POST",
        "path": "/custom-objects/{type}/search",
        "rate_limit": [20, 60],
    },
    "GetCustomObject": {
        "method": "GET",
        "path": "/custom-objects/{type}/{id}",
        "rate_limit": {"requests": 60, "per_seconds": 60},
    },
    "UploadContent": {
        "method": "POST",
        "path": "/training-data/upload-content",
        "rate_limit": None,
    },
}
ROUTES = RouteTable.from_operations(OPERATIONS)


@dataclass
class FakeClock:
    """Monotonic and wall time that only move when something sleeps (or a test says so)."""

    now: float = 1_000.0
    epoch_offset: float = 1_696_004_797.0 - 1_000.0  # wall time == openai's pinned instant at start
    sleeps: list[float] = field(default_factory=list)
    rand: float = 0.0
    frozen: bool = False  # concurrent sleepers would otherwise add up their sleeps

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return self.now + self.epoch_offset

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(float(seconds))
        if not self.frozen:
            self.now += float(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def hooks(self) -> TransportHooks:
        return TransportHooks(
            clock=self.monotonic,
            wall_clock=self.wall,
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            rand=lambda: self.rand,
        )


def make_config(**overrides: Any) -> ClientConfig:
    return ClientConfig(api_key=CANARY, **overrides)


@contextlib.contextmanager
def wired_client(config: ClientConfig, **parts: Any) -> Iterator[httpx.Client]:
    """An httpx client wired as `Pylon(...)` wires its own: `SharedState.create` with the given
    `transport=` / `http_client=` / `routes=` / `hooks=`, then the one builder. Leaving the block
    closes it and the pool, as `Pylon.close()` does."""
    shared = SharedState.create(config, **parts)
    http = build_http_client(config, shared)
    try:
        yield http
    finally:
        shared.close_sync(http)


@contextlib.asynccontextmanager
async def wired_async_client(
    config: ClientConfig, **parts: Any
) -> AsyncIterator[httpx.AsyncClient]:
    """`wired_client` for `AsyncPylon`."""
    shared = SharedState.create(config, is_async=True, **parts)
    http = build_http_client(config, shared)
    try:
        yield http
    finally:
        await shared.close_async(http)


Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Harness:
    """Sends requests through the sync or the async Pylon transport around a MockTransport."""

    kind: str
    clock: FakeClock
    routes: RouteTable = ROUTES
    calls: list[httpx.Request] = field(default_factory=list)

    def send(
        self, handler: Handler, method: str, url: str, *, config: ClientConfig | None = None,
        **request_kw: Any,
    ) -> httpx.Response:  # fmt: skip
        config = config or make_config()

        def recording(request: httpx.Request) -> httpx.Response:
            self.calls.append(request)
            return handler(request)

        if self.kind == "sync":
            transport = httpx.MockTransport(recording)
            hooks = self.clock.hooks()
            with wired_client(config, routes=self.routes, transport=transport, hooks=hooks) as c:
                return c.request(method, url, **request_kw)

        async def go() -> httpx.Response:
            transport = httpx.MockTransport(recording)
            hooks = self.clock.hooks()
            async with wired_async_client(
                config, routes=self.routes, transport=transport, hooks=hooks
            ) as c:
                return await c.request(method, url, **request_kw)

        return asyncio.run(go())


def respond(*responses: httpx.Response | Exception) -> Handler:
    """A handler that plays `responses` in order (an exception is raised), repeating the last
    one: a respx route whose side effects are the script."""
    script = itertools.chain(responses[:-1], itertools.repeat(responses[-1]))
    router = respx.Router(assert_all_called=False)
    router.route().mock(side_effect=script)
    return router.handler


def json_response(status: int, body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body if body is not None else {}, headers=headers)


@dataclass
class LoopbackServer:
    url: str
    paths: list[str] = field(default_factory=list)
    client_ports: list[int] = field(default_factory=list)


@contextlib.contextmanager
def loopback_server(status_for: Callable[[int], int] = lambda n: 200) -> Iterator[LoopbackServer]:
    """A real HTTP/1.1 keep-alive server on 127.0.0.1, port 0, in a daemon thread.

    `status_for(n)` gives the status of the n-th request (from 1). No sleeps anywhere.
    """
    state = LoopbackServer("")

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            state.paths.append(self.path)
            state.client_ports.append(self.client_address[1])
            body = b'{"data": {}, "request_id": "req_loop"}'
            self.send_response(status_for(len(state.paths)))
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
