"""Bulk changes against the served simulator: results per item, dry run, bad input, resume."""

from __future__ import annotations

import asyncio
import json
from collections import Counter

import pytest

from pylon import AsyncPylon
from pylon.jobs import JobInputError, JobMismatchError
from pylon.jobs.bulk import bulk, bulk_async

from .conftest import API_KEY, _serve


@pytest.fixture
def fresh():
    yield from _serve(issues=40, accounts=12, contacts=10)


@pytest.fixture
def client(fresh):
    with fresh.client() as c:
        yield c


def _writes(sim):
    return [r for r in sim.requests if r.method != "GET" and not r.path.endswith("/search")]


def _issues(sim):
    return {i["id"]: i for i in sim.store.collection("issues")}


def test_update_from_a_search_changes_every_target_once(fresh, client, tmp_path):
    targets = [i for i in _issues(fresh.sim).values() if i["state"] == "new"]
    assert targets
    result = bulk(client, "issues.update", where="state = new", state="closed", bar=False)
    assert result.counts == Counter(done=len(targets))
    assert result.ok and not result.failures and result.rate_limited == 0
    after = _issues(fresh.sim)
    assert all(after[t["id"]]["state"] == "closed" for t in targets)
    patches = Counter(r.path for r in _writes(fresh.sim))
    assert patches == Counter({f"/issues/{t['id']}": 1 for t in targets})


def test_dry_run_previews_field_by_field_and_sends_no_write(fresh, client, tmp_path):
    before = {i: dict(v) for i, v in _issues(fresh.sim).items()}
    fresh.sim.reset_stats()
    result = bulk(
        client, "issues.update", where="state = new", state="closed", title="x", dry_run=True,
        journal=tmp_path / "j.jsonl", bar=False,
    )  # fmt: skip
    assert _writes(fresh.sim) == []
    assert {r.operation for r in fresh.sim.requests} == {"SearchIssues"}
    assert not (tmp_path / "j.jsonl").exists()
    assert _issues(fresh.sim) == before
    for item in result.items.values():
        assert item.status == "planned"
        assert item.preview == {
            "state": ["new", "closed"],
            "title": [before[item.id]["title"], "x"],
        }
    written = result.write(tmp_path / "preview.jsonl")
    lines = [json.loads(x) for x in (tmp_path / "preview.jsonl").read_text().splitlines()]
    assert written == len(lines) == len(result.items)
    assert lines[0]["preview"]["state"] == ["new", "closed"]


def test_targets_already_changed_are_skipped_with_the_reason(fresh, client):
    issue = next(iter(_issues(fresh.sim).values()))
    tag = "already-there"
    bulk(client, "issues.add_tags", ids=[issue["id"]], tags=[tag], bar=False)
    result = bulk(client, "issues.add_tags", where=f"tags contains {tag}", tags=[tag], bar=False)
    assert result.counts == Counter(skipped=1)
    assert result.items[issue["id"]].reason == "already has these values"


def test_tags_by_id_keep_the_others_and_missing_ids_are_skipped(fresh, client):
    issues = list(_issues(fresh.sim).values())[:3]
    ids = [i["id"] for i in issues] + ["no-such-issue"]
    result = bulk(client, "issues.add_tags", ids=ids, tags=["vip"], bar=False)
    assert result.counts == Counter(done=3, skipped=1)
    assert "not found" in result.items["no-such-issue"].reason
    after = _issues(fresh.sim)
    for issue in issues:
        assert after[issue["id"]]["tags"] == issue["tags"] + [
            t for t in ["vip"] if t not in issue["tags"]
        ]


def test_failures_are_typed_with_request_ids_and_fail_fast_stops(fresh, client):
    ids = list(_issues(fresh.sim))[:6]
    fresh.sim.faults.add(operation="UpdateIssue", status=400, after=1, times=1)
    result = bulk(client, "issues.set_state", ids=ids, state="on_hold", concurrency=1, bar=False)
    assert result.counts == Counter(done=5, failed=1)
    (failure,) = result.failures
    assert failure.error == "BadRequestError" and failure.status_code == 400
    assert failure.request_id and failure.request_id in {r.request_id for r in fresh.sim.requests}
    fresh.sim.faults.add(operation="UpdateIssue", status=400, after=1, times=1)
    stopped = bulk(
        client, "issues.set_state", ids=ids, state="new", concurrency=1, fail_fast=True, bar=False
    )
    assert stopped.stopped and stopped.counts["failed"] == 1 and stopped.counts["pending"] == 4


def test_accounts_use_the_many_at_once_endpoint_in_chunks_and_report_per_item(fresh, client):
    ids = [a["id"] for a in fresh.sim.store.collection("accounts")]
    fresh.sim.reset_stats()
    result = bulk(client, "accounts.add_tags", ids=ids, tags=["gold"], bar=False)
    assert result.counts == Counter(done=len(ids))
    assert fresh.sim.stats["UpdateAccounts"] == 1 and fresh.sim.stats["UpdateAccount"] == 0
    assert all("gold" in a["tags"] for a in fresh.sim.store.collection("accounts"))
    # One unknown id fails a whole PATCH /accounts: the chunk is retried id by id.
    fresh.sim.reset_stats()
    owner = next(iter(fresh.sim.store.collection("users")))["id"]
    result = bulk(client, "accounts.update", ids=[*ids[:3], "gone"], owner_id=owner, bar=False)
    assert result.counts == Counter(done=3, skipped=1)
    assert result.items["gone"].reason == "not found (deleted?)"
    # the whole chunk once (404), then each id alone
    assert fresh.sim.stats["UpdateAccounts"] == 1 + 4 and fresh.sim.stats["UpdateAccount"] == 0
    by_id = {a["id"]: a for a in fresh.sim.store.collection("accounts")}
    assert all(by_id[i]["owner"]["id"] == owner for i in ids[:3])


def test_contacts_from_csv_with_journal_resume_skips_what_is_done(fresh, client, tmp_path):
    rows = tmp_path / "contacts.csv"
    rows.write_text("name,email,portal_role\n" + "".join(
        f"Person {n},p{n}@example.com,member\n" for n in range(8)
    ))  # fmt: skip
    journal = tmp_path / "run.jsonl"
    fresh.sim.faults.add(operation="CreateContact", status=400, after=2, times=2)
    first = bulk(client, "contacts.create", rows=rows, journal=journal, bar=False)
    assert first.counts == Counter(done=6, failed=2)
    second = bulk(client, "contacts.create", rows=rows, journal=journal, bar=False)
    assert second.counts == Counter(done=8)
    emails = Counter(c.get("email") for c in fresh.sim.store.collection("contacts"))
    assert all(emails[f"p{n}@example.com"] == 1 for n in range(8))


@pytest.mark.parametrize(
    ("name", "options", "words"),
    [
        ("issues.update", {"where": "state = new", "stat": "closed"}, "did you mean state"),
        ("issues.update", {"where": "state = new", "customer_portal_visible": "maybe"}, "true or false"),
        ("issues.update", {"where": "state = new", "type": "bug"}, "one of conversation, ticket"),
        ("issues.update", {"where": "state contains new", "state": "closed"}, "refuses this filter"),
        ("issues.update", {"where": "state = new"}, "say what to change"),
        ("issues.frobnicate", {"ids": ["a"]}, "unknown change"),
        ("issues.update", {"ids": ["a"], "where": "state = new", "state": "x"}, "exactly one"),
        ("contacts.create", {"ids": ["a"]}, "rows"),
        ("contacts.create", {"rows": [{"name": "A", "emial": "a@x"}]}, "did you mean email"),
        ("contacts.create", {"rows": [{"email": "a@x"}]}, "lacks name"),
        ("contacts.create", {"rows": [{"name": "A"}], "reconcile": "name"}, "can't reconcile by 'name'"),
        ("issues.update", {"rows": [{"state": "closed"}]}, "needs an 'id' column"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_before_any_request(fresh, client, name, options, words):
    fresh.sim.reset_stats()
    with pytest.raises(JobInputError, match=words) as caught:
        bulk(client, name, bar=False, **options)
    assert "\n" not in str(caught.value)
    assert list(fresh.sim.requests) == []


def test_a_filter_the_server_refuses_is_bad_input_before_any_write(fresh, client):
    fresh.sim.faults.add(operation="SearchIssues", status=400, times=1)
    with pytest.raises(JobInputError, match=r"SearchIssues refused the filter \(400\)"):
        bulk(client, "issues.update", where="state = new", state="closed", bar=False)
    assert _writes(fresh.sim) == []


def test_bad_csv_column_and_cell_are_refused_before_any_write(fresh, client, tmp_path):
    bad_column = tmp_path / "a.csv"
    bad_column.write_text("name,e-mail\nA,a@x\n")
    with pytest.raises(JobInputError, match=r"column 'e-mail'.*did you mean email"):
        bulk(client, "contacts.create", rows=bad_column, bar=False)
    bad_cell = tmp_path / "b.csv"
    bad_cell.write_text("name,portal_role\nA,member\nB,owner\n")
    with pytest.raises(JobInputError, match=r"row 2.*portal_role must be one of"):
        bulk(client, "contacts.create", rows=bad_cell, bar=False)
    assert _writes(fresh.sim) == []


def test_a_journal_from_another_command_is_refused(fresh, client, tmp_path):
    journal = tmp_path / "j.jsonl"
    ids = list(_issues(fresh.sim))[:2]
    bulk(client, "issues.set_state", ids=ids, state="on_hold", journal=journal, bar=False)
    fresh.sim.reset_stats()
    with pytest.raises(JobMismatchError, match="different command"):
        bulk(client, "issues.set_state", ids=ids, state="closed", journal=journal, bar=False)
    assert list(fresh.sim.requests) == []


def test_an_empty_target_set_says_so(fresh, client, tmp_path):
    result = bulk(
        client, "issues.update", where="title string_contains zzzz-nothing", state="closed",
        journal=tmp_path / "j.jsonl", bar=False,
    )  # fmt: skip
    assert result.items == {} and result.ok
    assert "no targets matched" in result.summary()
    assert not (tmp_path / "j.jsonl").exists()


def test_confirmation_refused_sends_nothing(fresh, client):
    asked = []
    ids = list(_issues(fresh.sim))[:3]
    result = bulk(
        client, "issues.set_state", ids=ids, state="closed", bar=False,
        confirm=lambda n: asked.append(n) or False,
    )  # fmt: skip
    assert asked == [3] and result.cancelled and result.counts == Counter(pending=3)
    assert _writes(fresh.sim) == []


async def test_the_async_client_runs_the_same_job(fresh):
    async with AsyncPylon(api_key=API_KEY, base_url=fresh.url, rate_limit=False) as client:
        result = await bulk_async(
            client, "issues.update", where="state = new", state="on_hold", bar=False
        )
    assert result.ok and result.counts["done"] > 0
    assert not [i for i in _issues(fresh.sim).values() if i["state"] == "new"]


def test_progress_callback_reports_counts_and_an_eta(fresh, client):
    seen = []
    ids = list(_issues(fresh.sim))[:10]
    bulk(client, "issues.set_state", ids=ids, state="closed", progress=seen.append, bar=False)
    assert seen[-1].finished and seen[-1].tables["issues.set_state"].items == 10
    assert seen[-1].tables["issues.set_state"].requests == 10


def test_the_terminal_bar_shows_failures(capsys):
    from pylon.jobs._progress import Reporter

    reporter = Reporter({}, bar=True, every=0.0)
    reporter.table("issues.update", None)
    reporter.advance("issues.update", items=3, requests=3, failed=2)
    reporter.finish()
    assert "2 failed" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_queued_calls_wait_for_their_slot_past_the_clients_deadline(fresh, kind):
    # 8 updates at 5 per second (burst 3) queue for about a second; the client's own deadline
    # (0.3 s) covers the wait for a slot, so without the job lifting it the later calls would
    # be refused with RateLimitError before they were sent.
    ids = list(_issues(fresh.sim))[:8]
    options = {"rate_limit": {"UpdateIssue": (5, 1.0)}, "deadline": 0.3}
    if kind == "sync":
        with fresh.client(**options) as client:
            result = await asyncio.to_thread(
                bulk, client, "issues.set_state", ids=ids, state="closed", bar=False
            )
            assert client.config.deadline == 0.3  # the user's client is left as it was
    else:
        async with AsyncPylon(api_key=API_KEY, base_url=fresh.url, **options) as client:
            result = await bulk_async(
                client, "issues.set_state", ids=ids, state="closed", bar=False
            )
    assert result.counts == Counter(done=8), result.failures
    assert all(_issues(fresh.sim)[i]["state"] == "closed" for i in ids)
