"""Recognising a delivery seen before, so handlers run once per delivery.

Pylon retries deliveries it thinks failed, and the body-only signature scheme cannot tell a
replayed capture from a fresh delivery. Both are caught by remembering each delivery's key for a
window (72 h by default, to outlast a sender's retry schedule).

A store only needs two operations, :meth:`DedupStore.claim` (an atomic "set if absent", like
Redis ``SET key 1 NX EX ttl``) and :meth:`DedupStore.release` (forget a key whose handlers failed,
so the sender's retry runs them again). :class:`InMemoryDedupStore` is the default: per process,
bounded in size, thread-safe. Use a shared store when several processes receive webhooks.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol, runtime_checkable

__all__ = ["DedupStore", "InMemoryDedupStore"]


@runtime_checkable
class DedupStore(Protocol):
    """Where delivery keys are remembered."""

    def claim(self, key: str, ttl: float) -> bool:
        """Remember ``key`` for ``ttl`` seconds; return False if it was already remembered."""
        ...

    def release(self, key: str) -> None:
        """Forget ``key`` (no error if it is unknown)."""
        ...


class InMemoryDedupStore:
    """A process-local store: keys expire after their TTL; the oldest go first when full.

    ``clock`` is monotonic seconds (injectable for tests); wall-clock jumps do not expire keys.
    """

    def __init__(
        self, max_entries: int = 100_000, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise ValueError("max_entries must be an int >= 1")
        self.max_entries = max_entries
        self._clock = clock
        self._expiry: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, key: str, ttl: float) -> bool:
        with self._lock:
            now = self._clock()
            self._purge(now)
            expiry = self._expiry.get(key)
            if expiry is not None and expiry > now:
                return False
            self._expiry[key] = now + ttl
            self._expiry.move_to_end(key)
            while len(self._expiry) > self.max_entries:
                self._expiry.popitem(last=False)
            return True

    def release(self, key: str) -> None:
        with self._lock:
            self._expiry.pop(key, None)

    def __len__(self) -> int:
        with self._lock:
            self._purge(self._clock())
            return len(self._expiry)

    def _purge(self, now: float) -> None:
        # Keys are kept in claim order. With one TTL (the handler's window) that is also expiry
        # order, so expired keys sit at the front. An expired key further back (a shorter TTL)
        # already counts as absent in claim() and is dropped once it reaches the front.
        while self._expiry:
            key, expiry = next(iter(self._expiry.items()))
            if expiry > now:
                return
            del self._expiry[key]
