"""Every call a client makes through `ResilientStore`, sync and async, while the shared store is
down and once it is back: reservations and their follow-ups, 429 pauses, usage read-outs and
webhook claims. Nothing raises to the client except a claim, and nothing recorded is lost."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from pylon.shared_state import LimitSpec, ResilientStore, StoreUnavailableError

from ._switchable import SwitchableStore
from .conftest import FakeClock

SPEC = LimitSpec(10, 60.0, burst=1)  # one call every 6 s
PAST_THE_PAUSE = 1.0  # the first retry pause after a failure is 0.5 s


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def call(store: ResilientStore, mode: str, name: str, *args: Any) -> Any:
    """`store.name(*args)`, or `await store.aname(*args)` in async mode."""
    if mode == "sync":
        return getattr(store, name)(*args)
    return await getattr(store, f"a{name}")(*args)


def outage_log(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def stores() -> tuple[FakeClock, SwitchableStore, ResilientStore]:
    clock = FakeClock(0.0)
    shared = SwitchableStore(clock=clock)
    return clock, shared, ResilientStore(shared, clock=clock)


async def test_while_down_reservations_are_paced_and_given_back_in_process(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock, shared, store = stores()
    shared.down = True
    with caplog.at_level(logging.WARNING, logger="pylon"):
        first = await call(store, mode, "reserve", "b", SPEC)
        assert store.down and (first.token, first.wait) == ("local", 0.0)
        second = await call(store, mode, "reserve", "b", SPEC)
        assert second.wait == 6.0
        await call(store, mode, "cancel", "b", SPEC, second)  # given back where it was made
        assert (await call(store, mode, "reserve", "b", SPEC)).wait == 6.0  # the slot again
        await call(store, mode, "sent", "b", SPEC, first)
        assert store.usage("b", SPEC).used == 1  # the in-process count while the store is down
        clock.now += PAST_THE_PAUSE
        shared.down = False
        back = await call(store, mode, "reserve", "b", SPEC)
        assert (back.token, back.wait, store.down) == (None, 0.0, False)  # shared, and fresh
    warnings = outage_log(caplog)
    assert len(warnings) == 2
    assert "flaky://store is unavailable" in warnings[0]
    assert "answers again after 1.0 s" in warnings[1]


@pytest.mark.parametrize("follow_up", ["cancel", "sent"])
async def test_a_shared_reservation_followed_up_during_an_outage_keeps_its_slot(
    mode: str, follow_up: str
) -> None:
    clock, shared, store = stores()
    reservation = await call(store, mode, "reserve", "b", SPEC)
    assert reservation.token is None  # made by the shared store
    clock.now += 2.0  # sent late: would move the slot, but the store cannot hear it
    shared.down = True
    await call(store, mode, follow_up, "b", SPEC, reservation)  # no exception for the caller
    assert store.down
    clock.now += PAST_THE_PAUSE
    shared.down = False
    # The slot stayed where it was planned (t=0), so the next call waits out one interval from it.
    assert (await call(store, mode, "reserve", "b", SPEC)).wait == pytest.approx(6.0 - 3.0)


async def test_a_429_pause_applies_in_process_and_reaches_the_store_once_it_answers(
    mode: str,
) -> None:
    clock, shared, store = stores()
    shared.down = True
    await call(store, mode, "penalize", "b", SPEC, 30.0)  # no exception for the caller
    assert store.down
    during = await call(store, mode, "reserve", "b", SPEC)
    assert (during.token, during.wait, during.after_429) == ("local", 30.0, True)
    asked = len(shared.asked)
    await call(store, mode, "penalize", "b", SPEC, 40.0)  # within the retry pause
    assert len(shared.asked) == asked  # the store that is down is not asked again so soon
    assert (await call(store, mode, "reserve", "b", SPEC)).wait == 40.0
    clock.now += PAST_THE_PAUSE
    shared.down = False
    await call(store, mode, "penalize", "b", SPEC, 10.0)
    assert not store.down
    assert shared.usage("b", SPEC).next_free_in == 10.0  # the shared store has the pause


def test_usage_reads_the_in_process_limiter_while_the_store_is_down() -> None:
    clock, shared, store = stores()
    store.reserve("b", SPEC)  # one shared grant
    shared.down = True
    for _ in range(2):
        store.reserve("b", SPEC)  # two in-process grants
    assert store.usage("b", SPEC).limit == 10  # the same documented limit...
    assert store.usage("b", SPEC).next_free_in == 12.0  # ...paced by the in-process grants
    clock.now += PAST_THE_PAUSE
    shared.down = False
    assert store.usage("b", SPEC).next_free_in == 5.0  # the shared store's view again
    shared.failing = {"usage"}
    clock.now += PAST_THE_PAUSE
    assert store.usage("b", SPEC).next_free_in == 10.0  # asked, failed: in-process answer
    assert store.down


async def test_claims_fail_fast_during_an_outage_and_completions_are_kept(mode: str) -> None:
    clock, shared, store = stores()
    claim = await call(store, mode, "claim", "k", 30.0)
    shared.down = True
    with pytest.raises(StoreUnavailableError, match="flaky://store is down"):
        await call(store, mode, "claim", "k2", 30.0)  # the store's own failure
    with pytest.raises(StoreUnavailableError, match="unavailable; retrying it shortly"):
        await call(store, mode, "claim", "k2", 30.0)  # within the retry pause: not even asked
    await call(store, mode, "complete", "k", claim.token, 3600.0)  # no exception: kept
    clock.now += PAST_THE_PAUSE
    shared.failing = {"complete"}  # back for claims, but recording still fails
    assert (await call(store, mode, "claim", "k2", 30.0)).state == "claimed"
    clock.now += 40.0  # past the lease of "k"
    shared.down = False
    assert (await call(store, mode, "claim", "k3", 30.0)).state == "claimed"  # records "k" now
    assert (await call(store, mode, "claim", "k", 30.0)).state == "done"


async def test_a_released_claim_can_be_claimed_again_at_once(mode: str) -> None:
    _, _, store = stores()
    claim = await call(store, mode, "claim", "k", 30.0)
    assert (await call(store, mode, "claim", "k", 30.0)).state == "in_progress"
    await call(store, mode, "release", "k", claim.token)
    assert (await call(store, mode, "claim", "k", 30.0)).state == "claimed"
