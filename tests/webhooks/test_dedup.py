"""InMemoryDedupStore: TTL on an injected clock, size bound, thread safety."""

from __future__ import annotations

import threading

import pytest

from pylon.webhooks import DedupStore, InMemoryDedupStore


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_claim_once_until_expiry(clock: Clock) -> None:
    store = InMemoryDedupStore(clock=clock)
    assert isinstance(store, DedupStore)
    assert store.claim("k", 10)
    assert not store.claim("k", 10)
    clock.now += 9.999
    assert not store.claim("k", 10)
    clock.now += 0.001
    assert store.claim("k", 10)
    assert len(store) == 1


def test_release_forgets_a_key(clock: Clock) -> None:
    store = InMemoryDedupStore(clock=clock)
    store.claim("k", 10)
    store.release("k")
    store.release("unknown")
    assert store.claim("k", 10)


def test_expired_keys_are_purged(clock: Clock) -> None:
    store = InMemoryDedupStore(clock=clock)
    for index in range(5):
        store.claim(f"k{index}", 10)
        clock.now += 1
    assert len(store) == 5
    clock.now += 6  # now 1011: k0..k4 expire at 1010..1014, so k0 and k1 are gone
    assert len(store) == 3


def test_a_shorter_ttl_behind_a_longer_one_still_expires(clock: Clock) -> None:
    store = InMemoryDedupStore(clock=clock)
    store.claim("long", 100)
    store.claim("short", 1)
    clock.now += 2
    assert store.claim("short", 1)
    assert not store.claim("long", 100)


def test_size_bound_evicts_the_oldest(clock: Clock) -> None:
    store = InMemoryDedupStore(3, clock=clock)
    for key in "abcd":
        assert store.claim(key, 100)
    assert len(store) == 3
    assert store.claim("a", 100)  # evicted, so new again
    assert not store.claim("d", 100)


@pytest.mark.parametrize("size", [0, -1, 1.5, True])
def test_bad_size_is_refused(size: object) -> None:
    with pytest.raises(ValueError):
        InMemoryDedupStore(size)  # type: ignore[arg-type]


def test_concurrent_claims_admit_exactly_one() -> None:
    store = InMemoryDedupStore()
    barrier = threading.Barrier(16)
    wins: list[bool] = []

    def claim() -> None:
        barrier.wait(timeout=5)
        wins.append(store.claim("same", 60))

    threads = [threading.Thread(target=claim) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert sorted(wins) == [False] * 15 + [True]
