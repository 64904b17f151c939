"""The client-side rate limiter: counts and schedules on a fake clock, never real time."""

from __future__ import annotations

import asyncio
import random
import threading

import httpx
import pytest

from pylon._ratelimit import Bucket, RateLimiter, RateLimiterRegistry, acquire, acquire_async
from pylon._transport import PylonTransport
from pylon.shared_state import InProcessStore

from ._support import FakeClock, make_config, wired_client


def max_in_any_window(times: list[float], window: float) -> int:
    """The largest number of grants inside any closed window of `window` seconds."""
    ordered = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(ordered):
        while t - ordered[start] > window:
            start += 1
        best = max(best, end - start + 1)
    return best


def max_in_fixed_windows(times: list[float], window: float, offset: float = 0.0) -> int:
    counts: dict[int, int] = {}
    for t in times:
        key = int((t - offset) // window)
        counts[key] = counts.get(key, 0) + 1
    return max(counts.values())


def schedule(limiter: RateLimiter, n: int, now: float = 0.0) -> list[float]:
    return [limiter.reserve(now).at for _ in range(n)]


def test_burst_then_even_spacing() -> None:
    grants = schedule(RateLimiter(10, 60.0), 6)
    assert grants == [0.0, 0.0, 0.0, 6.0, 12.0, 18.0]


@pytest.mark.parametrize(
    ("requests", "per"), [(10, 60.0), (20, 60.0), (60, 60.0), (1, 60.0), (3, 1.0)]
)
def test_no_window_ever_holds_more_than_the_limit(requests: int, per: float) -> None:
    grants = schedule(RateLimiter(requests, per), 20 * requests)
    assert max_in_any_window(grants, per) <= requests
    for offset in (0.0, per / 3, per / 2):  # fixed windows at any phase
        assert max_in_fixed_windows(grants, per, offset) <= requests


@pytest.mark.parametrize(("requests", "per"), [(10, 60.0), (20, 60.0), (60, 60.0)])
def test_throughput_stays_near_the_limit(requests: int, per: float) -> None:
    grants = schedule(RateLimiter(requests, per), 10 * requests)
    # 10 windows' worth of requests take a little under 10 windows (≥ 95% of the limit used).
    assert grants[-1] <= 10 * per / 0.95


def test_waits_are_relative_to_now_and_idle_time_refills() -> None:
    limiter = RateLimiter(10, 60.0)
    assert [limiter.reserve(0.0).wait for _ in range(4)] == [0.0, 0.0, 0.0, 6.0]
    assert limiter.reserve(1000.0).wait == 0.0  # long idle: no debt


def test_penalize_pushes_the_next_slot_and_cancels_the_burst() -> None:
    limiter = RateLimiter(20, 60.0)  # 3 s interval
    limiter.reserve(0.0)
    limiter.penalize(0.0, 20.0)
    assert schedule(limiter, 3, now=1.0) == [20.0, 23.0, 26.0]


def test_penalize_without_retry_after_uses_one_interval() -> None:
    limiter = RateLimiter(10, 60.0)
    limiter.penalize(100.0)
    assert limiter.reserve(100.0).at == 106.0


def test_cancel_gives_back_any_slot_exactly() -> None:
    """Issue 11 item 1: a cancelled reservation leaves the schedule as if it had never been made,
    whichever it was (the old limiter only gave back the newest)."""
    limiter = RateLimiter(10, 60.0, burst=1)
    first, second, third = (limiter.reserve(0.0) for _ in range(3))
    assert [first.at, second.at, third.at] == [0.0, 6.0, 12.0]
    limiter.cancel(second, 1.0)  # a middle slot, still ahead
    limiter.cancel(first, 1.0)  # its time has passed, unused
    # As if neither had been made: a caller at 1.0 starts at once (only 12.0 is live); the freed
    # 6.0 is now too close to it (6 s spacing), so the next ones queue after 12.0.
    assert [limiter.reserve(1.0).at for _ in range(3)] == [1.0, 18.0, 24.0]


def test_a_freed_slot_goes_to_the_next_caller() -> None:
    limiter = RateLimiter(10, 60.0, burst=1)
    reserved = [limiter.reserve(0.0) for _ in range(4)]  # 0, 6, 12, 18
    limiter.cancel(reserved[2], 5.0)
    assert limiter.reserve(5.0).at == 12.0
    assert limiter.reserve(5.0).at == 24.0


def test_cancel_twice_gives_back_once() -> None:
    limiter = RateLimiter(10, 60.0, burst=1)
    limiter.reserve(0.0)
    late = limiter.reserve(0.0)
    limiter.cancel(late, 0.0)
    limiter.cancel(late, 0.0)
    assert [limiter.reserve(0.0).at, limiter.reserve(0.0).at] == [6.0, 12.0]


def test_cancel_restores_a_full_log() -> None:
    limiter = RateLimiter(2, 10.0, burst=2, margin=0.0)
    schedule(limiter, 2)
    third = limiter.reserve(0.0)
    assert third.at == 10.0
    limiter.cancel(third, 0.0)
    assert limiter.reserve(0.0).at == 10.0


@pytest.mark.parametrize("seed", range(25))
def test_random_reserves_and_cancels_never_break_a_window(seed: int) -> None:
    """Whatever is cancelled when, the grants that stay never put more than the limit in a
    window, and a new caller never waits longer than with no cancelled call at all."""
    rng = random.Random(seed)
    requests, per = rng.choice([(3, 10.0), (10, 60.0), (60, 60.0)])
    limiter = RateLimiter(requests, per)
    now, live = 0.0, []
    for _ in range(400):
        now += rng.expovariate(requests / per * 2)
        if live and rng.random() < 0.4:
            victim = live.pop(rng.randrange(len(live)))
            if victim.at >= now:  # only a call still waiting can be cancelled unsent
                limiter.cancel(victim, now)
            else:
                live.append(victim)
        else:
            live.append(limiter.reserve(now))
    assert max_in_any_window([r.at for r in live], per) <= requests


def test_acquire_refuses_a_slot_beyond_max_wait(clock: FakeClock) -> None:
    bucket = _bucket(clock, 10, 60.0, burst=1)
    assert acquire(bucket, clock.sleep).wait == 0.0
    refused = acquire(bucket, clock.sleep, max_wait=5.0)
    assert refused.wait == 6.0
    assert clock.sleeps == []  # refused at once, nothing slept
    assert acquire(bucket, clock.sleep, max_wait=6.5).wait == 6.0  # the refused slot, reused
    assert clock.sleeps == [6.0]


def test_an_interrupted_sync_wait_gives_its_slot_back(clock: FakeClock) -> None:
    bucket = _bucket(clock, 10, 60.0, burst=1)
    acquire(bucket, clock.sleep)

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        acquire(bucket, interrupted)
    assert bucket.reserve().at == clock.now + 6.0


def _bucket(clock: FakeClock, requests: int, per: float, burst: int = 3) -> Bucket:
    registry = RateLimiterRegistry(InProcessStore(clock=clock.monotonic), "test", burst=burst)
    return registry.get("Op", (requests, per))


def test_invalid_limits() -> None:
    with pytest.raises(ValueError):
        RateLimiter(0, 60.0)
    with pytest.raises(ValueError):
        RateLimiter(10, 0.0)


# -- sharing across threads and tasks (counts, not timing) ----------------------------------------


def test_one_limiter_shared_by_50_threads_hands_out_the_same_schedule() -> None:
    limiter = RateLimiter(60, 60.0)
    grants: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(50)

    def worker() -> None:
        start.wait()
        for _ in range(20):
            at = limiter.reserve(0.0).at
            with lock:
                grants.append(at)

    threads = [threading.Thread(target=worker) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(grants) == 1000
    assert sorted(grants) == schedule(RateLimiter(60, 60.0), 1000)
    assert max_in_any_window(grants, 60.0) <= 60


async def test_one_limiter_shared_by_500_tasks() -> None:
    clock = FakeClock(now=0.0)
    bucket = _bucket(clock, 20, 60.0)
    grants: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        grants.append(clock.now + seconds)  # nobody advances the clock: only counts matter
        await asyncio.sleep(0)

    async def task() -> None:
        before = len(grants)
        await acquire_async(bucket, fake_sleep)
        if len(grants) == before:
            grants.append(clock.now)  # granted without waiting

    await asyncio.gather(*(task() for _ in range(500)))
    assert len(grants) == 500
    assert sorted(grants) == schedule(RateLimiter(20, 60.0), 500)


async def test_a_cancelled_waiter_gives_its_slot_back(clock: FakeClock) -> None:
    bucket = _bucket(clock, 10, 60.0, burst=1)
    bucket.reserve()
    started = asyncio.Event()

    async def never(seconds: float) -> None:
        started.set()
        await asyncio.Event().wait()

    waiter = asyncio.create_task(acquire_async(bucket, never))
    await started.wait()
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert bucket.reserve().at == clock.now + 6.0  # the cancelled slot was reused


# -- the registry -----------------------------------------------------------------------------------


def test_registry_shares_buckets_per_operation_and_limit() -> None:
    registry = RateLimiterRegistry(InProcessStore(), "p")
    one = registry.get("GetIssue", (60, 60.0))
    assert one is registry.get("GetIssue", (60, 60))
    assert (one.spec.requests, one.spec.per_seconds) == (60, 60.0)
    override = registry.get("GetIssue", (5, 10.0))
    assert override is not one and override.name != one.name  # an override: its own schedule
    assert one.name.startswith("p:GetIssue:")


def test_clones_share_the_registry(clock: FakeClock) -> None:
    base = PylonTransport(
        make_config(), transport=httpx.MockTransport(lambda r: httpx.Response(200))
    )
    clone = base.with_config(base.config.replace(max_retries=0))
    assert clone._shared.limiters is base._shared.limiters


# -- through the transport --------------------------------------------------------------------------


@pytest.mark.parametrize("rate_limit", [True, {"GetIssues": (4, 30.0)}])
def test_transport_keeps_the_server_under_the_limit(clock: FakeClock, rate_limit: object) -> None:
    arrivals: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        arrivals.append(clock.now)
        return httpx.Response(200, json={"data": []})

    config = make_config(rate_limit=rate_limit)
    with wired_client(config, transport=httpx.MockTransport(handler), hooks=clock.hooks()) as c:
        for _ in range(35):
            c.get("/issues", params={"start_time": "a", "end_time": "b"})
    limit, per = (10, 60.0) if rate_limit is True else (4, 30.0)
    assert len(arrivals) == 35
    assert max_in_any_window(arrivals, per) == limit
    assert max_in_fixed_windows(arrivals, per) <= limit


def test_transport_without_limits_never_waits(clock: FakeClock) -> None:
    config = make_config(rate_limit=False)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    with wired_client(config, transport=transport, hooks=clock.hooks()) as c:
        for _ in range(50):
            c.get("/issues")
    assert clock.sleeps == []


def test_a_429_slows_every_caller_of_the_operation(clock: FakeClock) -> None:
    statuses = iter([429] + [200] * 10)
    arrivals: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        arrivals.append(clock.now)
        return httpx.Response(next(statuses), json={}, headers={"retry-after": "30"})

    config = make_config()
    with wired_client(config, transport=httpx.MockTransport(handler), hooks=clock.hooks()) as c:
        c.post("/issues/search", json={})
        c.post("/issues/search", json={})
    # The retry waited 30 s; the next call was then spaced one interval (3 s) after it.
    assert [t - arrivals[0] for t in arrivals] == [0.0, 30.0, 33.0]
