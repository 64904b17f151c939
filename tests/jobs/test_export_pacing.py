"""Export against a simulator that enforces the limits (time-scaled): 0 429s, buckets overlap,
progress and the final summary."""

from __future__ import annotations

import pytest

from pylon import AsyncPylon, Pylon
from pylon.jobs.export import export, export_async
from pylon.testing import scaled_rate_limits

from .conftest import _serve

# A minute lasts 1.2 s on the server. The client's limiter keeps a 1% margin per window (600 ms
# for Pylon's real minute); scaled down, that is 12 ms, less than the scheduling jitter of a loaded
# test machine running client and server in one process, so the client paces to windows 10% longer.
SCALE = 0.02
CLIENT_LIMITS = scaled_rate_limits(SCALE * 1.1)


@pytest.fixture(scope="module")
def limited():
    yield from _serve(issues=30, accounts=5, contacts=5, rate_limits=True, time_scale=SCALE)


@pytest.fixture(autouse=True)
def _fresh_windows(limited):
    """Each test starts with a fresh client limiter: give the server's windows a fresh start too
    (requests of the previous test would otherwise still count for up to a window)."""
    limited.sim.rate_limiter.reset()


def test_buckets_are_pipelined_at_their_limits_without_a_429(limited, tmp_path):
    limited.sim.reset_stats()
    seen = []
    with Pylon(
        api_key="pylon_jobs_key_0123456789abcdef",
        base_url=limited.url,
        rate_limit=CLIENT_LIMITS,
    ) as client:
        result = export(
            client,
            "issues",
            tmp_path / "i.parquet",
            include=["messages", "followers"],
            page_size=5,
            progress=seen.append,
            bar=False,
        )
    records = list(limited.sim.requests)
    assert [r for r in records if r.status == 429] == []
    assert result.rate_limited == 0 and result.retries == 0
    # The message fetches began while the search was still paging: different buckets overlap.
    order = [r.operation for r in records]
    last_search = max(i for i, op in enumerate(order) if op == "SearchIssues")
    first_messages = order.index("GetIssueMessages")
    assert first_messages < last_search
    assert result.buckets["SearchIssues"].requests == 6
    assert result.buckets["GetIssueMessages"].requests == 30
    assert result.buckets["GetIssueFollowers"].requests == 30
    # progress: snapshots with an ETA once the work is known, a final one marked finished
    assert seen[-1].finished and seen[-1].tables["messages"].items == result.tables["messages"].rows
    assert any(p.eta_seconds and p.eta_seconds > 0 for p in seen)
    summary = result.summary()
    assert "GetIssueMessages: 30 requests" in summary and "0 answered 429" in summary


async def test_the_async_client_runs_the_same_job(limited, tmp_path):
    async with AsyncPylon(
        api_key="pylon_jobs_key_0123456789abcdef",
        base_url=limited.url,
        rate_limit=CLIENT_LIMITS,
    ) as client:
        result = await export_async(
            client, "issues", tmp_path / "i.jsonl", include=["messages"], bar=False
        )
    assert result.tables["issues"].rows == limited.sim.count("issues")
    assert result.rate_limited == 0


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_queued_calls_wait_for_their_slot_past_the_clients_deadline(tmp_path, kind):
    # 8 issues' messages at 5 a second (burst 3), 4 in flight: the later calls queue for their
    # slot for longer than the client's own deadline (0.3 s), which covers that wait; without the
    # job lifting it they would be refused with RateLimitError and the export would stop.
    import asyncio

    from .conftest import API_KEY

    gen = _serve(issues=8, accounts=2, contacts=2)
    small = next(gen)
    options = {"rate_limit": {"GetIssueMessages": (5, 1.0)}, "deadline": 0.3}
    try:
        if kind == "sync":
            with Pylon(api_key=API_KEY, base_url=small.url, **options) as client:
                result = await asyncio.to_thread(
                    export, client, "issues", tmp_path / "i.jsonl", include=["messages"], bar=False
                )
                assert client.config.deadline == 0.3  # the user's client is left as it was
        else:
            async with AsyncPylon(api_key=API_KEY, base_url=small.url, **options) as client:
                result = await export_async(
                    client, "issues", tmp_path / "i.jsonl", include=["messages"], bar=False
                )
    finally:
        gen.close()
    assert result.buckets["GetIssueMessages"].requests == 8
    assert result.tables["messages"].rows == small.sim.count("issues/messages", None)
