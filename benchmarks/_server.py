"""A loopback HTTP server answering with canned, Pylon-shaped bytes (see _payload.py for the issues).

Responses are built up front, so the server's own cost is the same for the SDK and for the raw
httpx floor and neither measures JSON encoding. Binds 127.0.0.1 on a free port; stops with the
context manager.
"""

from __future__ import annotations

import json
import multiprocessing
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from typing import Any

from ._payload import heavy_issue


def _items(count: int) -> bytes:
    return json.dumps([heavy_issue(i) for i in range(count)]).encode()


class CannedPylon:
    """`total` issues in pages of `page_size`, chained by cursor; GET /issues/{id} for one.

    Every full page carries the same pre-encoded block of issues (only the cursor differs), so
    serving a page costs the server one copy, the same for every client measured."""

    def __init__(self, total: int, page_size: int) -> None:
        self.pages = (total + page_size - 1) // page_size
        self.full = _items(page_size)
        self.last = _items(total - (self.pages - 1) * page_size)
        self.one = json.dumps({"data": heavy_issue(1), "request_id": "req-one"}).encode()

    def page(self, index: int) -> bytes:
        last = index >= self.pages - 1
        pagination = {"cursor": "" if last else f"p{index + 1}", "has_next_page": not last}
        tail = f', "pagination": {json.dumps(pagination)}, "request_id": "req-{index}"}}'
        return b"".join((b'{"data": ', self.last if last else self.full, tail.encode()))

    def answer(self, method: str, path: str, body: bytes) -> bytes:
        if method == "POST" and path == "/issues/search":
            cursor = json.loads(body or b"{}").get("cursor") or "p0"
            return self.page(int(cursor[1:]))
        return self.one


def _handler(app: CannedPylon) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes

        def _reply(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            payload = app.answer(
                self.command, self.path, self.rfile.read(length) if length else b""
            )
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = _reply

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    # A burst of concurrent connects must not overflow the listen queue (the default is 5):
    # dropped SYNs cost a second each and would measure TCP, not the clients.
    request_queue_size = 1024


def _run(total: int, page_size: int, port: Connection) -> None:
    server = _Server(("127.0.0.1", 0), _handler(CannedPylon(total, page_size)))
    server.daemon_threads = True
    port.send(server.server_address[1])
    server.serve_forever()


@contextmanager
def serve(total: int, page_size: int = 999, *, seconds: float = 900) -> Iterator[str]:
    """Serve from a child process, so the server never competes with the measured client for the
    GIL. The child is terminated on exit, and by `seconds` at the latest."""
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.Process(target=_run, args=(total, page_size, child), daemon=True)
    process.start()
    try:
        if not parent.poll(120):
            raise RuntimeError("the benchmark server did not start")
        timer = threading.Timer(seconds, process.terminate)
        timer.daemon = True
        timer.start()
        yield f"http://127.0.0.1:{parent.recv()}"
    finally:
        process.terminate()
        process.join(timeout=10)
