"""Seeded issues (and their ticket forms), and the messages of each, built on first access.

Built for size: 100,000 issues take a couple of seconds. Choices are drawn in bulk, timestamps
formatted from epoch seconds, the created-at index sorted once, and messages are generated
lazily, per issue, on first access (from an RNG seeded by the issue id, so they are still
deterministic).
"""

from __future__ import annotations

import gc
import itertools
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, NamedTuple

from ._seeding import DAY, Ids, Seeder
from ._state import State
from ._store import Record, Scope
from ._timefmt import fmt_epoch


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Building 100,000 nested dicts otherwise triggers dozens of full collections that scan
    everything built so far."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def seed_issues(
    s: Seeder,
    seed: int,
    n: int,
    accounts: list[Record],
    contacts: list[Record],
    users: list[Record],
    teams: list[Record],
) -> None:
    """``n`` issues, oldest first, numbered from the state's next issue number."""
    with _collector_paused():
        records = _issues(s, n, accounts, contacts, users, teams) if n > 0 else []
    s.collection("issues").bulk_load(records)
    s.state.issue_numbers.update((r["number"], r["id"]) for r in records)
    s.state.store.set_lazy_factory(
        "issues/messages", lambda scope: _messages_for(s.state, s.words, seed, scope)
    )


class _Choices:
    """Precomputed value lists the issue loop picks from (``random.sample`` is slow per call, and
    records share the small value dicts: records are replaced, never mutated)."""

    def __init__(self, s: Seeder, contacts: list[Record]) -> None:
        words = s.words
        tags = words["issue_tags"]
        self.tag_sets = [()] * 4 + [
            c for k in (1, 2, 3) for c in itertools.combinations(tags, k) if k < 3 or c[0] < "c"
        ]
        components = s.field_options("components")
        self.component_sets = [c for k in (1, 2) for c in itertools.combinations(components, k)]
        self.priorities = [{"slug": "priority", "value": p} for p in s.field_options("priority")]
        self.severities = [{"slug": "severity_score", "value": str(v)} for v in range(100)]
        self.regions = [{"slug": "region", "value": r} for r in words["regions"]]
        self.requesters = {c["id"]: {"id": c["id"], "email": c["email"]} for c in contacts}
        self.subjects = words["issue_subjects"]
        self.sources = words["issue_sources"]


def _issues(
    s: Seeder,
    n: int,
    accounts: list[Record],
    contacts: list[Record],
    users: list[Record],
    teams: list[Record],
) -> list[Record]:
    rng, now_ts = s.rng, s.now_ts
    created = sorted(now_ts - rng.random() * 120 * DAY for _ in range(n))
    states, weights = zip(*s.words["state_weights"], strict=True)
    state_pick = rng.choices(list(states), weights=list(weights), k=n)
    account_pick = rng.choices(range(len(accounts)), k=n)
    user_pick = rng.choices(range(len(users)), k=n)
    team_pick = rng.choices(range(len(teams)), k=n)
    base = s.state.next_issue_number
    forms = [s.new_id(), s.new_id()]
    choices = _Choices(s, contacts)
    by_account: dict[str, list[Record]] = {}
    for contact in contacts:
        if "account" in contact:
            by_account.setdefault(contact["account"]["id"], []).append(contact)
    user_minis = [{"id": u["id"], "email": u["email"]} for u in users]
    team_minis = [{"id": t["id"]} for t in teams]
    account_minis = [{"id": a["id"], "external_ids": a["external_ids"]} for a in accounts]
    records = []
    for i in range(n):
        account = accounts[account_pick[i]]
        pick = _Pick(
            base + i, created[i], state_pick[i], by_account.get(account["id"]) or contacts,
            account_minis[account_pick[i]], team_minis[team_pick[i]],
        )  # fmt: skip
        record, last_activity = _issue(s, choices, pick)
        _maybe_assign(rng.random, record, user_minis[user_pick[i]], users, forms)
        _close_out(rng.random, record, pick, last_activity)
        records.append(record)
    s.state.next_issue_number = base + n
    _seed_ticket_forms(s, forms)
    return records


class _Pick(NamedTuple):
    """What the bulk draws decided for one issue."""

    number: int
    t0: float
    state: str
    pool: list[Record]  # the contacts its requester is drawn from
    account: Record
    team: Record


def _issue(s: Seeder, choices: _Choices, pick: _Pick) -> tuple[Record, float]:
    """One issue's own fields, and its last activity; the draws keep their historical order."""
    random_, number, t0 = s.rng.random, pick.number, pick.t0
    requester = pick.pool[int(random_() * len(pick.pool))] if pick.pool else None
    last_activity = t0 + random_() * (s.now_ts - t0)
    last_text = fmt_epoch(last_activity)
    subject = choices.subjects[int(random_() * len(choices.subjects))]
    reporter = requester["name"] if requester else "a customer"
    record: Record = {
        "id": s.new_id(),
        "number": number,
        "title": f"{subject} (#{number})",
        "body_html": f"<p>{subject}. Reported by {reporter}.</p>",
        "state": pick.state,
        "type": "ticket" if random_() < 0.3 else "conversation",
        "source": choices.sources[int(random_() * len(choices.sources))],
        "link": f"https://app.usepylon.com/issues/views/all-issues?issueNumber={number}",
        "created_at": fmt_epoch(t0),
        "updated_at": last_text,
        "latest_message_time": last_text,
        "tags": list(choices.tag_sets[int(random_() * len(choices.tag_sets))]),
        "account": pick.account,
        "team": pick.team,
        "attachment_urls": [],
        "customer_portal_visible": random_() < 0.5,
        "number_of_touches": 1 + int(random_() * 6),
        "custom_fields": {
            "priority": choices.priorities[int(random_() * 4)],
            "severity_score": choices.severities[int(random_() * 100)],
        },
        "_follower_user_ids": [],
        "_follower_contact_ids": [],
        "_seeded": True,
    }
    _optional_fields(random_, record, choices, t0)
    if requester is not None:
        record["requester"] = choices.requesters[requester["id"]]
    return record, last_activity


def _optional_fields(
    random_: Callable[[], float], record: Record, choices: _Choices, t0: float
) -> None:
    fields = record["custom_fields"]
    if random_() < 0.6:
        fields["region"] = choices.regions[int(random_() * 4)]
    if random_() < 0.4:
        picked = choices.component_sets[int(random_() * len(choices.component_sets))]
        fields["components"] = {"slug": "components", "values": list(picked)}
    if random_() < 0.3:
        fields["due_on"] = {"slug": "due_on", "value": fmt_epoch(t0 + 7 * DAY)}


def _maybe_assign(
    random_: Callable[[], float],
    record: Record,
    assignee: Record,
    users: list[Record],
    forms: list[str],
) -> None:
    """Assignee, followers and ticket form: each present for some issues only."""
    requester = record.get("requester")
    if random_() < 0.8:
        record["assignee"] = assignee
    if random_() < 0.2:
        record["_follower_user_ids"] = [users[int(random_() * len(users))]["id"]]
    if random_() < 0.1 and requester is not None:
        record["_follower_contact_ids"] = [requester["id"]]
    if random_() < 0.25:
        record["_ticket_form_id"] = forms[int(random_() * 2)]


def _close_out(
    random_: Callable[[], float], record: Record, pick: _Pick, last_activity: float
) -> None:
    """First response for every issue past ``new``; resolution for closed ones."""
    if pick.state != "new":
        first = min(pick.t0 + random_() * 4 * 3600, last_activity)
        record["first_response_time"] = fmt_epoch(first)
        record["first_response_seconds"] = int(first - pick.t0)
    if pick.state in ("closed", "resolved"):
        record["resolution_time"] = record["updated_at"]
        record["resolution_seconds"] = int(last_activity - pick.t0)


def _seed_ticket_forms(s: Seeder, forms: list[str]) -> None:
    for form_id, name in zip(forms, s.words["ticket_forms"], strict=True):
        s.collection("ticket-forms").put(
            {
                "id": form_id,
                "name": name,
                "slug": name.lower().replace(" ", "-"),
                "is_public": True,
                "url": f"https://support.example.com/forms/{form_id[:8]}",
                "description_html": f"<p>{name}</p>",
                "fields": [
                    {"name": "Title", "slug": "title", "type": "text"},
                    {"name": "Description", "slug": "body_html", "type": "rich_text"},
                ],
            }
        )


def _messages_for(
    state: State, words: dict[str, Any], seed: int, scope: Scope
) -> list[Record] | None:
    """The messages of one seeded issue, generated on first access."""
    issue = state.store.get("issues", scope[0]) if scope else None
    if issue is None or not issue.get("_seeded"):
        return None
    rng = random.Random(f"{seed}:{issue['id']}")
    new_id = Ids(rng, state)
    start = _epoch(issue["created_at"])
    end = _epoch(issue["latest_message_time"])
    count = 2 + int(rng.random() * 3)
    times = sorted([start, end] + [start + rng.random() * (end - start) for _ in range(count - 2)])
    messages = []
    for i, moment in enumerate(times):
        from_customer = i % 2 == 0 and issue.get("requester") is not None
        author, html = _author(state, words, issue, first=i == 0, customer=from_customer)
        messages.append(
            {
                "id": new_id(),
                "author": author,
                "file_urls": [],
                "is_private": (not from_customer) and rng.random() < 0.2,
                "message_html": html,
                "source": issue.get("source", "email"),
                "timestamp": fmt_epoch(moment),
            }
        )
    return messages


def _epoch(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def _author(
    state: State, words: dict[str, Any], issue: Record, *, first: bool, customer: bool
) -> tuple[Record, str]:
    """Who wrote a seeded message, and its HTML: the requester and the assignee take turns."""
    requester = issue.get("requester")
    if customer and requester is not None:
        author = {
            "name": requester.get("email", "Customer").split("@")[0],
            "contact": dict(requester),
        }
        return author, issue["body_html"] if first else words["messages"]["customer_follow_up"]
    assignee = issue.get("assignee") or ({"id": state.me_id} if state.me_id else None)
    user = state.store.get("users", (assignee or {}).get("id", "")) or {}
    author = {"name": user.get("name", "Agent")}
    if user:
        author["user"] = {"id": user["id"], "email": user["email"]}
    return author, words["messages"]["agent_reply"]
