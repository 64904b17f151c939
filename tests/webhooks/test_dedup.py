"""Webhook claims in three states (issue 11 item 14): in progress, done, released.

The store is checked on its own (TTL on an injected clock, size bound, thread safety), then the
handler's three interleavings of a slow handler and a copy of its delivery.
"""

from __future__ import annotations

import asyncio
import json
import threading

import pytest

from pylon.webhooks import Claim, DedupStore, InMemoryDedupStore, WebhookEvent, WebhookHandler

from ._support import SECRET, VECTOR_BODY, VECTOR_HEX

A = "X-Pylon-Signature"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_a_claim_is_in_progress_until_completed(clock: Clock) -> None:
    store = InMemoryDedupStore(clock=clock)
    assert isinstance(store, DedupStore)
    first = store.claim("k", 10)
    assert first.state == "claimed" and first.token
    assert store.claim("k", 10) == Claim("in_progress")
    store.complete("k", first.token, 100)
    assert store.claim("k", 10) == Claim("done")
    clock.now += 99.999
    assert store.claim("k", 10) == Claim("done")
    clock.now += 0.001
    assert store.claim("k", 10).state == "claimed"
    assert len(store) == 1


def test_an_abandoned_claim_lapses_after_its_lease(clock: Clock) -> None:
    store = InMemoryDedupStore(clock=clock)
    store.claim("k", 10)
    clock.now += 10
    assert store.claim("k", 10).state == "claimed"


def test_release_forgets_only_its_own_claim(clock: Clock) -> None:
    store = InMemoryDedupStore(clock=clock)
    stale = store.claim("k", 10)
    clock.now += 11  # the lease lapsed; another receiver took over
    fresh = store.claim("k", 10)
    assert stale.token and fresh.token and stale.token != fresh.token
    store.release("k", stale.token)  # must not free the other receiver's claim
    assert store.claim("k", 10) == Claim("in_progress")
    store.release("k", fresh.token)
    store.release("unknown", "x")
    assert store.claim("k", 10).state == "claimed"


def test_expired_keys_are_purged(clock: Clock) -> None:
    store = InMemoryDedupStore(clock=clock)
    for index in range(5):
        store.claim(f"k{index}", 10)
        clock.now += 1
    assert len(store) == 5
    clock.now += 6  # now 1011: k0..k4 expire at 1010..1014, so k0 and k1 are gone
    assert len(store) == 3


def test_size_bound_evicts_the_oldest(clock: Clock) -> None:
    store = InMemoryDedupStore(3, clock=clock)
    for key in "abcd":
        assert store.claim(key, 100).state == "claimed"
    assert len(store) == 3
    assert store.claim("a", 100).state == "claimed"  # evicted, so new again
    assert store.claim("d", 100).state == "in_progress"


@pytest.mark.parametrize("size", [0, -1, 1.5, True])
def test_bad_size_is_refused(size: object) -> None:
    with pytest.raises(ValueError):
        InMemoryDedupStore(size)  # type: ignore[arg-type]


def test_concurrent_claims_admit_exactly_one() -> None:
    store = InMemoryDedupStore()
    barrier = threading.Barrier(16)
    states: list[str] = []

    def claim() -> None:
        barrier.wait(timeout=5)
        states.append(store.claim("same", 60).state)

    threads = [threading.Thread(target=claim) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert sorted(states) == ["claimed"] + ["in_progress"] * 15


# -- the three interleavings of a slow handler and a copy of its delivery ------------------------


class SlowHandler:
    """A handler that waits inside until the test lets it finish (or fail)."""

    def __init__(self, *, fail_first: bool) -> None:
        self.fail_first = fail_first
        self.inside = threading.Event()
        self.finish = threading.Event()
        self.runs = 0

    def __call__(self, event: WebhookEvent) -> None:
        self.runs += 1
        if self.runs == 1:
            self.inside.set()
            assert self.finish.wait(10)
            if self.fail_first:
                raise RuntimeError("first run failed")


def _first_copy_in_a_thread(handler: WebhookHandler) -> tuple[threading.Thread, list[int]]:
    statuses: list[int] = []
    thread = threading.Thread(
        target=lambda: statuses.append(handler.handle(VECTOR_BODY, {A: VECTOR_HEX}).status)
    )
    thread.start()
    return thread, statuses


def test_a_copy_during_a_slow_handler_is_retryable_then_a_duplicate() -> None:
    """In progress, then done: the copy gets 503 + Retry-After (not 200: the first run might
    still fail), and a copy after success gets 200 duplicate. The old handler answered the
    in-progress copy 200 duplicate."""
    handler = WebhookHandler(SECRET)
    slow = SlowHandler(fail_first=False)
    handler.on_any()(slow)
    thread, statuses = _first_copy_in_a_thread(handler)
    assert slow.inside.wait(10)
    during = handler.handle(VECTOR_BODY, {A: VECTOR_HEX})
    assert during.status == 503 and during.headers["Retry-After"] == "30"
    assert json.loads(during.body)["error"] == "in_progress"
    slow.finish.set()
    thread.join(10)
    assert statuses == [200]
    after = handler.handle(VECTOR_BODY, {A: VECTOR_HEX})
    assert (after.status, json.loads(after.body)) == (200, {"ok": True, "duplicate": True})
    assert slow.runs == 1


def test_a_failed_handler_releases_the_claim_for_the_senders_retry() -> None:
    """In progress, then failed: the copy during the run is told to retry; the first run fails
    (500) and releases the claim, so the retry runs the handler again and succeeds. With the old
    handler the copy got 200 duplicate and the event was never handled."""
    handler = WebhookHandler(SECRET)
    slow = SlowHandler(fail_first=True)
    handler.on_any()(slow)
    thread, statuses = _first_copy_in_a_thread(handler)
    assert slow.inside.wait(10)
    assert handler.handle(VECTOR_BODY, {A: VECTOR_HEX}).status == 503
    slow.finish.set()
    thread.join(10)
    assert statuses == [500]
    assert handler.handle(VECTOR_BODY, {A: VECTOR_HEX}).status == 200
    assert slow.runs == 2
    assert handler.process(VECTOR_BODY, {A: VECTOR_HEX}).duplicate


async def test_async_copies_during_a_slow_handler() -> None:
    """The same interleavings through ahandle on one event loop: copies while the handler awaits
    are answered 503; after it succeeds, 200 duplicate; the handler ran once."""
    handler = WebhookHandler(SECRET)
    release = asyncio.Event()
    runs: list[int] = []

    @handler.on_any()
    async def slow(event: WebhookEvent) -> None:
        runs.append(1)
        await release.wait()

    first = asyncio.create_task(handler.ahandle(VECTOR_BODY, {A: VECTOR_HEX}))
    while not runs:
        await asyncio.sleep(0)
    copies = await asyncio.gather(
        *(handler.ahandle(VECTOR_BODY, {A: VECTOR_HEX}) for _ in range(3))
    )
    assert [c.status for c in copies] == [503] * 3
    release.set()
    assert (await first).status == 200
    assert (await handler.ahandle(VECTOR_BODY, {A: VECTOR_HEX})).status == 200
    assert runs == [1]


def test_a_store_that_cannot_answer_gets_503_and_nothing_runs() -> None:
    class Down:
        def claim(self, key: str, lease: float) -> Claim:
            raise ConnectionError("store down")

        def complete(self, key: str, token: str, ttl: float) -> None:
            raise AssertionError

        def release(self, key: str, token: str) -> None:
            raise AssertionError

    handler = WebhookHandler(SECRET, dedup_store=Down())
    ran: list[str] = []
    handler.on_any()(lambda event: ran.append("ran"))
    response = handler.handle(VECTOR_BODY, {A: VECTOR_HEX})
    assert response.status == 503 and response.headers["Retry-After"] == "30"
    assert json.loads(response.body)["error"] == "store_unavailable"
    assert ran == []


@pytest.mark.parametrize("lease", [0, -1, True, "10"])
def test_bad_lease_is_refused(lease: object) -> None:
    from pylon.webhooks import WebhookConfigError

    with pytest.raises(WebhookConfigError):
        WebhookHandler(SECRET, dedup_lease=lease)  # type: ignore[arg-type]
