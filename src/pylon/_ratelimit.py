"""Client-side rate limiting: one limiter per Pylon operation.

Pylon documents a per-operation limit (10, 20 or 60 requests per minute) but not whether its
window is fixed or sliding. The limiter is safe under either reading:

* requests are spaced `per / limit` seconds apart (GCRA), after a small initial burst, so load
  is smooth instead of a burst of `limit` followed by a minute of silence; and
* a log of the last `limit` grants guarantees that no window of `per` seconds (plus a small
  margin for network jitter) ever holds more than `limit` grants - which bounds a fixed-window
  count as well, since every fixed window is such a window.

Grants are handed out first come, first served. A 429 feeds back through `penalize`, pushing the
next slot past the server's Retry-After (or one interval) and cancelling the burst allowance.

The arithmetic runs under a `threading.Lock` and never sleeps there; callers sleep *after*
reserving, with `time.sleep` (`acquire`) or `asyncio.sleep` (`acquire_async`), so one limiter
serves threads and asyncio tasks alike without blocking an event loop. The clock is injected.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

__all__ = [
    "RateLimiter",
    "RateLimiterRegistry",
    "Reservation",
    "acquire",
    "acquire_async",
]

DEFAULT_BURST = 3


@dataclass(frozen=True)
class Reservation:
    """A granted slot: start at `at` (clock time), that is after waiting `wait` seconds."""

    at: float
    wait: float
    token: int


@dataclass(frozen=True)
class _Undo:
    tat: float
    floor: float
    dropped: float | None


class RateLimiter:
    """At most `requests` grants in any `per_seconds` window, spaced evenly after a small burst.

    **Parameters:**

    * `requests`, `per_seconds` - the documented limit, e.g. `(20, 60.0)`.
    * `burst` - grants allowed back to back before spacing applies (default 3, ≤ `requests`).
    * `margin` - extra seconds added to the window, default 1% of it, so that network jitter
      cannot make two grants `per_seconds` apart arrive inside one server window.
    """

    def __init__(
        self,
        requests: int,
        per_seconds: float,
        *,
        burst: int = DEFAULT_BURST,
        margin: float | None = None,
    ) -> None:
        if requests < 1 or per_seconds <= 0:
            raise ValueError("a rate limit needs requests ≥ 1 and per_seconds > 0")
        self.requests = requests
        self.per_seconds = float(per_seconds)
        self.interval = self.per_seconds / requests
        self.burst = max(1, min(burst, requests))
        self.margin = self.per_seconds / 100 if margin is None else margin
        self._tolerance = (self.burst - 1) * self.interval
        self._tat = float("-inf")  # GCRA "theoretical arrival time"
        self._floor = float("-inf")  # no grant before this (FIFO order, 429 feedback)
        self._log: deque[float] = deque(maxlen=requests)
        self._lock = threading.Lock()
        self._seq = 0
        self._undo: _Undo | None = None

    def __repr__(self) -> str:
        return f"RateLimiter({self.requests}, {self.per_seconds:g})"

    def reserve(self, now: float) -> Reservation:
        """Take the next free slot and say when it starts. Never blocks."""
        with self._lock:
            at = max(now, self._tat - self._tolerance, self._floor)
            if len(self._log) == self.requests:
                at = max(at, self._log[0] + self.per_seconds + self.margin)
            dropped = self._log[0] if len(self._log) == self.requests else None
            self._undo = _Undo(self._tat, self._floor, dropped)
            self._tat = max(self._tat, at) + self.interval
            self._floor = at
            self._log.append(at)
            self._seq += 1
            return Reservation(at=at, wait=at - now, token=self._seq)

    def cancel(self, reservation: Reservation) -> None:
        """Give back an unused slot if nothing was reserved after it (else it simply lapses)."""
        with self._lock:
            undo = self._undo
            if reservation.token != self._seq or undo is None:
                return
            self._log.pop()
            if undo.dropped is not None:
                self._log.appendleft(undo.dropped)
            self._tat, self._floor, self._undo = undo.tat, undo.floor, None
            self._seq += 1

    def penalize(self, now: float, delay: float | None = None) -> None:
        """The server said 429: grant nothing for `delay` s (default one interval), no burst."""
        until = now + (self.interval if delay is None else max(delay, 0.0))
        with self._lock:
            self._floor = max(self._floor, until)
            self._tat = max(self._tat, until + self._tolerance)
            self._undo = None
            self._seq += 1


def acquire(
    limiter: RateLimiter,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    *,
    max_wait: float | None = None,
) -> bool:
    """Wait for a slot (threads). False, with nothing reserved, if it is more than `max_wait` away."""
    reservation = limiter.reserve(clock())
    if max_wait is not None and reservation.wait > max_wait:
        limiter.cancel(reservation)
        return False
    if reservation.wait > 0:
        sleep(reservation.wait)
    return True


async def acquire_async(
    limiter: RateLimiter,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    *,
    max_wait: float | None = None,
) -> bool:
    """Wait for a slot (asyncio); a cancelled waiter gives its slot back when it can."""
    import asyncio  # already loaded in any coroutine; kept out of `import pylon`

    reservation = limiter.reserve(clock())
    if max_wait is not None and reservation.wait > max_wait:
        limiter.cancel(reservation)
        return False
    if reservation.wait > 0:
        try:
            await (sleep or asyncio.sleep)(reservation.wait)
        except asyncio.CancelledError:
            limiter.cancel(reservation)
            raise
    return True


class RateLimiterRegistry:
    """The limiters of one client family, created on first use, keyed by operation id.

    A client and all its `with_options` clones share one registry, so together they keep to the
    documented limits. `enabled=False` turns limiting off; `overrides` replace the documented
    limit per operation (None turns it off for that operation).
    """

    def __init__(
        self,
        *,
        enabled: bool = True,
        overrides: Mapping[str, tuple[int, float] | None] | None = None,
        burst: int = DEFAULT_BURST,
    ) -> None:
        self.enabled = enabled
        self._overrides = dict(overrides or {})
        self._burst = burst
        self._limiters: dict[str, RateLimiter] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_setting(
        cls, setting: bool | Mapping[str, tuple[int, float] | None]
    ) -> RateLimiterRegistry:
        if isinstance(setting, bool):
            return cls(enabled=setting)
        return cls(overrides=setting)

    def limit_for(
        self, operation_id: str | None, documented: tuple[int, float] | None
    ) -> tuple[int, float] | None:
        """The limit in force for an operation (override, else documented), ignoring `enabled`."""
        if operation_id is not None and operation_id in self._overrides:
            return self._overrides[operation_id]
        return documented

    def get(
        self, operation_id: str | None, documented: tuple[int, float] | None
    ) -> RateLimiter | None:
        """The shared limiter for an operation, or None when it is not limited."""
        limit = self.limit_for(operation_id, documented)
        if not self.enabled or operation_id is None or limit is None:
            return None
        with self._lock:
            limiter = self._limiters.get(operation_id)
            if limiter is None:
                limiter = RateLimiter(*limit, burst=self._burst)
                self._limiters[operation_id] = limiter
            return limiter
