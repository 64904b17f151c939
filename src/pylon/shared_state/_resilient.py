"""A shared store that never holds an application hostage: in-process pacing while it is down.

`ResilientStore` wraps a SQLite or Redis store. While the store answers, everything goes through
it. When it does not (`StoreUnavailableError`): one WARNING for the outage; rate limits are paced
by an in-process store at the same documented limits (each process on its own, so a fleet may
overshoot until the store is back, and Pylon's 429s slow it); webhook claims fail fast, so the
handler answers 503 and the sender delivers again later (a delivery whose handlers finished
just as the store went away is recorded as done at the next claim once it is back); the response
cache misses (every read goes to Pylon), and the values it could not write - the marks that a
write made cached reads stale among them - are written as soon as the store answers, before
anything is read from it again. The shared store is tried again after a
short pause that grows while the outage lasts (0.5 s up to 2 s); its first answer ends the outage
(logged once) and everything is shared again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from .._constants import STORE_RETRY_FIRST_PAUSE, STORE_RETRY_MAX_PAUSE
from ._memory import InProcessStore
from ._schedule import LimitSpec
from ._types import Claim, Reservation, StateStore, StoreUnavailableError, Usage

__all__ = ["ResilientStore"]

logger = logging.getLogger("pylon")

_LOCAL = "local"  # the token of a reservation the in-process fallback made
_MAX_UNWRITTEN = 1024  # values kept for writing once the store is back; the oldest go first
_FIRST_PAUSE, _MAX_PAUSE = STORE_RETRY_FIRST_PAUSE, STORE_RETRY_MAX_PAUSE


class ResilientStore:
    """`shared`, with in-process pacing and fast failure while it does not answer."""

    def __init__(self, shared: StateStore, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.shared = shared
        self.local = InProcessStore(clock=clock)
        self.blocking = shared.blocking
        self._clock = clock
        self._lock = threading.Lock()
        self._down_since: float | None = None
        self._up_since = float("-inf")
        self._retry_at = 0.0
        self._pause = _FIRST_PAUSE
        # Deliveries handled while the store was down, to record as done once it answers.
        self._unrecorded: list[tuple[str, str, float]] = []
        # Values set while the store was down: key -> (value, expiry on our clock).
        self._unwritten: OrderedDict[str, tuple[bytes, float]] = OrderedDict()

    @property
    def description(self) -> str:
        return self.shared.description

    @property
    def down(self) -> bool:
        """True during an outage (the shared store's last answer was a failure)."""
        return self._down_since is not None

    def __repr__(self) -> str:
        return f"ResilientStore({self.shared!r})"

    # -- outage bookkeeping ---------------------------------------------------------------------

    def _worth_trying(self) -> bool:
        return self._down_since is None or self._clock() >= self._retry_at

    def failed(self, error: StoreUnavailableError, started: float | None = None) -> None:
        """A call that began at `started` failed. One that began before the store last came
        back belongs to the outage already reported (a slow connect), not to a new one."""
        with self._lock:
            now = self._clock()
            if started is not None and started < self._up_since:
                return
            if self._down_since is None:
                self._down_since, self._pause = now, _FIRST_PAUSE
                logger.warning(
                    "shared_state %s is unavailable (%s): rate limits are paced in this process"
                    " and webhook deliveries are answered 503 until it answers again.",
                    self.description,
                    error,
                )
            else:
                self._pause = min(self._pause * 2, _MAX_PAUSE)
            self._retry_at = now + self._pause

    def answered(self) -> None:
        if self._down_since is None:
            return
        with self._lock:
            if self._down_since is not None:
                logger.warning(
                    "shared_state %s answers again after %.1f s: rate limits and webhook claims"
                    " are shared again.",
                    self.description,
                    self._clock() - self._down_since,
                )
                self._down_since = None
                self._up_since = self._clock()

    def _unavailable(self) -> StoreUnavailableError:
        return StoreUnavailableError(
            f"shared_state {self.description} is unavailable; retrying it shortly."
        )

    # -- rate limits ----------------------------------------------------------------------------

    def reserve(self, bucket: str, spec: LimitSpec) -> Reservation:
        if self._worth_trying():
            started = self._clock()
            try:
                reservation = self.shared.reserve(bucket, spec)
            except StoreUnavailableError as error:
                self.failed(error, started)
            else:
                self.answered()
                return reservation
        return replace(self.local.reserve(bucket, spec), token=_LOCAL)

    async def areserve(self, bucket: str, spec: LimitSpec) -> Reservation:
        if self._worth_trying():
            started = self._clock()
            try:
                reservation = await self.shared.areserve(bucket, spec)
            except StoreUnavailableError as error:
                self.failed(error, started)
            else:
                self.answered()
                return reservation
        return replace(self.local.reserve(bucket, spec), token=_LOCAL)

    # A reservation is followed up (given back, or reported sent or answered late) in the store
    # that made it. If the shared store does not answer, the slot keeps its planned time there:
    # an unreturned slot lapses (a little slower); a late answer is not counted, so only the
    # margin covers it until the store is back.

    def _follow_up(
        self, action: str, bucket: str, spec: LimitSpec, reservation: Reservation
    ) -> None:
        if reservation.token == _LOCAL:
            getattr(self.local, action)(bucket, spec, reservation)
            return
        started = self._clock()
        try:
            getattr(self.shared, action)(bucket, spec, reservation)
        except StoreUnavailableError as error:
            self.failed(error, started)

    async def _afollow_up(
        self, action: str, bucket: str, spec: LimitSpec, reservation: Reservation
    ) -> None:
        if reservation.token == _LOCAL:
            getattr(self.local, action)(bucket, spec, reservation)
            return
        started = self._clock()
        try:
            await getattr(self.shared, f"a{action}")(bucket, spec, reservation)
        except StoreUnavailableError as error:
            self.failed(error, started)

    def cancel(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> None:
        self._follow_up("cancel", bucket, spec, reservation)

    async def acancel(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> None:
        await self._afollow_up("cancel", bucket, spec, reservation)

    def sent(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> Reservation:
        if reservation.token == _LOCAL:
            return self.local.sent(bucket, spec, reservation)  # keeps its token
        self._follow_up("sent", bucket, spec, reservation)
        return reservation  # the shared store finds it by its token

    async def asent(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> Reservation:
        if reservation.token == _LOCAL:
            return self.local.sent(bucket, spec, reservation)  # keeps its token
        await self._afollow_up("sent", bucket, spec, reservation)
        return reservation

    def penalize(self, bucket: str, spec: LimitSpec, delay: float | None) -> None:
        self.local.penalize(bucket, spec, delay)
        if self._worth_trying():
            started = self._clock()
            try:
                self.shared.penalize(bucket, spec, delay)
            except StoreUnavailableError as error:
                self.failed(error, started)
            else:
                self.answered()

    async def apenalize(self, bucket: str, spec: LimitSpec, delay: float | None) -> None:
        self.local.penalize(bucket, spec, delay)
        if self._worth_trying():
            started = self._clock()
            try:
                await self.shared.apenalize(bucket, spec, delay)
            except StoreUnavailableError as error:
                self.failed(error, started)
            else:
                self.answered()

    def usage(self, bucket: str, spec: LimitSpec) -> Usage:
        if self._worth_trying():
            started = self._clock()
            try:
                return self.shared.usage(bucket, spec)
            except StoreUnavailableError as error:
                self.failed(error, started)
        return self.local.usage(bucket, spec)

    # -- webhook claims: no local substitute (another process may hold the delivery) -----------

    def claim(self, key: str, lease: float) -> Claim:
        if not self._worth_trying():
            raise self._unavailable()
        started = self._clock()
        try:
            claim = self.shared.claim(key, lease)
        except StoreUnavailableError as error:
            self.failed(error, started)
            raise
        self.answered()
        self._record_pending()  # deliveries handled during the outage, before their leases lapse
        return claim

    async def aclaim(self, key: str, lease: float) -> Claim:
        if not self._worth_trying():
            raise self._unavailable()
        started = self._clock()
        try:
            claim = await self.shared.aclaim(key, lease)
        except StoreUnavailableError as error:
            self.failed(error, started)
            raise
        self.answered()
        await self._arecord_pending()
        return claim

    def complete(self, key: str, token: str, ttl: float) -> None:
        # The handlers ran: if the store cannot record it now, record it as soon as it answers,
        # before the claim's lease lapses and another receiver runs them again.
        started = self._clock()
        try:
            self.shared.complete(key, token, ttl)
        except StoreUnavailableError as error:
            self._unrecorded.append((key, token, ttl))
            self.failed(error, started)

    async def acomplete(self, key: str, token: str, ttl: float) -> None:
        started = self._clock()
        try:
            await self.shared.acomplete(key, token, ttl)
        except StoreUnavailableError as error:
            self._unrecorded.append((key, token, ttl))
            self.failed(error, started)

    def _record_pending(self) -> None:
        while self._unrecorded:
            key, token, ttl = self._unrecorded[0]
            try:
                self.shared.complete(key, token, ttl)
            except StoreUnavailableError:
                return
            self._unrecorded.pop(0)

    async def _arecord_pending(self) -> None:
        while self._unrecorded:
            key, token, ttl = self._unrecorded[0]
            try:
                await self.shared.acomplete(key, token, ttl)
            except StoreUnavailableError:
                return
            self._unrecorded.pop(0)

    # -- values (the response cache): a miss while down, unwritten values kept for later -------

    def get(self, key: str) -> bytes | None:
        if not self._worth_trying():
            return None
        started = self._clock()
        try:
            self._write_pending()
            value = self.shared.get(key)
        except StoreUnavailableError as error:
            self.failed(error, started)
            return None
        self.answered()
        return value

    async def aget(self, key: str) -> bytes | None:
        if not self._worth_trying():
            return None
        started = self._clock()
        try:
            await self._awrite_pending()
            value = await self.shared.aget(key)
        except StoreUnavailableError as error:
            self.failed(error, started)
            return None
        self.answered()
        return value

    def set(self, key: str, value: bytes, ttl: float) -> None:
        started = self._clock()
        try:
            self._write_pending()
            self.shared.set(key, value, ttl)
        except StoreUnavailableError as error:
            self._keep_unwritten(key, value, started + ttl)
            self.failed(error, started)

    async def aset(self, key: str, value: bytes, ttl: float) -> None:
        started = self._clock()
        try:
            await self._awrite_pending()
            await self.shared.aset(key, value, ttl)
        except StoreUnavailableError as error:
            self._keep_unwritten(key, value, started + ttl)
            self.failed(error, started)

    def _keep_unwritten(self, key: str, value: bytes, expiry: float) -> None:
        with self._lock:
            self._unwritten.pop(key, None)
            self._unwritten[key] = (value, expiry)
            while len(self._unwritten) > _MAX_UNWRITTEN:
                self._unwritten.popitem(last=False)

    def _next_unwritten(self) -> tuple[str, bytes, float] | None:
        """The oldest value still to write with its remaining time (expired ones dropped)."""
        with self._lock:
            while self._unwritten:
                key, (value, expiry) = next(iter(self._unwritten.items()))
                ttl = expiry - self._clock()
                if ttl > 0:
                    return key, value, ttl
                del self._unwritten[key]
        return None

    def _written(self, key: str, value: bytes) -> None:
        with self._lock:
            if self._unwritten.get(key, (None,))[0] is value:
                del self._unwritten[key]

    def _write_pending(self) -> None:
        while (pending := self._next_unwritten()) is not None:
            key, value, ttl = pending
            self.shared.set(key, value, ttl)
            self._written(key, value)

    async def _awrite_pending(self) -> None:
        while (pending := self._next_unwritten()) is not None:
            key, value, ttl = pending
            await self.shared.aset(key, value, ttl)
            self._written(key, value)

    def release(self, key: str, token: str) -> None:
        self.shared.release(key, token)

    async def arelease(self, key: str, token: str) -> None:
        await self.shared.arelease(key, token)

    def close(self) -> None:
        self.shared.close()

    async def aclose(self) -> None:
        await self.shared.aclose()
