"""The in-process store: the default, for one process (threads and asyncio tasks alike).

The arithmetic runs under a `threading.Lock` and never sleeps there; callers sleep after
reserving, so one store serves threads and event loops without blocking either.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from .._constants import CACHE_MAX_BYTES, CACHE_MAX_ENTRIES, DEFAULT_DEDUP_MAX_ENTRIES
from . import _schedule
from ._base import SyncBackedStore
from ._schedule import BucketState, LimitSpec
from ._types import Claim, ClaimState, Reservation, Usage

__all__ = ["BoundedValues", "InMemoryDedupStore", "InProcessStore"]


class InMemoryDedupStore:
    """Webhook claims kept in this process: bounded in size, thread-safe, oldest evicted first.

    `clock` is monotonic seconds (injectable for tests); wall-clock jumps never expire a key.
    """

    def __init__(
        self,
        max_entries: int = DEFAULT_DEDUP_MAX_ENTRIES,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise ValueError("max_entries must be an int >= 1")
        self.max_entries = max_entries
        self._clock = clock
        # key -> (expiry, state, token); kept in the order keys were last written
        self._entries: OrderedDict[str, tuple[float, ClaimState, str]] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, key: str, lease: float) -> Claim:
        with self._lock:
            now = self._clock()
            entry = self._entries.get(key)
            if entry is not None and entry[0] > now:
                return Claim(entry[1])
            token = secrets.token_hex(8)
            self._write(key, (now + lease, "in_progress", token))
            return Claim("claimed", token)

    def complete(self, key: str, token: str, ttl: float) -> None:
        with self._lock:
            self._write(key, (self._clock() + ttl, "done", token))

    def release(self, key: str, token: str) -> None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[1] == "in_progress" and entry[2] == token:
                del self._entries[key]

    async def aclaim(self, key: str, lease: float) -> Claim:
        return self.claim(key, lease)

    async def acomplete(self, key: str, token: str, ttl: float) -> None:
        self.complete(key, token, ttl)

    async def arelease(self, key: str, token: str) -> None:
        self.release(key, token)

    def __len__(self) -> int:
        with self._lock:
            now = self._clock()
            return sum(1 for expiry, _, _ in self._entries.values() if expiry > now)

    def _write(self, key: str, entry: tuple[float, ClaimState, str]) -> None:
        self._entries[key] = entry
        self._entries.move_to_end(key)
        self._purge(self._clock())
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def _purge(self, now: float) -> None:
        # Expired keys near the front go; one further back (a shorter TTL behind a longer one)
        # already counts as absent in claim() and is dropped once it reaches the front.
        while self._entries:
            key, (expiry, _, _) = next(iter(self._entries.items()))
            if expiry > now:
                return
            del self._entries[key]


class BoundedValues:
    """Values with an expiry, bounded in count and in bytes: the least recently used go first.

    Thread-safe; `clock` is monotonic seconds (injectable for tests). A value larger than
    `max_bytes` on its own is not kept at all.
    """

    def __init__(
        self,
        max_entries: int = CACHE_MAX_ENTRIES,
        max_bytes: int = CACHE_MAX_BYTES,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        for name, value in (("max_entries", max_entries), ("max_bytes", max_bytes)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be an int >= 1")
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._clock = clock
        self._values: OrderedDict[str, tuple[float, bytes]] = OrderedDict()  # LRU order
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            entry = self._values.get(key)
            if entry is None:
                return None
            if entry[0] <= self._clock():
                self._drop(key)
                return None
            self._values.move_to_end(key)
            return entry[1]

    def set(self, key: str, value: bytes, ttl: float) -> None:
        with self._lock:
            if key in self._values:
                self._drop(key)
            if len(value) > self.max_bytes or ttl <= 0:
                return
            self._values[key] = (self._clock() + ttl, value)
            self._bytes += len(value)
            while len(self._values) > self.max_entries or self._bytes > self.max_bytes:
                self._drop(next(iter(self._values)))

    def __len__(self) -> int:
        with self._lock:
            now = self._clock()
            return sum(1 for expiry, _ in self._values.values() if expiry > now)

    @property
    def size_bytes(self) -> int:
        """Bytes held now (expired values included until they are evicted or read)."""
        return self._bytes

    def _drop(self, key: str) -> None:
        _, value = self._values.pop(key)
        self._bytes -= len(value)


class InProcessStore(SyncBackedStore):
    """Rate-limit schedules and webhook claims in this process (the default store).

    `clock` is monotonic seconds; tests inject a fake one. `max_values` and `max_value_bytes`
    bound the values kept with `set` (the response cache), least recently used evicted first.
    """

    description = "in-process"

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_claims: int = DEFAULT_DEDUP_MAX_ENTRIES,
        max_values: int = CACHE_MAX_ENTRIES,
        max_value_bytes: int = CACHE_MAX_BYTES,
    ) -> None:
        self._clock = clock
        self._buckets: dict[str, BucketState] = {}
        self._lock = threading.Lock()
        self.claims = InMemoryDedupStore(max_claims, clock=clock)
        self.values = BoundedValues(max_values, max_value_bytes, clock=clock)

    def __repr__(self) -> str:
        return "InProcessStore()"

    def reserve(self, bucket: str, spec: LimitSpec) -> Reservation:
        with self._lock:
            now = self._clock()
            state = self._buckets.setdefault(bucket, BucketState())
            at = _schedule.reserve(state, spec, now)
            return Reservation(at, at - now, None, _schedule.after_penalty(state, spec, at))

    def cancel(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> None:
        with self._lock:
            state = self._buckets.get(bucket)
            if state is not None:
                _schedule.cancel(state, reservation.at, self._clock())

    def sent(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> Reservation:
        with self._lock:
            state = self._buckets.get(bucket)
            now = self._clock()
            if state is not None and _schedule.sent(state, reservation.at, now):
                return replace(reservation, at=now)
            return reservation

    def penalize(self, bucket: str, spec: LimitSpec, delay: float | None) -> None:
        with self._lock:
            state = self._buckets.setdefault(bucket, BucketState())
            _schedule.penalize(state, spec, self._clock(), delay)

    def usage(self, bucket: str, spec: LimitSpec) -> Usage:
        with self._lock:
            now = self._clock()
            return Usage.of(self._buckets.get(bucket) or BucketState(), spec, now)

    def claim(self, key: str, lease: float) -> Claim:
        return self.claims.claim(key, lease)

    def complete(self, key: str, token: str, ttl: float) -> None:
        self.claims.complete(key, token, ttl)

    def release(self, key: str, token: str) -> None:
        self.claims.release(key, token)

    def get(self, key: str) -> bytes | None:
        return self.values.get(key)

    def set(self, key: str, value: bytes, ttl: float) -> None:
        self.values.set(key, value, ttl)

    def close(self) -> None:
        pass
