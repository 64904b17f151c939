"""Seed data: deterministic, consistent, fast enough for 100,000 issues."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import httpx
import pytest

from pylon.testing import Simulator, seeded_simulator

from .conftest import NOW, client_for


def _snapshot(sim: Simulator) -> dict[str, Any]:
    return {
        name: sorted(map(repr, sim.store.collection(name)))
        for name in ("issues", "accounts", "contacts", "users", "teams", "custom-fields")
    }


def test_same_seed_same_data_different_seed_different_data() -> None:
    a = seeded_simulator(issues=50, seed=5, now=NOW)
    b = seeded_simulator(issues=50, seed=5, now=NOW)
    c = seeded_simulator(issues=50, seed=6, now=NOW)
    assert _snapshot(a) == _snapshot(b)
    assert _snapshot(a)["issues"] != _snapshot(c)["issues"]
    issue = a.store.collection("issues").ids()[7]
    assert (
        a.handle("GET", f"/issues/{issue}/messages", "", {"authorization": "Bearer t"}).body.split(
            b'"request_id"'
        )[0]
        == b.handle(
            "GET", f"/issues/{issue}/messages", "", {"authorization": "Bearer t"}
        ).body.split(b'"request_id"')[0]
    )


def test_references_resolve(sim: Simulator) -> None:
    store = sim.store
    states = {s["slug"] for s in store.collection("issue-statuses")}
    numbers = []
    for issue in store.collection("issues"):
        assert store.get("accounts", issue["account"]["id"]) is not None
        requester = store.get("contacts", issue["requester"]["id"])
        assert requester is not None and requester["account"]["id"] == issue["account"]["id"]
        if "assignee" in issue:
            assert store.get("users", issue["assignee"]["id"]) is not None
        assert store.get("teams", issue["team"]["id"]) is not None
        assert issue["state"] in states
        assert issue["created_at"] <= issue["updated_at"] <= "2025-06-01T00:00:00Z"
        assert issue["created_at"] >= "2025-01-31T00:00:00Z"  # within ~120 days
        numbers.append(issue["number"])
    assert numbers == sorted(numbers) == list(range(1000, 1200))


def test_realistic_mix(sim: Simulator) -> None:
    issues = list(sim.store.collection("issues"))
    states = {i["state"] for i in issues}
    assert {"closed", "resolved", "new"} <= states and states - {
        "new",
        "waiting_on_you",
        "waiting_on_customer",
        "on_hold",
        "closed",
    }
    tags = {t for i in issues for t in i["tags"]}
    assert {"billing", "api", "question", "bug"} <= tags
    assert all("priority" in i["custom_fields"] for i in issues)
    custom_slugs = {f["slug"] for f in sim.store.collection("custom-fields")}
    assert {"priority", "severity_score", "region"} <= custom_slugs
    statuses = {s["slug"] for s in sim.store.collection("issue-statuses")}
    assert "resolved" in statuses


def test_messages_are_consistent_with_the_issue(client: httpx.Client, sim: Simulator) -> None:
    issue = next(iter(sim.store.collection("issues")))
    messages = client.get(f"/issues/{issue['id']}/messages").json()["data"]
    assert len(messages) >= 2
    assert messages[0]["message_html"] == issue["body_html"]
    assert messages[-1]["timestamp"] == issue["latest_message_time"]
    assert [m["timestamp"] for m in messages] == sorted(m["timestamp"] for m in messages)


def test_default_now_is_start_of_clock_day() -> None:
    sim = Simulator(clock=lambda: datetime(2025, 3, 4, 15, 30, tzinfo=timezone.utc))
    summary = sim.seed(issues=3)
    assert summary.now == datetime(2025, 3, 4, tzinfo=timezone.utc)


def test_100k_issues_a_filter_search_pages_through_every_match_once() -> None:
    # At 100k issues a search must still be exact: every issue with the tag, each once, in
    # bounded pages. (How fast it is, is measured by `make bench`, not asserted here.)
    sim = seeded_simulator(issues=100_000, accounts=200, contacts=1000, now=NOW)
    assert sim.count("issues") == 100_000
    wanted = {
        str(issue["id"]) for issue in sim.store.collection("issues") if "billing" in issue["tags"]
    }
    assert 0 < len(wanted) < 100_000
    c = client_for(sim)
    body: dict[str, Any] = {
        "filter": {"field": "tags", "operator": "contains", "value": "billing"},
        "limit": 999,
    }
    seen: list[str] = []
    cursor: str | None = None
    for _ in range(len(wanted) // 999 + 2):
        page = c.post("/issues/search", json={**body, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200
        payload = page.json()
        assert len(payload["data"]) <= 999
        assert all("billing" in item["tags"] for item in payload["data"])
        seen += [item["id"] for item in payload["data"]]
        if not payload["pagination"]["has_next_page"]:
            break
        cursor = payload["pagination"]["cursor"]
    else:
        pytest.fail("the search did not end within the pages its matches need")
    assert len(seen) == len(set(seen))
    assert set(seen) == wanted


def test_seed_words_come_from_the_packaged_vocabulary(sim: Simulator) -> None:
    from importlib import resources

    from pylon.testing._seeding import vocabulary

    words = vocabulary()
    assert resources.files("pylon.testing").joinpath("seed_vocabulary.json").is_file()
    issues = list(sim.store.collection("issues"))
    assert {t for i in issues for t in i["tags"]} <= set(words["issue_tags"])
    assert {i["title"].split(" (#")[0] for i in issues} <= set(words["issue_subjects"])
    assert {i["source"] for i in issues} <= set(words["issue_sources"])
    fields = {
        (f["object_type"], f["slug"], f["type"]) for f in sim.store.collection("custom-fields")
    }
    assert fields == {(f["object_type"], f["slug"], f["type"]) for f in words["custom_fields"]}
    priorities = {i["custom_fields"]["priority"]["value"] for i in issues}
    assert priorities == set(
        next(f for f in words["custom_fields"] if f["slug"] == "priority")["options"]
    )
    teams = {t["name"] for t in sim.store.collection("teams")}
    assert teams <= set(words["teams"])
