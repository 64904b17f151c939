"""A slot used late (the process was stalled) counts from when it was used, not when it was due.

Without this, a request held back by a stall lands inside the window of the request granted one
window later, and a server counting a sliding window answers 429 (seen under load with the bulk
job's benchmark)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from pylon._ratelimit import Bucket, RateLimiter, acquire, acquire_async
from pylon.shared_state import InProcessStore, LimitSpec

from ._support import FakeClock, make_config, wired_async_client, wired_client


def test_the_window_after_a_late_request_counts_from_when_it_went_out():
    on_time, late = (RateLimiter(2, 1.0, burst=1, margin=0) for _ in range(2))
    for limiter in (on_time, late):
        first = limiter.reserve(0.0)
        assert (first.at, limiter.reserve(0.0).at) == (0.0, 0.5)
        if limiter is late:
            limiter.sent(first, 0.4)
    assert on_time.reserve(0.0).at == 1.0
    assert late.reserve(0.0).at == 1.4


def test_sent_on_time_or_early_changes_nothing():
    limiter = RateLimiter(2, 1.0, burst=1, margin=0)
    first = limiter.reserve(0.0)
    limiter.reserve(0.0)
    limiter.sent(first, 0.0)
    assert limiter.reserve(0.0).at == 1.0


class _OversleepingClock:
    """A fake clock whose sleeps overshoot by `late` seconds, as on a loaded machine."""

    def __init__(self, late: float) -> None:
        self.now, self.late = 0.0, late

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds + self.late

    async def sleep_async(self, seconds: float) -> None:
        self.sleep(seconds)


def _bucket(clock: _OversleepingClock) -> Bucket:
    spec = LimitSpec(2, 1.0, burst=1, margin=0)
    return Bucket(InProcessStore(clock=clock), "b", "UpdateIssue", spec)


def test_acquire_reports_the_time_it_really_went_out():
    clock = _OversleepingClock(late=0.3)
    bucket = _bucket(clock)
    bucket.reserve()  # slot 0.0, used on time
    acquire(bucket, clock.sleep)  # slot 0.5, used at 0.8
    assert bucket.reserve().at == 1.0  # a window after the first
    assert bucket.reserve().at == 1.8  # a window after 0.8, not after 0.5


def test_acquire_async_reports_the_time_it_really_went_out():
    clock = _OversleepingClock(late=0.3)
    bucket = _bucket(clock)
    bucket.reserve()
    asyncio.run(acquire_async(bucket, clock.sleep_async))
    assert bucket.reserve().at == 1.0
    assert bucket.reserve().at == 1.8


# -- a request the server saw late: its window counts from its answer --------------------------


def _server_that_sees_the_first_request_late(clock: FakeClock, delay: float) -> Any:
    """A handler enforcing 2 requests per second with the simulator's own sliding window; the
    first request waits `delay` s in the server's queue before the server counts it (a server
    busy with other requests, a stalled process, a slow network)."""
    from pylon.testing._errors import ApiError
    from pylon.testing._ratelimit import RateLimiter as ServerWindow

    window = ServerWindow(enabled=True, time_scale=1.0, monotonic=clock.monotonic, wall=clock.wall)
    seen: list[tuple[float, int]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if not seen:
            clock.advance(delay)
        try:
            window.check("GetIssue", (2, 1.0))
        except ApiError:
            seen.append((clock.now, 429))
            return httpx.Response(429, json={}, headers={"retry-after": "1"})
        seen.append((clock.now, 200))
        return httpx.Response(200, json={"data": {"id": "i1"}})

    handler.seen = seen  # type: ignore[attr-defined]
    return handler


def test_the_window_after_a_request_counts_from_its_answer() -> None:
    """The limiter counted each window from the slot (or from a late wake-up); a request that
    then waited longer than the margin before the server counted it (0.4 s here, the margin
    0.25 s) left the request one window later inside the server's window: a 429 (the export
    bench's message fetches met 2-3 in 1,000 on a loaded machine). Fails on the old main."""
    clock = FakeClock(now=0.0)
    handler = _server_that_sees_the_first_request_late(clock, 0.4)
    config = make_config(rate_limit={"GetIssue": (2, 1.0)}, max_retries=0)
    with wired_client(config, transport=httpx.MockTransport(handler), hooks=clock.hooks()) as c:
        statuses = [c.get("/issues/i1").status_code for _ in range(6)]
    assert statuses == [200] * 6, handler.seen


async def test_the_window_after_a_request_counts_from_its_answer_async() -> None:
    clock = FakeClock(now=0.0)
    handler = _server_that_sees_the_first_request_late(clock, 0.4)
    config = make_config(rate_limit={"GetIssue": (2, 1.0)}, max_retries=0)
    async with wired_async_client(
        config, transport=httpx.MockTransport(handler), hooks=clock.hooks()
    ) as c:
        statuses = [(await c.get("/issues/i1")).status_code for _ in range(6)]
    assert statuses == [200] * 6, handler.seen
