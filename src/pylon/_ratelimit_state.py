"""`client.rate_limits`: what each operation's client-side limiter shows right now.

A read-only view over the limiters the client's transport already keeps (one bucket per
operation, in the client's shared-state store): nothing is counted twice, and with a SQLite or
Redis `shared_state` the numbers are those of every process sharing the key. Each read asks the
store afresh, so the view is never stale; with a SQLite or Redis store each operation read is
one store round trip.

`RateLimits` is a mapping from operation id to `RateLimitState`, iterating the operations that
have a limit in force for this client (the spec's documented one, or the client's override); it
is also indexed by the facade method that sends an operation (`"issues.search"`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from ._constants import RATE_LIMIT_NEAR_SHARE
from ._public import publish

if TYPE_CHECKING:
    from ._ratelimit import Bucket
    from ._routes import Route

__all__ = ["Last429", "RateLimitState", "RateLimits"]


@dataclass(frozen=True)
class Last429:
    """The last 429 the limiter was told about, by any client sharing its store.

    `at` is when it came (UTC); `retry_after` the pause in seconds it asked for, as the limiter
    applied it (Pylon's `Retry-After`, capped at 120 s), or None when it sent no `Retry-After`
    (the limiter then paused one interval).
    """

    at: datetime
    retry_after: float | None

    def __str__(self) -> str:
        pause = (
            "no Retry-After" if self.retry_after is None else f"Retry-After {self.retry_after:g} s"
        )
        return f"{self.at.isoformat(timespec='seconds')} ({pause})"


@dataclass(frozen=True)
class RateLimitState:
    """One operation's limiter now.

    * `limit` requests per `per_seconds`: the limit in force (`documented` is the spec's own,
      which differs when the client overrides it);
    * `paced`: whether the client paces this operation (False with `rate_limit=False`; then
      `used` and `next_free_in` stay 0);
    * `used`: requests granted in the last `per_seconds`, by every client sharing the store;
    * `next_free_in`: seconds until a new call would be granted (0: one may start now);
    * `waiting`: calls holding a slot that starts later - the limiter is holding them back;
    * `last_429`: the last 429 the limiter remembers (a window or more after its pause ends;
      the in-process store, for the client's lifetime), or None.
    """

    operation_id: str
    method: str
    path: str
    limit: int
    per_seconds: float
    documented: tuple[int, float] | None
    paced: bool
    used: int
    next_free_in: float
    waiting: int
    last_429: Last429 | None

    @property
    def remaining(self) -> int:
        """Requests the current window still allows."""
        return max(self.limit - self.used, 0)

    @property
    def holding_back(self) -> bool:
        """Whether calls wait for their slot now, or a call started now would."""
        return self.waiting > 0 or self.next_free_in > 0

    @property
    def interval(self) -> float:
        """Seconds between calls at the limit, once the small burst is spent."""
        return self.per_seconds / self.limit

    def seconds_for(self, requests: int) -> float:
        """How long until `requests` more calls have started, counting the calls already waiting
        for a slot among them (a job's own queued calls): those start before the next free slot;
        each further call takes one interval after it (the limiter's pacing)."""
        if requests <= 0:
            return 0.0
        further = max(requests - self.waiting - 1, 0)
        return self.next_free_in + further * self.interval

    def __str__(self) -> str:
        line = f"{self.operation_id}: {self.used}/{self.limit} per {self.per_seconds:g} s"
        if not self.paced:
            line += " (not paced)"
        elif self.holding_back:
            line += f", next slot in {self.next_free_in:.1f} s"
            if self.waiting:
                line += f" ({self.waiting} waiting)"
        if self.last_429 is not None:
            line += f", last 429 at {self.last_429}"
        return line


def _wall_time(ago: float, wall_clock: Callable[[], float]) -> datetime:
    return datetime.fromtimestamp(wall_clock() - ago, timezone.utc)


class RateLimits(Mapping[str, RateLimitState]):
    """The client's rate limiters, by operation id (or facade method name, e.g.
    `"issues.search"`), iterating the operations with a limit in force. Read-only: every item
    is read from the store when asked for.

    `transport` is the client's Pylon transport; `facade_names` gives the operations each facade
    method sends (worked out on the first lookup by name).
    """

    def __init__(
        self,
        transport: Any,
        facade_names: Callable[[], Mapping[str, tuple[str, ...]]],
        *,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._transport = transport
        self._facade_names = facade_names
        self._wall_clock = wall_clock
        self._buckets: dict[str, tuple[Route, tuple[int, float], Bucket | None]] = {
            route.operation_id: (route, limit, bucket)
            for route, limit, bucket in transport.rate_limit_buckets()
        }
        self._names: Mapping[str, tuple[str, ...]] | None = None

    def __getitem__(self, key: str) -> RateLimitState:
        if not isinstance(key, str):
            raise KeyError(key)
        found = self._buckets.get(key)
        if found is None:
            found = self._buckets.get(self._operation_of(key))
        if found is None:
            raise KeyError(key)
        route, limit, bucket = found
        return self._state(route, limit, bucket)

    def _operation_of(self, name: str) -> str:
        """The operation a facade method sends (`"issues.search"` -> `"SearchIssues"`)."""
        if "." not in name:
            return name
        if self._names is None:
            self._names = self._facade_names()
        operations = self._names.get(name, ())
        limited = [op for op in operations if op in self._buckets]
        if len(limited) > 1:
            raise KeyError(
                f"{name} sends several operations ({', '.join(limited)}); index by one of them."
            )
        return limited[0] if limited else name

    def _state(
        self, route: Route, limit: tuple[int, float], bucket: Bucket | None
    ) -> RateLimitState:
        operation_id = route.operation_id or ""
        usage = bucket.usage() if bucket is not None else None
        last_429 = None
        if usage is not None and usage.last_429_ago is not None:
            last_429 = Last429(_wall_time(usage.last_429_ago, self._wall_clock), usage.retry_after)
        return RateLimitState(
            operation_id=operation_id,
            method=route.method,
            path=route.template or "",
            limit=limit[0],
            per_seconds=limit[1],
            documented=route.rate_limit,
            paced=bucket is not None,
            used=usage.used if usage else 0,
            next_free_in=max(usage.next_free_in, 0.0) if usage else 0.0,
            waiting=usage.waiting if usage else 0,
            last_429=last_429,
        )

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._buckets))

    def __len__(self) -> int:
        return len(self._buckets)

    def seconds_for(self, operation_id: str, requests: int) -> float | None:
        """How long `requests` more calls of an operation take from now at its pacing (None when
        the client does not pace it): what the export and bulk jobs' ETAs read."""
        found = self._buckets.get(operation_id)
        if found is None or found[2] is None:
            return None
        return self._state(*found).seconds_for(requests)

    def held_back(self) -> list[RateLimitState]:
        """The operations this client (or a copy) has called whose limiter holds calls back now.

        It reads only those operations' limiters - what a frequent check such as `health()`
        wants with a store one round trip away; `busy()` reads them all."""
        called = self._transport.called_operations()
        states = (self[op] for op in self if op in called)
        return [state for state in states if state.holding_back]

    def busy(self, share: float = RATE_LIMIT_NEAR_SHARE) -> list[RateLimitState]:
        """The operations near their limit: holding calls back, at least `share` of the window
        used, or with a 429 in the last window."""
        if not (isinstance(share, (int, float)) and 0 <= share <= 1) or isinstance(share, bool):
            from ._errors import PylonConfigError

            raise PylonConfigError(f"busy(share=...) must be between 0 and 1, got {share!r}.")
        now = self._wall_clock()
        found = []
        for operation_id in self:
            state = self[operation_id]
            recent_429 = state.last_429 is not None and (
                now - state.last_429.at.timestamp() <= state.per_seconds
            )
            near = state.used > 0 and state.used >= math.ceil(share * state.limit)
            if state.holding_back or recent_429 or near:
                found.append(state)
        return found

    def __repr__(self) -> str:
        busy = self.busy()
        shown = "; ".join(str(state) for state in busy) if busy else "none near its limit"
        return f"<RateLimits {len(self)} operations: {shown}>"


publish(__name__)
