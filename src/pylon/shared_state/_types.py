"""What every shared-state store offers, and the values it hands back."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from .._errors import StoreUnavailableError  # defined with the other errors, importable here
from . import _schedule
from ._schedule import BucketState, LimitSpec

__all__ = [
    "Claim",
    "ClaimState",
    "DedupStore",
    "Reservation",
    "StateStore",
    "StoreUnavailableError",
    "Usage",
]

ClaimState = Literal["claimed", "in_progress", "done"]


@dataclass(frozen=True)
class Reservation:
    """A rate-limit slot: it starts `wait` seconds after it was reserved.

    `at` is on the store's clock; `token` names it in stores that need one to give it back;
    `after_429` says the wait comes from a 429 pause rather than from earlier calls.
    """

    at: float
    wait: float
    token: str | None = None
    after_429: bool = False


@dataclass(frozen=True)
class Usage:
    """One operation's limiter, as a job's ETA or a progress line wants it.

    `limit` requests per `per_seconds`; `used` grants in the last `per_seconds`; `next_free_in`
    seconds until a new call would be granted (0 when one may start now); `last_429_ago` seconds
    since the last 429 reported to the store (None: none it remembers) and `retry_after` the
    pause that 429 asked for (None: it sent no Retry-After, so the limiter paused one interval);
    `waiting` calls that hold a slot starting later (the limiter is holding them back).
    """

    limit: int
    per_seconds: float
    used: int
    next_free_in: float
    last_429_ago: float | None = None
    retry_after: float | None = None
    waiting: int = 0

    @classmethod
    def of(cls, state: BucketState, spec: LimitSpec, now: float) -> Usage:
        """The usage a bucket's state shows at `now` (every store reads it this way)."""
        last_429 = None if state.last_429 == -math.inf else max(now - state.last_429, 0.0)
        return cls(
            spec.requests,
            spec.per_seconds,
            _schedule.used(state, spec, now),
            _schedule.peek(state, spec, now) - now,
            last_429,
            state.retry_after if last_429 is not None else None,
            _schedule.waiting(state, now),
        )


@dataclass(frozen=True)
class Claim:
    """The answer to claiming a webhook delivery.

    `claimed`: this receiver runs the handlers and must then `complete` or `release` with `token`;
    `in_progress`: another receiver runs them now; `done`: they already ran successfully.
    """

    state: ClaimState
    token: str | None = None


@runtime_checkable
class DedupStore(Protocol):
    """Where webhook deliveries are claimed: the three-state part of a store.

    A delivery is *in progress* from `claim` until `complete` (done, remembered for `ttl` seconds)
    or `release` (forgotten, so the sender's retry runs the handlers again). A claim older than
    `lease` seconds counts as abandoned (its receiver died) and may be claimed again.
    """

    def claim(self, key: str, lease: float) -> Claim: ...

    def complete(self, key: str, token: str, ttl: float) -> None: ...

    def release(self, key: str, token: str) -> None: ...


@runtime_checkable
class StateStore(DedupStore, Protocol):
    """A store for the rate limiters, the webhook claims and the response cache of every
    participant sharing it.

    Each method has an async twin (`areserve`, `aclaim`, ...) that never blocks an event loop.
    Buckets and keys are opaque strings built by the SDK (the API key only ever appears hashed).
    Stores raise `StoreUnavailableError` when they cannot answer in time.
    """

    #: True when calls may block (I/O): async code then uses the `a*` twins, never the sync ones.
    blocking: bool

    @property
    def description(self) -> str:
        """What the store is, for logs: never a password."""
        ...

    def reserve(self, bucket: str, spec: LimitSpec) -> Reservation: ...

    def cancel(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> None: ...

    def sent(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> Reservation:
        """The request of `reservation` went out, or was answered, by now (the store's clock):
        later than its slot, the window after it counts from now. Returns the reservation as
        the store now holds it (`at` moved to now), to follow it up again."""

    def penalize(self, bucket: str, spec: LimitSpec, delay: float | None) -> None: ...

    def usage(self, bucket: str, spec: LimitSpec) -> Usage: ...

    def get(self, key: str) -> bytes | None:
        """The value set under `key`, or None when there is none or its time is up."""

    def set(self, key: str, value: bytes, ttl: float) -> None:
        """Keep `value` under `key` for `ttl` seconds, replacing what was there."""

    async def aget(self, key: str) -> bytes | None: ...

    async def aset(self, key: str, value: bytes, ttl: float) -> None: ...

    async def areserve(self, bucket: str, spec: LimitSpec) -> Reservation: ...

    async def acancel(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> None: ...

    async def asent(
        self, bucket: str, spec: LimitSpec, reservation: Reservation
    ) -> Reservation: ...

    async def apenalize(self, bucket: str, spec: LimitSpec, delay: float | None) -> None: ...

    async def aclaim(self, key: str, lease: float) -> Claim: ...

    async def acomplete(self, key: str, token: str, ttl: float) -> None: ...

    async def arelease(self, key: str, token: str) -> None: ...

    def close(self) -> None: ...

    async def aclose(self) -> None: ...
