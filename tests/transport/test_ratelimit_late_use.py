"""A slot used late (the process was stalled) counts from when it was used, not when it was due.

Without this, a request held back by a stall lands inside the window of the request granted one
window later, and a server counting a sliding window answers 429 (seen under load with the bulk
job's benchmark)."""

from __future__ import annotations

import asyncio

from pylon._ratelimit import Bucket, RateLimiter, acquire, acquire_async
from pylon.shared_state import InProcessStore, LimitSpec


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
