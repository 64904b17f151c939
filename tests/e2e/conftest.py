"""Fixtures for the end-to-end suite: the SDK against the simulator over real loopback HTTP.

Each test module gets its own seeded simulator, served on 127.0.0.1 (port 0) for the module's
lifetime; the server stops itself when the module ends. Clients are built per test and closed
after it. Faults are cleared after every test, so a test never leaks one into the next.

`RawServer` is a tiny socket server for faults the simulator can't act out (a stale keep-alive
connection, a redirect, a port that starts listening late). It runs in a daemon thread, every
socket has a timeout, and it stops when its `with` block ends.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from pylon import AsyncPylon, Pylon
from pylon.testing import Simulator, seeded_simulator

API_KEY = "pylon_e2e_key_0123456789abcdef"


@dataclass
class Served:
    """A simulator and the base URL it is served on."""

    sim: Simulator
    url: str

    def first(self, collection: str, scope: tuple[str, ...] = ()) -> dict[str, Any]:
        """The first record of a collection in the store (seed order)."""
        return next(iter(self.sim.store.collection(collection, scope)))

    def records(self, collection: str, scope: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        return list(self.sim.store.collection(collection, scope))

    def get(
        self, collection: str, ident: str, scope: tuple[str, ...] = ()
    ) -> dict[str, Any] | None:
        return self.sim.store.get(collection, ident, scope)

    def titled(self, title: str) -> list[dict[str, Any]]:
        """Issues in the store with exactly this title (a duplicate shows up as two)."""
        return [r for r in self.sim.store.collection("issues") if r.get("title") == title]


def client_options(**overrides: Any) -> dict[str, Any]:
    """Defaults for e2e clients: client-side rate limiting off (the documented 10-60/min limits
    would make a suite crawl) unless a test turns it on; everything else as users get it."""
    options: dict[str, Any] = {"api_key": API_KEY, "rate_limit": False}
    options.update(overrides)
    return options


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    """A seeded simulator (200 issues) served for the whole module."""
    sim = seeded_simulator(seed=42)
    with sim.serve(port=0) as url:
        yield Served(sim, url)


@pytest.fixture(autouse=True)
def _clean_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "served" in request.fixturenames:
        served: Served = request.getfixturevalue("served")
        served.sim.faults.clear()


@pytest.fixture
def make_client(served: Served) -> Iterator[Callable[..., Pylon]]:
    """Build `Pylon` clients on the served simulator; all are closed after the test."""
    made: list[Pylon] = []

    def make(**overrides: Any) -> Pylon:
        overrides.setdefault("base_url", served.url)
        client = Pylon(**client_options(**overrides))
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., Pylon]) -> Pylon:
    return make_client()


@pytest.fixture
async def aclient(served: Served) -> Any:
    async with AsyncPylon(**client_options(base_url=served.url)) as client:
        yield client


# -- a raw socket server for byte-level faults ----------------------------------------------


@dataclass
class Hit:
    """One request the raw server read: which connection it came on, and what it was."""

    connection: int
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


# A reply: the bytes to send, or None to close the connection without answering.
Reply = bytes | None
Script = Callable[[int, Hit], Reply]


def http_response(
    status: int = 200,
    body: Any = None,
    *,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
    keep_alive: bool = True,
) -> bytes:
    """A complete HTTP/1.1 response with an honest Content-Length."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    lines = [
        f"HTTP/1.1 {status} X",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(raw)}",
        f"Connection: {'keep-alive' if keep_alive else 'close'}",
        *(f"{k}: {v}" for k, v in (headers or {}).items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + raw


def envelope(data: Any) -> dict[str, Any]:
    return {"data": data, "request_id": "raw-req-1"}


@dataclass
class RawServer:
    """A socket server on 127.0.0.1 that answers each request with `script(n, hit)`.

    `listen_after` binds the port at once but starts listening only after that many seconds:
    until then a connect is refused (the port is held, so nothing else can take it).
    """

    script: Script
    listen_after: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    port: int = 0

    def __post_init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> RawServer:
        thread = threading.Thread(target=self._serve, name="raw-server", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        self._sock.close()

    def _serve(self) -> None:
        if self._stop.wait(self.listen_after):
            return
        self._sock.listen(64)
        connection = 0
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            connection += 1
            worker = threading.Thread(
                target=self._handle, args=(conn, connection), name="raw-conn", daemon=True
            )
            worker.start()
            self._threads.append(worker)

    def _handle(self, conn: socket.socket, connection: int) -> None:
        conn.settimeout(2.0)
        with contextlib.closing(conn), contextlib.suppress(OSError):
            reader = conn.makefile("rb")
            while not self._stop.is_set():
                hit = _read_request(reader, connection)
                if hit is None:
                    return
                with self._lock:
                    self.hits.append(hit)
                    number = len(self.hits)
                reply = self.script(number, hit)
                if reply is None:
                    return  # close without answering
                conn.sendall(reply)
                if b"Connection: close" in reply.split(b"\r\n\r\n", 1)[0]:
                    return


def _read_request(reader: Any, connection: int) -> Hit | None:
    line = reader.readline(65536)
    if not line.strip():
        return None
    method, path, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        header = reader.readline(65536)
        if header in (b"\r\n", b"\n", b""):
            break
        name, _, value = header.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    body = reader.read(int(headers.get("content-length", "0") or 0))
    return Hit(connection, method, path, headers, body)
