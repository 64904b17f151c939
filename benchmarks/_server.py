"""A loopback HTTP server answering with canned, Pylon-shaped bytes.

Responses are built once up front, so the server's own cost is the same for the SDK and for the raw
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


def sample_issue(n: int) -> dict[str, Any]:
    return {
        "id": f"0f8a2c1e-0000-4000-8000-{n:012d}",
        "number": n,
        "title": f"Login broken on SSO #{n}",
        "body_html": "<p>Users cannot log in via SSO since this morning.</p>",
        "state": "waiting_on_you",
        "source": "slack",
        "type": "conversation",
        "link": f"https://app.usepylon.com/issues/{n}",
        "account": {"id": "acc-1", "name": "Acme"},
        "assignee": {"id": "u1", "email": "agent@example.com"},
        "requester": {"id": "c1", "email": "customer@example.com"},
        "team": {"id": "t1", "name": "Support"},
        "tags": ["billing", "api"],
        "attachment_urls": [],
        "created_at": "2026-01-01T10:00:00Z",
        "latest_message_time": "2026-01-02T10:00:00Z",
        "custom_fields": {"priority": {"slug": "priority", "value": "high"}},
        "first_response_seconds": 120,
        "resolution_seconds": 3600,
        "number_of_touches": 3,
        "customer_portal_visible": True,
        "external_issues": [
            {"external_id": "JIRA-1", "link": "https://jira.example", "source": "jira"}
        ],
        "time_in_status_seconds": {"new": 10, "waiting_on_you": 20},
    }


class CannedPylon:
    """Pages of `page_size` issues, `pages` of them, chained by cursor; GET /issues/{id} for one."""

    def __init__(self, total: int, page_size: int) -> None:
        self.pages: dict[str, bytes] = {}
        count = (total + page_size - 1) // page_size
        for index in range(count):
            items = [
                sample_issue(index * page_size + i)
                for i in range(min(page_size, total - index * page_size))
            ]
            last = index == count - 1
            body = {
                "data": items,
                "pagination": {
                    "cursor": "" if last else f"p{index + 1}",
                    "has_next_page": not last,
                },
                "request_id": f"req-{index}",
            }
            self.pages[f"p{index}" if index else ""] = json.dumps(body).encode()
        self.one = json.dumps({"data": sample_issue(1), "request_id": "req-one"}).encode()

    def answer(self, method: str, path: str, body: bytes) -> bytes:
        if method == "POST" and path == "/issues/search":
            cursor = json.loads(body or b"{}").get("cursor") or ""
            return self.pages[cursor]
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


def _run(total: int, page_size: int, port: Connection) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(CannedPylon(total, page_size)))
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
