"""`pylon webhooks listen|trigger`: test a webhook receiver without a Pylon account.

`listen` serves 127.0.0.1:PORT, verifies each delivery with the SDK's verifier (when a secret is
given), prints each event as a JSON line, and forwards verified ones unchanged (body and signature
headers) to `--forward-to`, answering the sender with the app's status. A delivery that fails
verification is answered 400 and never forwarded. Without a secret nothing can be verified: events
are printed and forwarded marked unverified, for the app to verify itself.

`trigger` sends one sample delivery of an event type, built by the simulator and signed with the
SDK's signer, to a URL.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar

import click

from ._command import PylonGroup, example
from ._style import error_line

_HOP_BY_HOP = frozenset(
    {"host", "content-length", "connection", "transfer-encoding", "keep-alive", "accept-encoding"}
)
_SECRET_ENV = "PYLON_WEBHOOK_SECRET"
_F = TypeVar("_F", bound=Callable[..., Any])


@click.group(
    cls=PylonGroup,
    epilog=example(
        "pylon webhooks listen --port 9000 --secret S --forward-to http://127.0.0.1:8000/hook",
        "pylon webhooks trigger issue_new --to http://127.0.0.1:9000 --secret S",
    ),
)
def webhooks() -> None:
    """Receive, verify and forward webhook deliveries; send signed samples."""


def _secret_option(required: bool) -> Callable[[_F], _F]:
    return click.option(
        "--secret",
        envvar=_SECRET_ENV,
        required=required,
        help=f"The webhook secret (default: ${_SECRET_ENV}).",
    )


@webhooks.command(
    epilog=example(
        "pylon webhooks listen --port 9000 --secret S --forward-to http://127.0.0.1:8000/hook",
        "pylon webhooks listen --port 0        # any free port; the URL is printed",
    )
)
@click.option("--port", type=click.IntRange(0, 65535), default=9000, show_default=True,
              help="Port on the host (0: any free port).")  # fmt: skip
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--forward-to", metavar="URL", help="Forward verified deliveries to this URL.")
@_secret_option(required=False)
def listen(port: int, host: str, forward_to: str | None, secret: str | None) -> None:
    """Receive deliveries, verify them, print each event, forward verified ones."""
    from pylon.webhooks import WebhookHandler

    verifier = WebhookHandler(secret=secret) if secret else None
    forwarder = _Forwarder(forward_to) if forward_to else None
    server = ThreadingHTTPServer((host, port), _handler_class(verifier, forwarder))
    server.daemon_threads = True
    bound = server.server_address[1]
    note = "" if secret else " (no --secret: deliveries are not verified)"
    print(
        f"Listening for Pylon webhooks on http://{host}:{bound}{note}", file=sys.stderr, flush=True
    )
    thread = threading.Thread(
        target=server.serve_forever, name="pylon-webhooks-listen", daemon=True
    )
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.5)
    finally:
        server.shutdown()
        server.server_close()
        if forwarder is not None:
            forwarder.close()


class _Forwarder:
    def __init__(self, url: str) -> None:
        import httpx

        self.url = url
        self.client = httpx.Client(timeout=30.0, trust_env=False)
        self.lock = threading.Lock()

    def send(self, body: bytes, headers: dict[str, str]) -> tuple[int, bytes, str]:
        import httpx

        try:
            response = self.client.post(self.url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return 502, b"", f"cannot reach {self.url}: {type(exc).__name__}"
        return response.status_code, response.content, f"forwarded: {response.status_code}"

    def close(self) -> None:
        self.client.close()


def _handler_class(verifier: Any, forwarder: _Forwarder | None) -> type[BaseHTTPRequestHandler]:
    from pylon.webhooks import DEFAULT_MAX_BODY_BYTES, WebhookError, parse_event

    print_lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass  # one line per delivery is printed below instead

        def _answer(self, status: int, body: bytes = b"", content_type: str = "text/plain") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > DEFAULT_MAX_BODY_BYTES:
                self._answer(413, b"too large")
                return
            body = self.rfile.read(length)
            headers = {k: v for k, v in self.headers.items()}
            try:
                event = verifier.construct_event(body, headers) if verifier else parse_event(body)
            except WebhookError as exc:
                with print_lock:
                    error_line(f"refused a delivery: {exc}")
                self._answer(400, f"refused: {exc.reason}".encode())
                return
            record = {"verified": verifier is not None, **event.raw}
            with print_lock:
                print(json.dumps(record, ensure_ascii=False, sort_keys=True), flush=True)
            if forwarder is None:
                self._answer(200, b"ok")
                return
            forward = {k: v for k, v in headers.items() if k.lower() not in _HOP_BY_HOP}
            status, answer, note = forwarder.send(body, forward)
            with print_lock:
                print(f"{event.event_type or 'event'} {note}", file=sys.stderr, flush=True)
            self._answer(status, answer)

    return Handler


@webhooks.command(
    epilog=example(
        "pylon webhooks trigger issue_new --to http://127.0.0.1:9000 --secret S",
        "pylon webhooks trigger issue_message_new --to http://127.0.0.1:8000/hook --timestamped",
    )
)
@click.argument(
    "event_type", metavar="EVENT", shell_complete=lambda _c, _p, typed: _event_types(typed)
)
@click.option("--to", "url", required=True, metavar="URL", help="Where to POST the delivery.")
@_secret_option(required=True)
@click.option("--timestamped", is_flag=True,
              help="Sign with Pylon-Webhook-Timestamp/-Signature instead of X-Pylon-Signature.")  # fmt: skip
def trigger(event_type: str, url: str, secret: str, timestamped: bool) -> None:
    """Send a signed sample EVENT (issue_new, issue_message_new, ...) to URL."""
    import httpx

    from pylon.testing import sample_event
    from pylon.webhooks import sign

    body = json.dumps(sample_event(event_type), separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json"}
    headers.update(sign(body, secret, timestamp=int(time.time()) if timestamped else None))
    try:
        response = httpx.post(url, content=body, headers=headers, timeout=30.0, trust_env=False)
    except httpx.HTTPError as exc:
        raise click.ClickException(f"cannot deliver to {url}: {type(exc).__name__}") from None
    line = f"{event_type} delivered to {url}: {response.status_code}"
    if not response.is_success:
        raise click.ClickException(line)
    click.echo(line, err=True)


def _event_types(typed: str) -> list[str]:
    """The event types that start with what was typed (click's bash script does not filter)."""
    from pylon.webhooks import EVENT_TYPES

    return sorted(t for t in EVENT_TYPES if t.startswith(typed))
