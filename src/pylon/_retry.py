"""The retry policy, written once.

Everything that decides *whether* and *when* to retry is a pure function of the outcome of an
attempt (a status and headers, or an exception), the kind of operation, and the time. The
transport drives these functions through tenacity; the sync and async transports differ only in
how they sleep and send. The policy:

| outcome                                         | read | idempotent | create            |
|-------------------------------------------------|------|------------|-------------------|
| ConnectError, ConnectTimeout, PoolTimeout       | yes  | yes        | yes (never sent)  |
| 429                                             | yes  | yes        | yes (configurable)|
| 408, 500, 502, 503, 504                         | yes  | yes        | no: may be done   |
| ReadTimeout, WriteTimeout, Read/WriteError,     | yes  | yes        | no: may be done   |
| RemoteProtocolError                             |      |            |                   |
| any other 4xx, 2xx, 3xx, other exceptions       | no   | no         | no                |

A request whose body cannot be replayed (a generator or another one-shot stream) is never retried.

Delays (the names are `_constants`' defaults): the server's `retry-after-ms` / `Retry-After`
(seconds or an HTTP date) when it is in (0, MAX_RETRY_AFTER] s; above that the request is not
retried at all and the caller sees the status (a `RateLimitError` with `retry_after` for 429).
Otherwise `min(INITIAL_RETRY_DELAY * 2**n, MAX_RETRY_DELAY) * U[0.75, 1]` for the n-th retry, except a 429 without a usable Retry-After on an operation with a known rate limit,
which waits one token interval of that operation (6 s at 10/min) times U[1, 1.25]: a short
exponential wait would only burn the retries inside a per-minute window. No sleep starts that would cross the
per-call deadline.

tenacity keeps per-run state on the controller, and `AsyncRetrying` keeps it on the instance, so
one shared controller gives wrong answers under concurrency (jd/tenacity#93).
`RetryRun` therefore builds a fresh controller for every request.
"""

from __future__ import annotations

import functools
import http
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._constants import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
)
from ._response_info import OpClass, StopReason, parse_retry_after

if TYPE_CHECKING:
    import tenacity

__all__ = [
    "Decision",
    "Outcome",
    "OutcomeKind",
    "RetryPolicy",
    "RetryRun",
    "backoff_delay",
    "classify_outcome",
    "is_replayable",
    "rate_limit_delay",
    "settled",
]

OutcomeKind = Literal["ok", "never_sent", "maybe_sent", "server", "rate_limited", "fatal"]

# The exponent is clamped so that retry number 1000 (or 10**9) cannot overflow a float.
_MAX_EXPONENT = 32

# Failures that happen before any byte of the request could reach the server: safe to retry
# for every method, creates included.
_NEVER_SENT: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Failures after the request may have been (partly) delivered: the server may have acted on it.
_MAYBE_SENT: tuple[type[Exception], ...] = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
_SERVER_STATUSES = frozenset({408, 500, 502, 503, 504})


@dataclass(frozen=True)
class Outcome:
    """What one attempt produced: a status with its headers, or an exception."""

    status: int | None = None
    headers: Mapping[str, str] | None = None
    error: BaseException | None = None

    @classmethod
    def of_response(cls, response: httpx.Response) -> Outcome:
        return cls(status=response.status_code, headers=response.headers)

    @property
    def description(self) -> str:
        """A short human label: `503 Service Unavailable` or `ReadTimeout`."""
        if self.error is not None:
            return type(self.error).__name__
        try:
            phrase = http.HTTPStatus(self.status or 0).phrase
        except ValueError:
            phrase = ""
        return f"{self.status} {phrase}".rstrip()


@dataclass(frozen=True)
class Decision:
    """The policy's answer for one outcome."""

    retry: bool
    delay: float = 0.0
    kind: OutcomeKind = "ok"
    reason: str = ""
    stop_reason: StopReason | None = None
    maybe_processed: bool = False
    retry_after: float | None = None


@functools.lru_cache(maxsize=64)
def settled(status: int | None) -> Decision:
    """The verdict on a status the table never retries (2xx, 3xx, most 4xx): the same for every
    call, so it is built once per status rather than once per request."""
    return Decision(retry=False, kind="ok", reason=Outcome(status=status).description)


def classify_outcome(outcome: Outcome) -> OutcomeKind:
    """Sort an outcome into the rows of the policy table."""
    if outcome.error is not None:
        if isinstance(outcome.error, _NEVER_SENT):
            return "never_sent"
        if isinstance(outcome.error, _MAYBE_SENT):
            return "maybe_sent"
        return "fatal"
    if outcome.status == 429:
        return "rate_limited"
    if outcome.status in _SERVER_STATUSES:
        return "server"
    return "ok"


def backoff_delay(retries_taken: int, rand: float) -> float:
    """`min(INITIAL_RETRY_DELAY * 2**n, MAX_RETRY_DELAY) * (1 - 0.25 * rand)`, jittered down by ≤25%.

    `rand` is a uniform draw in [0, 1]; tests pin it to 0 (no jitter) or 1 (the minimum).
    """
    exponent = min(max(retries_taken, 0), _MAX_EXPONENT)
    base = min(INITIAL_RETRY_DELAY * 2.0**exponent, MAX_RETRY_DELAY)
    return base * (1.0 - 0.25 * _unit(rand))


def rate_limit_delay(interval: float, rand: float) -> float:
    """Wait after a 429 without Retry-After: one token interval, jittered *up* by ≤25%.

    Coming back early would only meet the same per-minute window again.
    """
    return interval * (1.0 + 0.25 * _unit(rand))


def _unit(rand: float) -> float:
    return min(max(rand, 0.0), 1.0) if math.isfinite(rand) else 0.0


def is_replayable(request: httpx.Request) -> bool:
    """Whether the request body can be sent again: bytes yes, one-shot streams no.

    httpx keeps `json=`, `data=` and `content=bytes` bodies as a `ByteStream`. Multipart bodies
    re-read their files from the start on every send, which works for bytes and seekable files.
    """
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return True
    fields = getattr(stream, "fields", None)  # httpx's multipart stream
    if not isinstance(fields, list):
        return False
    return all(_field_replayable(field) for field in fields)


def _field_replayable(field: object) -> bool:
    if not hasattr(field, "file"):
        return True  # a plain form value
    file = field.file
    if isinstance(file, str | bytes):
        return True
    seekable = getattr(file, "seekable", None)
    return bool(seekable()) if callable(seekable) else False


@dataclass(frozen=True)
class RetryPolicy:
    """The knobs of the policy; `decide` is the whole table above."""

    max_retries: int = DEFAULT_MAX_RETRIES
    deadline: float | None = DEFAULT_DEADLINE
    retry_creates_on_429: bool = True

    def decide(
        self,
        outcome: Outcome,
        *,
        op_class: OpClass,
        retries_taken: int,
        elapsed: float,
        replayable: bool = True,
        rate_interval: float | None = None,
        now: float = 0.0,
        rand: float = 0.0,
    ) -> Decision:
        """Decide what to do after an attempt.

        `elapsed` counts seconds since the first attempt was sent, `now` is wall-clock time for
        HTTP dates, `rate_interval` the operation's seconds per request when it has a known
        limit, and `rand` a uniform draw in [0, 1] for jitter.
        """
        kind = classify_outcome(outcome)
        if kind == "ok":
            # Nothing to wait for and nothing to stop: most calls, answered without reading the
            # headers for a Retry-After that would not be used.
            return settled(outcome.status)
        maybe = kind in ("maybe_sent", "server")
        retry_after = parse_retry_after(outcome.headers, now) if outcome.status else None
        base = Decision(
            retry=False,
            kind=kind,
            reason=outcome.description,
            maybe_processed=maybe,
            retry_after=retry_after,
        )
        stop = self._stop_reason(kind, op_class, retries_taken, replayable, retry_after)
        if kind in ("ok", "fatal") or stop is not None:
            return replace(base, stop_reason=stop)
        if retry_after is not None:
            delay = retry_after
        elif kind == "rate_limited" and rate_interval:
            delay = rate_limit_delay(rate_interval, rand)
        else:
            delay = backoff_delay(retries_taken, rand)
        if self.deadline is not None and elapsed + delay >= self.deadline:
            return replace(base, stop_reason="deadline")
        return replace(base, retry=True, delay=delay)

    def _stop_reason(
        self,
        kind: OutcomeKind,
        op_class: OpClass,
        retries_taken: int,
        replayable: bool,
        retry_after: float | None,
    ) -> StopReason | None:
        if kind in ("ok", "fatal"):
            return None
        if op_class == "create" and kind in ("maybe_sent", "server"):
            return "maybe_processed"
        if op_class == "create" and kind == "rate_limited" and not self.retry_creates_on_429:
            return "creates_not_retried_on_429"
        if not replayable:
            return "not_replayable"
        if retries_taken >= self.max_retries:
            return "retries_exhausted"
        if retry_after is not None and retry_after > MAX_RETRY_AFTER:
            return "retry_after_too_long"
        return None


class RetryRun:
    """Per-request bridge between tenacity and `RetryPolicy.decide`.

    Build one per request (never share it: see the module docstring). The transport sets
    `started_at` when the first attempt is sent; the deadline counts from there, so time spent
    queued behind the client's own rate limiter before the first send is not charged to it.
    `on_decision` sees every outcome with its decision (for logging and limiter feedback).
    """

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        op_class: OpClass,
        replayable: bool,
        rate_interval: float | None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        rand: Callable[[], float] = random.random,
        on_decision: Callable[[Outcome, Decision, int], None] | None = None,
    ) -> None:
        self.policy = policy
        self.op_class: OpClass = op_class
        self.replayable = replayable
        self.rate_interval = rate_interval
        self.clock = clock
        self.wall_clock = wall_clock
        self.rand = rand
        self.on_decision = on_decision
        self.started_at: float | None = None
        self.attempts = 0
        self.last: Decision | None = None

    def controller(self, sleep: Callable[[float], None]) -> tenacity.Retrying:
        """A fresh sync controller for this request."""
        import tenacity  # imported on first request: `import pylon` stays cheap

        return tenacity.Retrying(sleep=sleep, **self._controller_options(tenacity))

    def async_controller(self, sleep: Callable[[float], Awaitable[None]]) -> tenacity.AsyncRetrying:
        """A fresh async controller for this request."""
        import tenacity

        return tenacity.AsyncRetrying(sleep=sleep, **self._controller_options(tenacity))

    def _controller_options(self, tenacity: Any) -> dict[str, Any]:
        # `stop_never`: the policy decides when to stop, through `_should_retry`.
        return {
            "stop": tenacity.stop_never,
            "retry": self._should_retry,
            "wait": self._wait,
            "reraise": True,
        }

    def should_retry(self, outcome: Outcome | None) -> bool:
        """The policy's answer for one attempt's outcome, kept as `last` (its delay is the wait).

        Both the transport's first attempt and tenacity's retry hook ask here, so every attempt is
        judged by the same code. `None` (not an HTTP outcome: our own error, cancellation) stops.
        """
        if outcome is None:
            self.last = Decision(retry=False, kind="fatal")
            return False
        if classify_outcome(outcome) == "ok":
            # Most attempts: `decide` would give this same verdict, with no wait to draw.
            decision = settled(outcome.status)
        else:
            elapsed = 0.0 if self.started_at is None else self.clock() - self.started_at
            decision = self.policy.decide(
                outcome,
                op_class=self.op_class,
                retries_taken=max(self.attempts - 1, 0),
                elapsed=elapsed,
                replayable=self.replayable,
                rate_interval=self.rate_interval,
                now=self.wall_clock(),
                rand=self.rand(),
            )
        self.last = decision
        if self.on_decision is not None:
            self.on_decision(outcome, decision, self.attempts)
        return decision.retry

    def _should_retry(self, state: tenacity.RetryCallState) -> bool:
        return self.should_retry(_outcome_of(state))

    def _wait(self, state: tenacity.RetryCallState) -> float:
        return self.last.delay if self.last is not None else 0.0


def _outcome_of(state: tenacity.RetryCallState) -> Outcome | None:
    future = state.outcome
    if future is None:
        return None
    if future.failed:
        error = future.exception()
        # Only httpx's own failures are candidates; our errors, cancellation and
        # KeyboardInterrupt go straight through.
        if isinstance(error, httpx.TransportError):
            return Outcome(error=error)
        return None
    result = future.result()
    return Outcome.of_response(result) if isinstance(result, httpx.Response) else None
