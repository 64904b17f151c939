"""Sample webhook deliveries, made by the simulator itself: what `pylon webhooks trigger` sends.

A throwaway simulator creates an issue and posts a message through its own API, so the samples
have exactly the shape its real deliveries have (flat `issue_*`/`message_*` keys, Pylon's
`issue_requesteer_id` spelling); other event types reuse those payloads with their own
`event_type`, as Pylon's do.
"""

from __future__ import annotations

import json
from typing import Any

from ._simulator import Simulator

# The event types whose payload describes a message as well as its issue.
MESSAGE_EVENTS = frozenset({"issue_message_new", "issue_reaction"})
_AUTH = {"Authorization": "Bearer sample", "Content-Type": "application/json"}


def _call(sim: Simulator, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    response = sim.handle(method, path, headers=_AUTH, body=json.dumps(body or {}).encode())
    if response.status != 200:  # pragma: no cover - the simulator's own API, called as documented
        raise RuntimeError(f"the simulator refused {method} {path}: {response.body[:200]!r}")
    return response.json()["data"]


def sample_event(event_type: str = "issue_new", *, seed: int = 0) -> dict[str, Any]:
    """A delivery payload for `event_type` (any string: Pylon adds types), as a dict."""
    sim = Simulator(seed=seed)
    sim.seed(accounts=1, contacts=1, users=1, teams=1, issues=0, seed=seed)
    captured: list[dict[str, Any]] = []
    sim.webhooks.register(lambda body, headers: captured.append(json.loads(body)), secret="sample")
    issue = _call(
        sim,
        "POST",
        "/issues",
        {
            "title": "Cannot export the March invoices",
            "body_html": "<p>The export button spins and nothing downloads.</p>",
            "requester_email": "ada@example.com",
            "tags": ["billing"],
        },
    )
    first = _call(sim, "GET", f"/issues/{issue['id']}/messages")[0]
    _call(
        sim,
        "POST",
        f"/issues/{issue['id']}/reply",
        {"body_html": "<p>Thanks, we are looking into it.</p>", "message_id": first["id"]},
    )
    wanted = "issue_message_new" if event_type in MESSAGE_EVENTS else "issue_new"
    payload = next(p for p in captured if p.get("event_type") == wanted)
    return {**payload, "event_type": event_type}
