"""The rate-limit schedule, as pure functions over a small state: the one algorithm every backend
runs (the in-process and SQLite stores call these functions; the Redis store runs the same steps
in a Lua script, and a test holds the two to one table).

Guarantees, whatever the server's window kind (Pylon does not say whether it is fixed or sliding):

* no window of `per_seconds + margin` holds more than `requests` grants - this bounds every fixed
  window too, since each fixed window is such a window;
* after a burst of `burst`, grants are spaced `per_seconds / requests` apart (GCRA: `tat` is the
  "theoretical arrival time" of the next grant), so the load is smooth rather than a burst of
  `requests` followed by a minute of silence;
* a grant whose request went out late, or was answered, counts its window from then (`sent`):
  the server counted the request no later than its answer came back;
* a cancelled reservation is given back exactly: its time leaves the log and, if it still lies
  ahead, becomes a *hole* that the next reservation takes. The set of future grant times is then
  what it would have been had the cancelled call never been made, so no window constraint that
  later grants were computed under can break.

A 429 from the server feeds back through `penalize`: nothing is granted before the server's
Retry-After (or one interval), holes before then are dropped, and the burst allowance is spent.
The state remembers when the last 429 came and the pause it asked for, so `client.rate_limits`
can show it to every process sharing the store.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from .._constants import DEFAULT_RATE_LIMIT_BURST

__all__ = [
    "BucketState",
    "LimitSpec",
    "after_penalty",
    "cancel",
    "peek",
    "penalize",
    "reserve",
    "sent",
    "used",
    "waiting",
]

_NEVER = -math.inf
# The margin is for what the log cannot know. Each grant's time moves to when its answer came
# (`sent`), so however long a request took to reach the server, the window after it counts from
# a time the server had counted it by; the margin is left to cover a grant computed while the
# one `requests` grants before it was still unanswered (as many callers as the limit queued at
# once), whose delay does not shrink with the window (a scaled simulator's, a custom short
# limit): hence a floor, of the order of a loaded machine's scheduling delay.
_MIN_MARGIN = 0.05


@dataclass(frozen=True)
class LimitSpec:
    """A documented limit (`requests` per `per_seconds`) and how the limiter keeps under it."""

    requests: int
    per_seconds: float
    burst: int = DEFAULT_RATE_LIMIT_BURST
    margin: float | None = None  # default 1% of the window (at least 0.05 s)

    def __post_init__(self) -> None:
        if self.requests < 1 or not self.per_seconds > 0:
            raise ValueError("a rate limit needs requests ≥ 1 and per_seconds > 0")
        object.__setattr__(self, "burst", max(1, min(self.burst, self.requests)))
        if self.margin is None:
            object.__setattr__(self, "margin", max(self.per_seconds / 100, _MIN_MARGIN))

    @property
    def interval(self) -> float:
        return self.per_seconds / self.requests

    @property
    def tolerance(self) -> float:
        return (self.burst - 1) * self.interval

    @property
    def window(self) -> float:
        """The window no more than `requests` grants may share: `per_seconds` plus the margin."""
        return self.per_seconds + (self.margin or 0.0)


@dataclass
class BucketState:
    """One operation's schedule: plain numbers and sorted lists, so a store can keep it as JSON.

    `log` holds the times of live grants (past ones still inside a window, and future ones that
    callers are waiting for); `holes` the cancelled future slots, taken first by `reserve`.
    """

    tat: float = _NEVER
    floor: float = _NEVER  # nothing is granted before this: FIFO order and 429 feedback
    penalty: float = _NEVER  # the end of the last 429 pause, to say why a wait is long
    log: list[float] = field(default_factory=list)
    holes: list[float] = field(default_factory=list)
    last_429: float = _NEVER  # when the last 429 was reported
    retry_after: float | None = None  # the pause that 429 asked for (None: no Retry-After)

    def to_json(self) -> dict[str, object]:
        return {
            "tat": None if self.tat == _NEVER else self.tat,
            "floor": None if self.floor == _NEVER else self.floor,
            "penalty": None if self.penalty == _NEVER else self.penalty,
            "log": self.log,
            "holes": self.holes,
            "last_429": None if self.last_429 == _NEVER else self.last_429,
            "retry_after": self.retry_after,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> BucketState:
        def number(value: object) -> float:
            return float(value) if isinstance(value, (int, float)) else _NEVER

        def times(value: object) -> list[float]:
            return sorted(float(v) for v in value) if isinstance(value, list) else []

        retry_after = data.get("retry_after")
        return cls(
            number(data.get("tat")),
            number(data.get("floor")),
            number(data.get("penalty")),
            times(data.get("log")),
            times(data.get("holes")),
            number(data.get("last_429")),
            float(retry_after) if isinstance(retry_after, (int, float)) else None,
        )


def _prune(state: BucketState, spec: LimitSpec, now: float) -> None:
    # A grant older than one window before `now` can no longer share a window with a new one.
    cut = bisect.bisect_left(state.log, now - spec.window)
    if cut:
        del state.log[:cut]
    cut = bisect.bisect_left(state.holes, now)
    if cut:
        del state.holes[:cut]


def _tail(state: BucketState, spec: LimitSpec, now: float) -> float:
    """The earliest time a new grant may take after every live one."""
    at = max(now, state.floor, state.tat - spec.tolerance)
    if len(state.log) >= spec.requests:
        at = max(at, state.log[-spec.requests] + spec.window)
    return at


def _fits(state: BucketState, spec: LimitSpec, at: float) -> float | None:
    """Whether a grant at `at` keeps both guarantees among the live grants; if so, the GCRA
    arrival time after the last grant once it is added (else None)."""
    merged = list(state.log)
    position = bisect.bisect_right(merged, at)
    merged.insert(position, at)
    n = spec.requests
    for first in range(max(position - n, 0), min(position, len(merged) - n - 1) + 1):
        if merged[first + n] - merged[first] < spec.window:
            return None
    tat = _NEVER
    for grant in merged:
        if grant < tat - spec.tolerance - 1e-9:
            return None
        tat = max(tat, grant) + spec.interval
    return tat


def reserve(state: BucketState, spec: LimitSpec, now: float) -> float:
    """Take the next free slot and return its time (≥ `now`).

    After cancellations have left gaps (holes), the earliest of "now" and the holes that still
    fits is taken - so a caller after a wave of cancelled calls does not queue behind them;
    otherwise the slot after every live grant.
    """
    _prune(state, spec, now)
    if state.holes:
        start = max(now, state.penalty)
        candidates = [start, *(hole for hole in state.holes if hole > start)]
        for at in candidates:
            tat = _fits(state, spec, at)
            if tat is None:
                continue
            if at in state.holes:
                state.holes.remove(at)
            bisect.insort(state.log, at)
            state.tat = max(state.tat, tat)
            state.floor = max(state.floor, at)
            return at
        state.holes.clear()  # none fits any more: the gaps they marked have filled
    at = _tail(state, spec, now)
    state.tat = max(state.tat, at) + spec.interval
    state.floor = at
    state.log.append(at)
    return at


def cancel(state: BucketState, at: float, now: float) -> bool:
    """Give back a reservation that was never used; False if it was not live (already given
    back, or too old to matter)."""
    index = bisect.bisect_left(state.log, at)
    if index == len(state.log) or state.log[index] != at:
        return False
    del state.log[index]
    if at >= now:
        bisect.insort(state.holes, at)
    return True


def sent(state: BucketState, at: float, now: float) -> bool:
    """The request of the grant at `at` went out at `now`. When that is later (the process was
    stalled past its slot, by load or a pause), the log keeps the real time, so the window after
    it counts from when it went out; otherwise the request granted one window later could reach
    the server less than a window after it. False when nothing changed."""
    if now <= at:
        return False
    index = bisect.bisect_left(state.log, at)
    if index == len(state.log) or state.log[index] != at:
        return False  # given back, or already out of every window
    del state.log[index]
    bisect.insort(state.log, now)
    return True


def penalize(state: BucketState, spec: LimitSpec, now: float, delay: float | None) -> None:
    """The server answered 429: grant nothing for `delay` seconds (default one interval)."""
    until = now + (spec.interval if delay is None else max(delay, 0.0))
    state.last_429, state.retry_after = now, None if delay is None else max(delay, 0.0)
    state.floor = max(state.floor, until)
    state.penalty = max(state.penalty, until)
    state.tat = max(state.tat, until + spec.tolerance)
    cut = bisect.bisect_left(state.holes, until)
    if cut:
        del state.holes[:cut]


def peek(state: BucketState, spec: LimitSpec, now: float) -> float:
    """When `reserve` would grant, without taking anything."""
    probe = BucketState(state.tat, state.floor, state.penalty, list(state.log), list(state.holes))
    return reserve(probe, spec, now)


def after_penalty(state: BucketState, spec: LimitSpec, at: float) -> bool:
    """Whether a grant at `at` waits because of a 429 (rather than behind earlier calls)."""
    return at <= state.penalty + spec.interval


def used(state: BucketState, spec: LimitSpec, now: float) -> int:
    """Grants in the last `per_seconds` up to now (those still ahead are not counted)."""
    return bisect.bisect_right(state.log, now) - bisect.bisect_right(
        state.log, now - spec.per_seconds
    )


def waiting(state: BucketState, now: float) -> int:
    """Grants whose slot starts after `now`: calls the limiter is holding back."""
    return len(state.log) - bisect.bisect_right(state.log, now)
