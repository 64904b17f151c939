"""Issues end to end, sync and async: CRUD, the conveniences (messages, followers, threads, snooze,
reply, note, tags, state, assignment), the methods bound to returned issues, and `issues.list`
split into 30-day windows (E-09)."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from pylon import AsyncPylon, NotFoundError, Pylon, filters

from .conftest import Served

UTC = timezone.utc
_counter = itertools.count(1)


def title(prefix: str = "issue") -> str:
    return f"{prefix}-e2e-{next(_counter)}"


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def test_issue_crud(client: Pylon, served: Served) -> None:
    account = served.first("accounts")["id"]
    before = served.sim.count("issues")
    name = title()
    issue = client.issues.create(
        title=name, description="It <broke>.", account_id=account, tags=["api"]
    )
    assert (issue.title, issue.state, issue.tags) == (name, "new", ["api"])
    stored = served.get("issues", issue.id)
    assert stored is not None and served.sim.count("issues") == before + 1
    assert stored["body_html"] == "<p>It &lt;broke&gt;.</p>"
    assert stored["account"]["id"] == account

    assert client.issues.get(issue.id).title == name
    assert client.issues.get_by_number(issue.number).id == issue.id
    assert client.issues.get_by_number(999_999) is None
    found = client.issues.search(filters.F.title.string_contains(name))
    assert [i.id for i in found] == [issue.id]

    updated = client.issues.update(issue.id, state="waiting_on_customer")
    assert updated.state == served.get("issues", issue.id)["state"] == "waiting_on_customer"  # type: ignore[index]

    client.issues.delete(issue.id)
    assert served.get("issues", issue.id) is None
    with pytest.raises(NotFoundError):
        client.issues.get(issue.id)


def test_issue_conveniences(client: Pylon, served: Served) -> None:
    user, contact = served.first("users")["id"], served.first("contacts")["id"]
    team = served.first("teams")["id"]
    issue = client.issues.create(title=title(), description="help", tags=["api", "bug"])

    assert client.issues.add_tags(issue.id, ["billing", "api"]).tags == ["api", "bug", "billing"]
    assert client.issues.remove_tags(issue.id, ["bug"]).tags == ["api", "billing"]
    assert served.get("issues", issue.id)["tags"] == ["api", "billing"]  # type: ignore[index]

    assigned = client.issues.assign(issue.id, user_id=user, team_id=team)
    assert (assigned.assignee.id, assigned.team.id) == (user, team)
    assert client.issues.set_state(issue.id, "on_hold").state == "on_hold"
    until = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
    snoozed = client.issues.snooze(issue.id, until)
    assert parse(snoozed.snoozed_until_time) == until

    followers = client.issues.followers.add(issue.id, user_ids=[user], contact_ids=[contact])
    assert {(f.id, f.type_) for f in followers} == {(user, "user"), (contact, "contact")}
    client.issues.followers.remove(issue.id, contact_ids=[contact])
    assert [f.id for f in client.issues.followers.list(issue.id)] == [user]

    thread = client.issues.threads.create(issue.id, name="Escalation")
    assert [t.id for t in client.issues.threads.list(issue.id)] == [thread.id]
    client.issues.note(issue.id, "internal", thread_id=thread.id, user_id=user)

    messages_before = client.issues.messages.list(issue.id).collect()
    client.issues.reply(issue.id, "Thanks, looking.", user_id=user)
    messages = client.issues.messages.list(issue.id).collect()
    assert len(messages) == len(messages_before) + 1
    assert messages[-1].message_html == "<p>Thanks, looking.</p>"

    redacted = client.issues.messages.redact(issue.id, messages[-1].id)
    assert redacted.id == messages[-1].id
    client.issues.messages.delete(issue.id, messages[-1].id)
    assert messages[-1].id not in {m.id for m in client.issues.messages.list(issue.id)}

    assert client.issues.resolve(issue.id).state == "closed"
    assert served.get("issues", issue.id)["resolution_time"]  # type: ignore[index]


def test_bound_issue_methods(client: Pylon, served: Served) -> None:
    user = served.first("users")["id"]
    issue = client.issues.create(title=title("bound"), description="first message")
    assert issue.assign_to(user_id=user).assignee.id == user
    issue.add_message("a reply", user_id=user)
    issue.note("a note", user_id=user)
    assert issue.add_tags(["urgent"]).tags == ["urgent"]
    assert issue.set_state("waiting_on_you").state == "waiting_on_you"
    assert issue.resolve().state == "closed"
    fresh = issue.refresh()
    assert (fresh.id, fresh.state, fresh.assignee.id) == (issue.id, "closed", user)
    assert served.get("issues", issue.id)["state"] == "closed"  # type: ignore[index]
    ops = [r.operation for r in served.sim.requests if f"/issues/{issue.id}" in r.path]
    assert ops.count("CreateIssueReply") == 1 and ops.count("CreateIssueNote") == 1


async def test_async_issue_and_account_round_trip(aclient: AsyncPylon, served: Served) -> None:
    account = served.first("accounts")
    fetched = await aclient.accounts.get(account["id"])
    assert fetched.name == account["name"]
    everyone = await aclient.accounts.list().collect()
    assert {a.id for a in everyone} == {r["id"] for r in served.records("accounts")}
    renamed = await aclient.accounts.update(account["id"], name=f"{account['name']} (async)")
    assert served.get("accounts", account["id"])["name"] == renamed.name  # type: ignore[index]

    user = served.first("users")["id"]
    issue = await aclient.issues.create(title=title("async"), description="hi", tags=["api"])
    assert served.get("issues", issue.id) is not None
    await issue.add_message("async reply", user_id=user)
    messages = await aclient.issues.messages.list(issue.id)
    assert len(messages) == len(list(served.sim.store.collection("issues/messages", (issue.id,))))
    found = await aclient.issues.search(filters.F.title.string_contains(issue.title)).collect()
    assert [i.id for i in found] == [issue.id]
    assert (await issue.resolve()).state == "closed"
    await aclient.issues.delete(issue.id)
    assert served.get("issues", issue.id) is None

    created = await aclient.accounts.create(name=title("async-account"))
    await aclient.accounts.delete(created.id)
    assert served.get("accounts", created.id) is None


def test_list_over_90_days_in_three_windows(client: Pylon, served: Served) -> None:
    """E-09: 90 days are fetched as 3 half-open windows; an issue created exactly on a window
    boundary appears once, and one at `until` (excluded) not at all."""
    since = datetime(2026, 1, 5, tzinfo=UTC)
    until = since + timedelta(days=90)
    on_edges = {
        when: client.issues.create(
            title=title("edge"), description="edge", created_at=when.isoformat()
        ).id
        for when in (since, since + timedelta(days=30), since + timedelta(days=60), until)
    }
    served.sim.reset_stats()

    ids = [i.id for i in client.issues.list(since=since, until=until)]

    assert served.sim.stats["GetIssues"] == 3
    windows = [dict(q.split("=", 1) for q in r.query.split("&")) for r in served.sim.requests]
    assert len(windows) == 3
    assert len(ids) == len(set(ids))
    expected = {
        r["id"] for r in served.records("issues") if since <= parse(r["created_at"]) < until
    }
    assert set(ids) == expected
    assert [on_edges[w] in ids for w in sorted(on_edges)] == [True, True, True, False]


@pytest.mark.parametrize("limit", [1, 5])
def test_list_limit_caps_items(limit: int, client: Pylon, served: Served) -> None:
    got: list[Any] = list(client.issues.list(days=120, limit=limit))
    assert len(got) == limit
