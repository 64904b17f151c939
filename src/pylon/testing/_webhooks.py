"""Webhook deliveries, signed the way Pylon signs them.

When an issue is created or changed, or a message is added, the simulator POSTs a flat JSON
payload (``event_type`` plus ``issue_*``/``message_*`` keys, including Pylon's misspelled
``issue_requesteer_id``) to every registered target, with ``X-Pylon-Signature`` set to the hex
HMAC-SHA256 of the raw body under the target's secret. The signing is written here with
``hmac`` on purpose: it must not share code with the SDK's verifier it is used to test.

Targets are URLs (delivered with httpx) or callables ``fn(body: bytes, headers: dict)`` for
in-process tests. Delivery is synchronous by default — the request that caused the event returns
after its deliveries, which keeps tests deterministic — or runs on a background thread
(``mode="thread"``, the default while the simulator is served, so a slow or self-hosted target
never blocks the server). Every attempt is recorded in ``deliveries``; failures never break the
request that caused them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._state import State

Target = str | Callable[[bytes, dict[str, str]], Any]

SIGNATURE_HEADER = "X-Pylon-Signature"


def sign(secret: str | bytes, body: bytes) -> str:
    """Hex HMAC-SHA256 of ``body`` under ``secret``."""
    key = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(key, body, hashlib.sha256).hexdigest()


@dataclass
class WebhookEndpoint:
    target: Target
    secret: str = field(repr=False)
    events: frozenset[str] | None = None

    def wants(self, event_type: str) -> bool:
        return self.events is None or event_type in self.events


@dataclass
class Delivery:
    event_type: str
    target: str
    body: bytes
    headers: dict[str, str]
    status: int | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and (self.status is None or 200 <= self.status < 300)

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.body)
        return data


class Webhooks:
    """``sim.webhooks``: register targets, inspect deliveries."""

    def __init__(self, state: State) -> None:
        self._state = state
        self.endpoints: list[WebhookEndpoint] = []
        self.deliveries: list[Delivery] = []
        self.mode = "sync"
        self.timeout = 5.0
        self._queue: queue.Queue[tuple[WebhookEndpoint, Delivery] | None] | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def register(
        self, target: Target, secret: str, *, events: list[str] | None = None
    ) -> WebhookEndpoint:
        endpoint = WebhookEndpoint(target, secret, frozenset(events) if events else None)
        self.endpoints.append(endpoint)
        return endpoint

    def unregister(self, endpoint: WebhookEndpoint) -> None:
        self.endpoints.remove(endpoint)

    # -- payloads ------------------------------------------------------------------------------

    def payload(
        self, event_type: str, issue: dict[str, Any], message: dict[str, Any] | None
    ) -> dict[str, Any]:
        store = self._state.store
        account_ref = issue.get("account") or {}
        account = store.get("accounts", account_ref.get("id", "")) or {}
        team = store.get("teams", (issue.get("team") or {}).get("id", "")) or {}
        requester = issue.get("requester") or {}
        assignee = issue.get("assignee") or {}
        data: dict[str, Any] = {
            "event_type": event_type,
            "issue_id": issue.get("id"),
            "issue_number": issue.get("number"),
            "issue_title": issue.get("title"),
            "issue_body": issue.get("body_html"),
            "issue_status": issue.get("state"),
            "issue_link": issue.get("link"),
            "issue_tags": list(issue.get("tags") or []),
            "issue_team_name": team.get("name"),
            "issue_account_id": account_ref.get("id"),
            "issue_account_name": account.get("name"),
            "issue_account_domains": list(account.get("domains") or []),
            "issue_requester_email": requester.get("email"),
            "issue_requesteer_id": requester.get("id"),
            "issue_assignee_email": assignee.get("email"),
            "issue_assignee_id": assignee.get("id"),
            "issue_attachment_urls": list(issue.get("attachment_urls") or []),
            "issue_last_message_sent_at": issue.get("latest_message_time"),
        }
        for slug, value in (issue.get("custom_fields") or {}).items():
            if isinstance(value, dict):
                data[f"issue_custom_field_{slug}"] = value.get("values") or value.get("value")
        if message is not None:
            author = message.get("author") or {}
            who = author.get("user") or author.get("contact") or {}
            email_info = message.get("email_info") or {}
            data.update(
                message_id=message.get("id"),
                message_author_id=who.get("id"),
                message_author_name=author.get("name"),
                message_body_html=message.get("message_html"),
                message_ccs=list(email_info.get("cc_emails") or []),
                message_is_private=bool(message.get("is_private")),
                message_sent_at=message.get("timestamp"),
            )
        return data

    # -- delivery ------------------------------------------------------------------------------

    def emit(self, event_type: str, issue: dict[str, Any], message: dict[str, Any] | None) -> None:
        targets = [e for e in self.endpoints if e.wants(event_type)]
        if not targets:
            return
        body = json.dumps(self.payload(event_type, issue, message), separators=(",", ":")).encode()
        for endpoint in targets:
            name = endpoint.target if isinstance(endpoint.target, str) else repr(endpoint.target)
            headers = {
                "Content-Type": "application/json",
                SIGNATURE_HEADER: sign(endpoint.secret, body),
            }
            delivery = Delivery(event_type, name, body, headers)
            with self._lock:
                self.deliveries.append(delivery)
            if self.mode == "thread":
                self._worker().put((endpoint, delivery))
            else:
                self._deliver(endpoint, delivery)

    def _deliver(self, endpoint: WebhookEndpoint, delivery: Delivery) -> None:
        try:
            if isinstance(endpoint.target, str):
                import httpx

                with httpx.Client(timeout=self.timeout, trust_env=False) as client:
                    response = client.post(
                        endpoint.target, content=delivery.body, headers=delivery.headers
                    )
                delivery.status = response.status_code
            else:
                result = endpoint.target(delivery.body, dict(delivery.headers))
                delivery.status = result if isinstance(result, int) else None
        except Exception as exc:  # recorded, never raised into the API request
            delivery.error = f"{type(exc).__name__}: {exc}"

    def _worker(self) -> queue.Queue[tuple[WebhookEndpoint, Delivery] | None]:
        with self._lock:
            if self._queue is None or self._thread is None or not self._thread.is_alive():
                self._queue = queue.Queue()
                self._thread = threading.Thread(
                    target=self._run, args=(self._queue,), name="pylon-sim-webhooks", daemon=True
                )
                self._thread.start()
            return self._queue

    def _run(self, jobs: queue.Queue[tuple[WebhookEndpoint, Delivery] | None]) -> None:
        while True:
            job = jobs.get()
            try:
                if job is None:
                    return
                self._deliver(*job)
            finally:
                jobs.task_done()

    def flush(self) -> None:
        """Wait until queued deliveries are done (no-op in sync mode)."""
        if self._queue is not None:
            self._queue.join()

    def stop(self) -> None:
        """Finish queued deliveries and stop the delivery thread."""
        with self._lock:
            jobs, thread = self._queue, self._thread
            self._queue = self._thread = None
        if jobs is not None and thread is not None:
            jobs.put(None)
            thread.join(timeout=self.timeout + 1)
