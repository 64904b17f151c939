"""Webhook deliveries: flat Pylon payloads signed with X-Pylon-Signature (hex HMAC-SHA256)."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx

from pylon.testing import Simulator

from .conftest import TOKEN

SECRET = "whsec_test"


def verify(body: bytes, headers: dict[str, str]) -> bool:
    expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, headers["X-Pylon-Signature"])


def test_events_and_payload_keys(sim: Simulator, client: httpx.Client) -> None:
    received: list[tuple[bytes, dict[str, str]]] = []
    sim.webhooks.register(lambda body, headers: received.append((body, headers)), SECRET)
    user = next(iter(sim.store.collection("users")))
    account = next(iter(sim.store.collection("accounts")))
    issue = client.post(
        "/issues",
        json={
            "title": "Hook",
            "body_html": "<p>b</p>",
            "account_id": account["id"],
            "requester_email": "hook@example.org",
            "custom_fields": [{"slug": "region", "value": "eu"}],
        },
    ).json()["data"]
    client.patch(f"/issues/{issue['id']}", json={"state": "closed"})
    client.patch(f"/issues/{issue['id']}", json={"assignee_id": user["id"]})
    client.patch(f"/issues/{issue['id']}", json={"tags": ["billing"]})
    client.post(f"/issues/{issue['id']}/note", json={"body_html": "<p>private</p>"})
    events = [json.loads(body)["event_type"] for body, _ in received]
    assert events == [
        "issue_new",
        "issue_status_changed",
        "issue_assigned",
        "issue_tags_changed",
        "issue_message_new",
    ]
    assert all(verify(body, headers) for body, headers in received)
    new = json.loads(received[0][0])
    assert new["issue_id"] == issue["id"] and new["issue_number"] == issue["number"]
    assert new["issue_requesteer_id"] == issue["requester"]["id"]
    assert new["issue_requester_email"] == "hook@example.org"
    assert (
        new["issue_account_name"] == account["name"]
        and new["issue_account_domains"] == account["domains"]
    )
    assert new["issue_custom_field_region"] == "eu"
    for key in (
        "issue_title",
        "issue_body",
        "issue_status",
        "issue_link",
        "issue_tags",
        "issue_team_name",
        "issue_assignee_email",
        "issue_assignee_id",
        "issue_attachment_urls",
        "issue_last_message_sent_at",
    ):
        assert key in new
    message = json.loads(received[-1][0])
    assert (
        message["message_is_private"] is True and message["message_body_html"] == "<p>private</p>"
    )
    for key in (
        "message_id",
        "message_author_id",
        "message_author_name",
        "message_ccs",
        "message_sent_at",
    ):
        assert key in message
    assert len(sim.webhooks.deliveries) == 5 and all(d.ok for d in sim.webhooks.deliveries)


def test_failures_are_recorded_not_raised(sim: Simulator, client: httpx.Client) -> None:
    def broken(body: bytes, headers: dict[str, str]) -> None:
        raise RuntimeError("target down")

    sim.webhooks.register(broken, SECRET, events=["issue_new"])
    assert client.post("/issues", json={"title": "x", "body_html": "<p>y</p>"}).status_code == 200
    assert sim.webhooks.deliveries[-1].error == "RuntimeError: target down"


class _Receiver(BaseHTTPRequestHandler):
    got: ClassVar[list[tuple[bytes, dict[str, str]]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.got.append((body, dict(self.headers.items())))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def _receiver() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_http_delivery_sync_and_from_served_simulator(sim: Simulator) -> None:
    _Receiver.got = []
    for url in _receiver():
        sim.webhooks.register(url, SECRET)
        sim.handle(
            "POST",
            "/issues",
            "",
            {"authorization": "Bearer t"},
            b'{"title":"a","body_html":"<p>b</p>"}',
        )
        assert len(_Receiver.got) == 1 and sim.webhooks.deliveries[-1].status == 204
        with sim.serve() as base:
            httpx.post(
                f"{base}/issues",
                json={"title": "c", "body_html": "<p>d</p>"},
                headers={"Authorization": f"Bearer {TOKEN}"},
                trust_env=False,
            )
            sim.webhooks.flush()
        assert len(_Receiver.got) == 2
        for body, headers in _Receiver.got:
            assert verify(body, {"X-Pylon-Signature": headers["X-Pylon-Signature"]})
