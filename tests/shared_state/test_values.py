"""Values with an expiry (the response cache's part of a store): the same behaviour on every
backend - in-process, SQLite and Redis - on a fake clock; the in-process bounds; and what the
resilient wrapper does while a shared store is down."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from pylon.shared_state import InProcessStore, StateStore, StoreUnavailableError
from pylon.shared_state._memory import BoundedValues
from pylon.shared_state._resilient import ResilientStore

from .conftest import FakeClock, StoreFactory


def test_set_get_replace_and_expire(make_store: StoreFactory) -> None:
    clock = FakeClock()
    store: Any = make_store(clock)
    assert isinstance(store, StateStore)
    assert store.get("k") is None
    store.set("k", b"one\n\x00two", 10.0)
    assert store.get("k") == b"one\n\x00two"  # bytes come back exactly, newlines and NULs too
    store.set("k", b"three", 10.0)
    assert store.get("k") == b"three"
    clock.now += 9.9
    assert store.get("k") == b"three"
    clock.now += 0.2
    assert store.get("k") is None
    store.set("k", b"again", 5.0)  # an expired key can be set again
    assert store.get("k") == b"again"
    store.close()


def test_keys_are_independent_and_the_async_twins_agree(make_store: StoreFactory) -> None:
    clock = FakeClock()
    store: Any = make_store(clock)

    async def main() -> list[Any]:
        await store.aset("a", b"1", 10.0)
        store.set("b", b"2", 10.0)
        got = [await store.aget("a"), await store.aget("b"), await store.aget("c")]
        await store.aclose()
        return got

    assert asyncio.run(main()) == [b"1", b"2", None]


def test_the_in_process_values_are_bounded_least_recently_used_first() -> None:
    clock = FakeClock()
    values = BoundedValues(max_entries=3, max_bytes=10, clock=clock)
    for key in "abc":
        values.set(key, b"xx", 60)
    assert values.get("a") == b"xx"  # a is now the most recently used
    values.set("d", b"xx", 60)
    assert [values.get(k) for k in "abcd"] == [b"xx", None, b"xx", b"xx"]
    values.set("e", b"xxxxxx", 60)  # 12 bytes in all: the least recently used go
    assert values.size_bytes <= 10 and values.get("e") == b"xxxxxx"
    values.set("huge", b"x" * 11, 60)  # larger than the whole bound: not kept at all
    assert values.get("huge") is None and values.get("e") == b"xxxxxx"
    clock.now += 61
    assert len(values) == 0 and values.get("e") is None and values.size_bytes <= 10


def test_the_default_store_is_bounded() -> None:
    store = InProcessStore(max_values=2)
    for key in "abc":
        store.set(key, b"v", 60)
    assert [store.get(k) for k in "abc"] == [None, b"v", b"v"]
    with pytest.raises(ValueError, match="max_entries"):
        InProcessStore(max_values=0)


class Flaky(InProcessStore):
    description = "flaky://values"
    down = False

    def get(self, key: str) -> bytes | None:
        if self.down:
            raise StoreUnavailableError("flaky store is down")
        return super().get(key)

    def set(self, key: str, value: bytes, ttl: float) -> None:
        if self.down:
            raise StoreUnavailableError("flaky store is down")
        super().set(key, value, ttl)


def test_a_store_outage_is_a_miss_and_unwritten_values_are_written_when_it_is_back() -> None:
    clock = FakeClock()
    shared = Flaky(clock=clock)
    store = ResilientStore(shared, clock=clock)
    store.set("entry", b"cached", 60)
    shared.down = True
    assert store.get("entry") is None  # while down: every read misses (Pylon answers)
    store.set("generation", b"new", 60)  # a write's staleness mark, not written yet
    store.set("expires-soon", b"x", 1)
    shared.down = False
    clock.now += 5  # past the retry pause; "expires-soon" has lapsed meanwhile
    assert store.get("entry") == b"cached"
    assert shared.get("generation") == b"new"  # written before anything was read again
    assert shared.get("expires-soon") is None


def test_async_outage_behaves_the_same() -> None:
    clock = FakeClock()
    shared = Flaky(clock=clock)
    store = ResilientStore(shared, clock=clock)

    async def main() -> list[Any]:
        shared.down = True
        missed = await store.aget("k")
        await store.aset("k", b"v", 60)
        shared.down = False
        clock.now += 5
        return [missed, await store.aget("k")]

    assert asyncio.run(main()) == [None, b"v"]
