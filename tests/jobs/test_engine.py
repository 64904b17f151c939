"""The job engine's parts on their own: journal, scheduler, progress, retry counting."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest

from pylon.jobs import JobMismatchError, Journal, Scheduler
from pylon.jobs._limits import limit_in_force
from pylon.jobs._progress import Reporter, TableProgress, eta_from_limits

from .conftest import _serve


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


# -- journal -------------------------------------------------------------------------------------


def test_journal_keeps_records_across_opens(tmp_path):
    path = tmp_path / "job.journal"
    with Journal.open(path, {"command": "export", "n": 1}) as journal:
        journal.append({"kind": "chunk", "rows": 3})
        journal.append({"kind": "done"})
    with Journal.open(path, {"command": "export", "n": 1}) as again:
        assert [r["kind"] for r in again.records] == ["chunk", "done"]
        assert list(again.of_kind("chunk")) == [{"kind": "chunk", "rows": 3}]


def test_journal_cuts_a_torn_last_line(tmp_path):
    path = tmp_path / "job.journal"
    with Journal.open(path, {"a": 1}) as journal:
        journal.append({"kind": "chunk", "rows": 1})
    with open(path, "ab") as file:
        file.write(b'{"kind":"chunk","ro')  # killed mid-write
    with Journal.open(path, {"a": 1}) as journal:
        assert journal.records == [{"kind": "chunk", "rows": 1}]
        journal.append({"kind": "chunk", "rows": 2})
    lines = path.read_text().splitlines()
    assert [json.loads(line) for line in lines[1:]] == [
        {"kind": "chunk", "rows": 1},
        {"kind": "chunk", "rows": 2},
    ]


def test_journal_torn_header_starts_over(tmp_path):
    path = tmp_path / "job.journal"
    path.write_bytes(b'{"journal":1,"iden')
    with Journal.open(path, {"a": 1}) as journal:
        assert journal.records == []
    assert json.loads(path.read_text().splitlines()[0])["identity"] == {"a": 1}


def test_journal_of_another_command_is_refused_naming_the_difference(tmp_path):
    path = tmp_path / "job.journal"
    Journal.open(path, {"collection": "issues", "format": "csv"}).close()
    with pytest.raises(JobMismatchError) as caught:
        Journal.open(path, {"collection": "accounts", "format": "csv"})
    assert "collection: 'issues' then, 'accounts' now" in str(caught.value)
    assert caught.value.differences == {"collection": ("issues", "accounts")}


def test_a_file_that_is_not_a_journal_is_refused(tmp_path):
    path = tmp_path / "job.journal"
    path.write_text("hello\n")
    with pytest.raises(JobMismatchError, match="not a pylon job journal"):
        Journal.open(path, {"a": 1})


# -- limits --------------------------------------------------------------------------------------


def test_limits_come_from_the_spec_and_the_client_setting():
    from pylon import Pylon

    plain = Pylon(api_key="k" * 20, base_url="http://127.0.0.1:1")
    assert plain.rate_limits["SearchIssues"].documented == (20, 60.0)
    assert plain.rate_limits["GetIssues"].documented == (10, 60.0)
    assert limit_in_force(plain, "NoSuchOperation") is None
    scaled = Pylon(
        api_key="k" * 20, base_url="http://127.0.0.1:1", rate_limit={"SearchIssues": (20, 0.6)}
    )
    off = Pylon(api_key="k" * 20, base_url="http://127.0.0.1:1", rate_limit=False)
    try:
        assert limit_in_force(plain, "SearchIssues") == (20, 60.0)
        assert limit_in_force(scaled, "SearchIssues") == (20, 0.6)
        assert limit_in_force(scaled, "GetIssueMessages") == (20, 60.0)
        assert limit_in_force(off, "SearchIssues") is None
    finally:
        for client in (plain, scaled, off):
            client.close()


# -- scheduler -----------------------------------------------------------------------------------


async def test_buckets_run_concurrently_and_each_is_bounded():
    scheduler = Scheduler({"A": (10, 1.0), "B": None}, per_bucket=2, total=10)
    running = {"A": 0, "B": 0}
    peak = {"A": 0, "B": 0}
    both_at_once = False

    async def work(bucket: str) -> str:
        nonlocal both_at_once
        running[bucket] += 1
        peak[bucket] = max(peak[bucket], running[bucket])
        both_at_once = both_at_once or (running["A"] > 0 and running["B"] > 0)
        await asyncio.sleep(0.01)
        running[bucket] -= 1
        return bucket

    jobs = [scheduler.run(b, lambda b=b: work(b)) for b in "AB" * 6]
    assert sorted(await asyncio.gather(*jobs)) == ["A"] * 6 + ["B"] * 6
    assert peak == {"A": 2, "B": 2}
    assert both_at_once
    stats = scheduler.stats()
    assert stats["A"].requests == 6 and stats["B"].requests == 6
    assert scheduler.seconds_for("A", 20) == pytest.approx(2.0)
    assert scheduler.seconds_for("B", 20) is None


async def test_total_bounds_all_buckets_together():
    scheduler = Scheduler({}, per_bucket=5, total=3)
    running = peak = 0

    async def work() -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.005)
        running -= 1

    await asyncio.gather(*(scheduler.run(f"op{i % 4}", work) for i in range(20)))
    assert peak == 3


async def test_failures_are_counted_and_raised():
    scheduler = Scheduler({"A": None})

    async def boom() -> None:
        raise ValueError("no")

    with pytest.raises(ValueError):
        await scheduler.run("A", boom)
    assert scheduler.stats()["A"].failures == 1


def test_share_of_limit_is_measured_between_first_start_and_last_end():
    from pylon.jobs import BucketStats

    stats = BucketStats("A", (10, 1.0), requests=11, first_start=5.0, last_end=6.0)
    assert stats.achieved_rate == pytest.approx(10.0)
    assert stats.share_of_limit == pytest.approx(1.0)
    assert stats.describe() == "A: 11 requests, 100% of its limit"


def test_a_bucket_within_the_first_burst_shows_no_share_of_its_limit():
    """Two searches 0.01 s apart are the limiter's burst, not 17,000% of the limit."""
    from pylon.jobs import BucketStats

    stats = BucketStats("SearchIssues", (20, 60.0), requests=2, first_start=0.0, last_end=0.01)
    assert stats.describe() == "SearchIssues: 2 requests"


# -- progress ------------------------------------------------------------------------------------


def test_eta_is_the_slowest_bucket_at_its_limit():
    tables = {
        "issues": TableProgress("issues", "SearchIssues", requests_left=0),
        "messages": TableProgress("messages", "GetIssueMessages", requests_left=40),
        "followers": TableProgress("followers", "GetIssueFollowers", requests_left=40),
    }
    limits = {
        "SearchIssues": (20, 60.0),
        "GetIssueMessages": (20, 60.0),
        "GetIssueFollowers": (60, 60.0),
    }
    assert eta_from_limits(tables, limits) == pytest.approx(120.0)
    tables["issues"].requests_left = None  # a search whose total is unknown
    assert eta_from_limits(tables, limits) is None


def test_reporter_calls_back_and_prints_nothing_off_a_terminal(capsys):
    clock = FakeClock()
    seen = []
    reporter = Reporter(
        {"GetIssueMessages": (20, 60.0)}, callback=seen.append, bar=None, every=1.0, clock=clock
    )
    reporter.table("messages", "GetIssueMessages")
    reporter.expect("messages", 10)
    clock.now = 2.0
    reporter.advance("messages", items=30, requests=4)
    clock.now = 2.5
    reporter.advance("messages", items=5, requests=1)  # within `every`: no callback
    final = reporter.finish()
    assert [p.tables["messages"].items for p in seen] == [0, 30, 35]
    assert seen[1].eta_seconds == pytest.approx(6 * 3.0)
    assert final.finished and final.eta_seconds == 0.0 and final.requests == 5
    assert capsys.readouterr() == ("", "")


def test_reporter_draws_a_bar_when_asked(capsys):
    reporter = Reporter({}, bar=True, every=0.0)
    reporter.table("accounts", None)
    reporter.advance("accounts", items=3, requests=1)
    reporter.finish()
    assert "accounts" in capsys.readouterr().err


# -- retry counting ------------------------------------------------------------------------------


def test_a_jobs_retries_are_counted_from_its_own_hooks_and_the_apps_hooks_still_see_them(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Retries and 429s come from the event hooks the job adds to its own client copy: the
    application's hooks on the client still see every retry, and its logging is left as it was."""
    from pylon import Hooks
    from pylon.jobs.bulk import bulk

    serving = _serve(issues=3, accounts=1, contacts=1)
    served = next(serving)
    seen: list[int | None] = []
    logger = logging.getLogger("pylon")
    level = logger.level
    served.sim.faults.add(
        operation="UpdateIssue", status=429, headers={"Retry-After": "0"}, times=2
    )
    served.sim.faults.add(operation="UpdateIssue", status=503, times=1)
    target = served.ids("issues")[0]
    try:
        with (
            caplog.at_level(logging.WARNING, logger="pylon"),
            served.client(
                hooks=Hooks(on_retry=lambda event: seen.append(event.status_code)),
                max_retries=3,
            ) as client,
        ):
            result = bulk(client, "issues.update", ids=[target], state="closed", bar=False)
    finally:
        serving.close()  # stops the server
    assert result.ok and (result.retries, result.rate_limited) == (3, 2)
    assert sorted(seen, key=str) == [429, 429, 503]
    assert logger.level == level and not [r for r in caplog.records if "Retrying" in r.msg]


def test_the_eta_reads_the_clients_live_pacing_after_a_429():
    """After Pylon pauses SearchIssues for 30 s, the ETA counts the pause: the static guess
    (10 requests at 20 a minute: 30 s) would promise the work done when it has not begun."""
    import httpx

    from pylon import Pylon, RateLimitError

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "30"}, json={"errors": ["slow down"]})

    with Pylon(
        api_key="k" * 20, base_url="http://127.0.0.1:1", transport=httpx.MockTransport(answer)
    ) as client:
        limits = {"SearchIssues": limit_in_force(client, "SearchIssues")}
        reporter = Reporter(limits, bar=False, seconds_for=client.rate_limits.seconds_for)
        reporter.table("issues", "SearchIssues")
        reporter.expect("issues", 10)
        assert reporter.snapshot().eta_seconds == pytest.approx(9 * 3.0, abs=0.5)
        with pytest.raises(RateLimitError):
            client.with_options(max_retries=0).issues.search(
                {"field": "state", "operator": "equals", "value": "new"}
            ).first_page()
        assert eta_from_limits(reporter.tables, limits) == pytest.approx(30.0)  # the old guess
        assert reporter.snapshot().eta_seconds == pytest.approx(30 + 9 * 3.0, abs=0.5)
