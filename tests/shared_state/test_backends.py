"""Every backend runs the one schedule: the same operations give the same slots.

A random table of reserve / cancel / sent-late / penalize / time steps is played against the pure reference
(`_schedule` on a `BucketState`) and against each store (in-process, SQLite, Redis's Lua); the
slots must be identical, so the guarantees proven on the reference hold for every backend.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest

from pylon.shared_state import Claim, LimitSpec, Reservation, StateStore, _schedule
from pylon.shared_state._schedule import BucketState

from .conftest import FakeClock, StoreFactory


def max_in_any_window(times: list[float], window: float) -> int:
    ordered, best, start = sorted(times), 0, 0
    for end, t in enumerate(ordered):
        while t - ordered[start] > window:
            start += 1
        best = max(best, end - start + 1)
    return best


@pytest.mark.parametrize("seed", range(6))
def test_the_same_operations_give_the_same_slots(make_store: StoreFactory, seed: int) -> None:
    rng = random.Random(seed)
    spec = rng.choice([LimitSpec(3, 10.0), LimitSpec(10, 60.0), LimitSpec(20, 60.0, burst=1)])
    clock = FakeClock()
    store: Any = make_store(clock)
    reference = BucketState()
    live: list[Reservation] = []
    granted: list[float] = []
    for _ in range(150):
        roll = rng.random()
        if roll < 0.15:
            clock.now += rng.uniform(0, spec.interval * 3)
        elif roll < 0.3 and live:
            victim = live.pop(rng.randrange(len(live)))
            if victim.at >= clock.now:  # still waiting: may be cancelled unsent
                store.cancel("b", spec, victim)
                _schedule.cancel(reference, victim.at, clock.now)
                granted.remove(victim.at)
        elif roll < 0.4 and live:
            # a request that went out late: its grant moves to now in the store's log (the
            # slots checked below are the grants as scheduled: a stall is the caller's)
            late = live.pop(rng.randrange(len(live)))
            store.sent("b", spec, late)
            _schedule.sent(reference, late.at, clock.now)
        elif roll < 0.43:
            delay = rng.choice([None, rng.uniform(0, 20)])
            store.penalize("b", spec, delay)
            _schedule.penalize(reference, spec, clock.now, delay)
        else:
            got = store.reserve("b", spec)
            expected = _schedule.reserve(reference, spec, clock.now)
            assert got.at == expected and got.wait == pytest.approx(expected - clock.now)
            live.append(got)
            granted.append(got.at)
    assert max_in_any_window(granted, spec.per_seconds) <= spec.requests
    usage = store.usage("b", spec)
    assert usage.used == _schedule.used(reference, spec, clock.now)
    assert usage.next_free_in == pytest.approx(
        _schedule.peek(reference, spec, clock.now) - clock.now
    )


def test_a_429_pause_is_shared_and_says_so(make_store: StoreFactory) -> None:
    clock = FakeClock()
    spec = LimitSpec(20, 60.0)
    one: Any = make_store(clock)
    one.reserve("b", spec)
    one.penalize("b", spec, 30.0)
    later = one.reserve("b", spec)
    assert (later.wait, later.after_429) == (30.0, True)


def test_the_last_429_is_remembered_by_the_store(make_store: StoreFactory) -> None:
    clock = FakeClock()
    spec = LimitSpec(20, 60.0)
    store: Any = make_store(clock)
    fresh = store.usage("b", spec)
    assert (fresh.last_429_ago, fresh.retry_after, fresh.waiting) == (None, None, 0)
    store.penalize("b", spec, 30.0)
    clock.now += 5
    seen = store.usage("b", spec)
    assert (seen.last_429_ago, seen.retry_after) == (pytest.approx(5.0), 30.0)
    assert seen.next_free_in == pytest.approx(25.0)
    store.reserve("b", spec)  # a call now waits for the end of the pause
    assert store.usage("b", spec).waiting == 1
    store.penalize("b", spec, None)  # no Retry-After: one interval, and none remembered
    again = store.usage("b", spec)
    assert (again.last_429_ago, again.retry_after) == (0.0, None)


def test_claims_have_three_states(make_store: StoreFactory) -> None:
    clock = FakeClock()
    store: Any = make_store(clock)
    first = store.claim("k", 10.0)
    assert first.state == "claimed" and first.token
    assert store.claim("k", 10.0) == Claim("in_progress")
    store.release("k", "someone-else")  # not its claim: kept
    assert store.claim("k", 10.0) == Claim("in_progress")
    store.release("k", first.token)
    again = store.claim("k", 10.0)
    assert again.state == "claimed"
    store.complete("k", again.token, 100.0)
    assert store.claim("k", 10.0) == Claim("done")


async def test_async_twins_answer_like_the_sync_methods(make_store: StoreFactory) -> None:
    clock = FakeClock()
    store: Any = make_store(clock)
    assert isinstance(store, StateStore)
    spec = LimitSpec(10, 60.0, burst=1)
    first, second = [await store.areserve("b", spec) for _ in range(2)]
    assert (first.wait, second.wait) == (0.0, 6.0)
    await store.acancel("b", spec, second)
    assert (await store.areserve("b", spec)).at == second.at
    await store.apenalize("b", spec, 60.0)
    assert (await store.areserve("b", spec)).wait == 60.0
    claim = await store.aclaim("k", 5.0)
    assert (await store.aclaim("k", 5.0)).state == "in_progress"
    await store.arelease("k", claim.token)
    claim = await store.aclaim("k", 5.0)
    await store.acomplete("k", claim.token, 50.0)
    assert (await store.aclaim("k", 5.0)).state == "done"
    await asyncio.sleep(0)
