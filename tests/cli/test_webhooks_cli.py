"""`pylon webhooks listen` in front of a receiving app, and `webhooks trigger` into the SDK's
own WebhookHandler. The CLI runs in a subprocess; the app is a small HTTP server on loopback."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from pylon.testing import sample_event
from pylon.testing import sign as simulator_sign
from pylon.webhooks import SIGNATURE_HEADER, WebhookHandler

SECRET = "whsec_cli_test_0123456789"


@dataclass
class App:
    """A receiving application: verifies with the SDK's WebhookHandler and records events."""

    url: str = ""
    events: list[Any] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)


@pytest.fixture
def app() -> Iterator[App]:
    handler = WebhookHandler(secret=SECRET)
    received = App()

    @handler.on_any()
    def record(event: Any) -> None:
        received.events.append(event)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.bodies.append(body)
            answer = handler.handle(body, dict(self.headers.items()))
            payload = answer.body.encode()
            self.send_response(answer.status)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    received.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    try:
        yield received
    finally:
        server.shutdown()
        server.server_close()


def _cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "pylon", *argv]


def _listen(*options: str) -> tuple[str, subprocess.Popen[str]]:
    proc = subprocess.Popen(
        _cli("webhooks", "listen", "--port", "0", *options),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    line = proc.stderr.readline() if proc.stderr else ""
    assert line.startswith("Listening for Pylon webhooks on http://127.0.0.1:"), line
    return line.split(" on ", 1)[1].split()[0], proc


@pytest.fixture
def listener(app: App) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    url, proc = _listen("--secret", SECRET, "--forward-to", app.url)
    try:
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


def test_listen_forwards_a_signed_delivery_and_refuses_a_tampered_one(
    app: App, listener: tuple[str, subprocess.Popen[str]]
) -> None:
    url, proc = listener
    body = json.dumps(sample_event("issue_new")).encode()
    # Signed by the simulator's signer, which shares no code with the SDK's verifier.
    signed = {"Content-Type": "application/json", SIGNATURE_HEADER: simulator_sign(SECRET, body)}
    answer = httpx.post(url, content=body, headers=signed, timeout=30)
    assert answer.status_code == 200
    assert app.bodies == [body]  # forwarded unchanged, signature and all
    assert [e.event_type for e in app.events] == ["issue_new"]

    tampered = body.replace(b"Cannot export", b"Can export")
    answer = httpx.post(url, content=tampered, headers=signed, timeout=30)
    assert answer.status_code == 400
    assert app.bodies == [body]  # not forwarded

    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    printed = [json.loads(line) for line in out.splitlines()]
    assert [(p["event_type"], p["verified"]) for p in printed] == [("issue_new", True)]
    assert "refused a delivery" in err and SECRET not in out + err


@pytest.mark.parametrize("timestamped", [False, True], ids=["x-pylon-signature", "timestamped"])
@pytest.mark.parametrize("event_type", ["issue_new", "issue_message_new", "issue_tags_changed"])
def test_trigger_sends_a_delivery_the_sdk_handler_accepts(
    app: App, event_type: str, timestamped: bool
) -> None:
    argv = ["webhooks", "trigger", event_type, "--to", app.url, "--secret", SECRET]
    done = subprocess.run(_cli(*argv, *(["--timestamped"] if timestamped else [])),
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    (event,) = app.events
    assert event.event_type == event_type and event.issue_title
    if event_type == "issue_message_new":
        assert event.message_id and event.message_body_html
    assert SECRET not in done.stdout + done.stderr


def test_trigger_with_the_wrong_secret_fails_with_the_status(app: App) -> None:
    done = subprocess.run(
        _cli("webhooks", "trigger", "issue_new", "--to", app.url, "--secret", "wrong-secret"),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1 and ": 4" in done.stderr and app.events == []


def _stop(proc: subprocess.Popen[str]) -> tuple[str, str]:
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    return out, err


def test_listen_without_a_secret_prints_unverified_events_and_refuses_huge_bodies() -> None:
    url, proc = _listen()
    try:
        body = json.dumps(sample_event("issue_new")).encode()
        answer = httpx.post(url, content=body, timeout=30)
        assert (answer.status_code, answer.text) == (200, "ok")
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as raw:
            # A length past the limit is answered before any of the body is read.
            raw.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n\r\n")
            assert raw.recv(100).startswith(b"HTTP/1.0 413 ")
    finally:
        out, err = _stop(proc)
    [printed] = [json.loads(line) for line in out.splitlines()]
    assert printed["verified"] is False and printed["event_type"] == "issue_new"
    assert "refused" not in err


def test_listen_answers_502_when_the_forward_target_is_down() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/hook"
    url, proc = _listen("--forward-to", closed)
    try:
        body = json.dumps(sample_event("issue_new")).encode()
        assert httpx.post(url, content=body, timeout=30).status_code == 502
    finally:
        _, err = _stop(proc)
    assert f"issue_new cannot reach {closed}: ConnectError" in err


def test_trigger_to_a_closed_port_exits_1_naming_the_url() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/hook"
    done = subprocess.run(
        _cli("webhooks", "trigger", "issue_new", "--to", closed, "--secret", SECRET),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == f"error: cannot deliver to {closed}: ConnectError\n"


def test_trigger_completes_event_types() -> None:
    env = {**os.environ, "_PYLON_COMPLETE": "bash_complete",
           "COMP_WORDS": "pylon webhooks trigger issue_message", "COMP_CWORD": "3"}  # fmt: skip
    done = subprocess.run(_cli(), capture_output=True, text=True, env=env, timeout=60)
    offered = {line.split(",", 1)[1] for line in done.stdout.splitlines() if "," in line}
    assert "issue_message_new" in offered and "issue_new" not in offered
