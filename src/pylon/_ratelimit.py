"""Client-side rate limiting: one bucket per Pylon operation, kept in a shared-state store.

Pylon documents a per-operation limit (10, 20 or 60 requests per minute). The schedule itself -
smooth spacing after a small burst, never more than the limit in any window, exact give-back of
cancelled reservations, 429 feedback - is `shared_state._schedule`; this module connects it to
callers:

* `Bucket` is one operation's limiter in a store (in-process by default; SQLite or Redis when
  several processes share one API key);
* `acquire` / `acquire_async` reserve a slot, refuse it when it lies beyond what the caller may
  wait, and otherwise sleep until it starts; a sleep that overran (a loaded machine, a pause) is
  reported, so the window after the request counts from when it really went out; `answered`
  then moves it to when the answer came, the latest the server can have counted it. A caller
  interrupted before its slot (a cancelled task, Ctrl-C) gives the slot back, so the limiter is
  left as if the call had never been made;
* `RateLimiterRegistry` hands out the buckets of one client family;
* `RateLimiter` runs one schedule on a caller-supplied clock (the reference the tests check).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .shared_state import _schedule
from .shared_state._schedule import BucketState, LimitSpec
from .shared_state._types import Reservation, StateStore, Usage

if TYPE_CHECKING:
    import asyncio

from ._constants import DEFAULT_RATE_LIMIT_BURST

__all__ = [
    "Bucket",
    "RateLimiter",
    "RateLimiterRegistry",
    "Reservation",
    "acquire",
    "acquire_async",
    "answered",
    "answered_async",
    "bucket_prefix",
    "hashed_prefix",
    "in_background",
]


class RateLimiter:
    """One schedule on a clock the caller passes in (`now`): at most `requests` grants in any
    `per_seconds` window, evenly spaced after a burst of `burst`.

    `margin` (default 1% of the window, at least 0.05 s) is added to the window. A grant's time
    moves to when its request was answered (`sent`), so the window after it already counts from
    a time the server had seen it by; the margin covers a grant computed before that answer.
    """

    def __init__(
        self,
        requests: int,
        per_seconds: float,
        *,
        burst: int = DEFAULT_RATE_LIMIT_BURST,
        margin: float | None = None,
    ) -> None:
        self.spec = LimitSpec(requests, float(per_seconds), burst, margin)
        self.requests, self.per_seconds = requests, float(per_seconds)
        self.interval = self.spec.interval
        self._state = BucketState()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter({self.requests}, {self.per_seconds:g})"

    def reserve(self, now: float) -> Reservation:
        """Take the next free slot and say when it starts. Never blocks."""
        with self._lock:
            at = _schedule.reserve(self._state, self.spec, now)
            return Reservation(at, at - now)

    def cancel(self, reservation: Reservation, now: float) -> None:
        """Give back a slot that was not used."""
        with self._lock:
            _schedule.cancel(self._state, reservation.at, now)

    def sent(self, reservation: Reservation, now: float) -> Reservation:
        """The request of `reservation` went out, or was answered, at `now` (later than its
        slot: the window after it counts from `now`). Returns it as the schedule now holds it."""
        with self._lock:
            if _schedule.sent(self._state, reservation.at, now):
                return replace(reservation, at=now)
            return reservation

    def penalize(self, now: float, delay: float | None = None) -> None:
        """The server said 429: grant nothing for `delay` s (default one interval), no burst."""
        with self._lock:
            _schedule.penalize(self._state, self.spec, now, delay)


def hashed_prefix(api_key: str, purpose: str, label: str) -> str:
    """The store-key prefix for one API key and one use of the store (`pylon:<label>:<hash>`):
    a hash, so no store ever holds the key itself, salted by `purpose`."""
    salted = f"py-usepylon-sdk/{purpose}\0".encode() + api_key.encode()
    return f"pylon:{label}:{hashlib.sha256(salted).hexdigest()[:32]}"


def bucket_prefix(api_key: str) -> str:
    """The store-key prefix of one API key's rate limiters."""
    return hashed_prefix(api_key, "rate-limit", "rl")


@dataclass(frozen=True)
class Bucket:
    """One operation's limiter in a store, for one API key."""

    store: StateStore
    name: str
    operation_id: str
    spec: LimitSpec

    def reserve(self) -> Reservation:
        return self.store.reserve(self.name, self.spec)

    def cancel(self, reservation: Reservation) -> None:
        self.store.cancel(self.name, self.spec, reservation)

    def sent(self, reservation: Reservation) -> Reservation:
        return self.store.sent(self.name, self.spec, reservation)

    def penalize(self, delay: float | None) -> None:
        self.store.penalize(self.name, self.spec, delay)

    def usage(self) -> Usage:
        return self.store.usage(self.name, self.spec)


def acquire(
    bucket: Bucket,
    sleep: Callable[[float], None],
    *,
    max_wait: float | None = None,
    on_wait: Callable[[Reservation], None] | None = None,
) -> Reservation:
    """Reserve a slot and sleep until it starts (threads).

    Returns the reservation. When the slot is `max_wait` seconds away or more (nothing would be
    left to send in) it is given back at once, without sleeping, and the reservation says how long
    the wait would have been (check `reservation.wait >= max_wait`). `on_wait` sees the reservation before any sleep.
    """
    reservation = bucket.reserve()
    if max_wait is not None and reservation.wait >= max_wait:
        bucket.cancel(reservation)
        return reservation
    if reservation.wait > 0:
        try:
            if on_wait is not None:
                on_wait(reservation)
            sleep(reservation.wait)
        except BaseException:  # KeyboardInterrupt, a signal handler's exception: never sent
            bucket.cancel(reservation)
            raise
        reservation = bucket.sent(reservation)  # moved to now if the sleep overran
    return reservation


def answered(bucket: Bucket, reservation: Reservation) -> Reservation:
    """The request of `reservation` has its answer (or failed) now: wherever its time went
    between the slot and the server - a queue for a connection, a stalled process, the network,
    a server busy with other requests - the server counted it no later than now. Its window is
    counted from now, so a request waiting for this window to pass cannot reach the server
    inside it, however late this one was seen."""
    return bucket.sent(reservation)


def answered_async(bucket: Bucket, reservation: Reservation) -> None:
    """`answered` from a coroutine, without awaiting (it may run in a cancelled task): a store
    that does I/O records it in a task of its own."""
    store = bucket.store
    if store.blocking:
        in_background(_record_sent(bucket, reservation))
    else:
        bucket.sent(reservation)


async def _record_sent(bucket: Bucket, reservation: Reservation) -> None:
    await bucket.store.asent(bucket.name, bucket.spec, reservation)


async def acquire_async(
    bucket: Bucket,
    sleep: Callable[[float], Awaitable[None]],
    *,
    max_wait: float | None = None,
    on_wait: Callable[[Reservation], None] | None = None,
) -> Reservation:
    """`acquire` for asyncio. A task cancelled at any point - while the store answers or while
    it sleeps - gives its slot back."""
    store = bucket.store
    if store.blocking:
        reservation = await _reserve_shielded(bucket)
    else:
        reservation = bucket.reserve()
    if max_wait is not None and reservation.wait >= max_wait:
        await store.acancel(bucket.name, bucket.spec, reservation)
        return reservation
    if reservation.wait > 0:
        try:
            if on_wait is not None:
                on_wait(reservation)
            await sleep(reservation.wait)
        except BaseException:
            # Never await in a task being cancelled: give the slot back now, or in a task.
            if store.blocking:
                in_background(store.acancel(bucket.name, bucket.spec, reservation))
            else:
                bucket.cancel(reservation)
            raise
        if store.blocking:
            reservation = await store.asent(bucket.name, bucket.spec, reservation)
        else:
            reservation = bucket.sent(reservation)
    return reservation


async def _reserve_shielded(bucket: Bucket) -> Reservation:
    import asyncio  # already loaded in any coroutine; kept out of `import pylon`

    pending = asyncio.ensure_future(bucket.store.areserve(bucket.name, bucket.spec))
    try:
        return await asyncio.shield(pending)
    except asyncio.CancelledError:
        # The store may still grant the slot: give it back as soon as it does.
        pending.add_done_callback(lambda done: _give_back(bucket, done))
        raise


def _give_back(bucket: Bucket, done: asyncio.Future[Reservation]) -> None:
    if not done.cancelled() and done.exception() is None:
        in_background(bucket.store.acancel(bucket.name, bucket.spec, done.result()))


_background: set[asyncio.Future[None]] = set()


def in_background(work: Coroutine[object, object, None]) -> None:
    """Run store bookkeeping as its own task (from code that must not await, or is cancelled)."""
    import asyncio

    task = asyncio.ensure_future(work)
    _background.add(task)  # a strong reference until it is done
    task.add_done_callback(_forget)


def _forget(task: asyncio.Future[None]) -> None:
    _background.discard(task)
    if not task.cancelled():
        task.exception()  # retrieved: a failed store call is the store's outage, logged there


class RateLimiterRegistry:
    """The buckets of one client family, in one store, for one API key.

    The registry holds no setting: each transport resolves its own config's `rate_limit` to a
    limit per operation and asks for that bucket, so a `with_options` copy's setting takes effect
    on the copy. Buckets are named by operation *and* limit: transports asking for the same limit
    share a bucket, and an override gets one of its own.
    """

    def __init__(
        self, store: StateStore, prefix: str, *, burst: int = DEFAULT_RATE_LIMIT_BURST
    ) -> None:
        self.store = store
        self._prefix = prefix
        self._burst = burst
        self._buckets: dict[tuple[str, tuple[int, float]], Bucket] = {}
        self._lock = threading.Lock()

    def get(self, operation_id: str, limit: tuple[int, float]) -> Bucket:
        """The shared bucket of an operation at a limit (the transport asks before each call)."""
        key = (operation_id, (limit[0], float(limit[1])))
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = self._bucket(operation_id, limit)
            return bucket

    def peek(self, operation_id: str, limit: tuple[int, float]) -> Bucket:
        """The same bucket, for reading only: not recorded as used by this client family."""
        with self._lock:
            found = self._buckets.get((operation_id, (limit[0], float(limit[1]))))
        return found if found is not None else self._bucket(operation_id, limit)

    def called(self) -> frozenset[str]:
        """The operations this client family has paced a call of."""
        with self._lock:
            return frozenset(operation_id for operation_id, _ in self._buckets)

    def _bucket(self, operation_id: str, limit: tuple[int, float]) -> Bucket:
        spec = LimitSpec(limit[0], float(limit[1]), self._burst)
        name = f"{self._prefix}:{operation_id}:{limit[0]}/{limit[1]:g}"
        return Bucket(self.store, name, operation_id, spec)
