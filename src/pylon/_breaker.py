"""The circuit breaker: while Pylon keeps failing, calls fail fast instead of each spending its retries.

One circuit per host (scheme, host and port), shared by a client and its `with_options` copies:

* **closed** (normal): every attempt goes out. `failures` failed attempts in a row (a connection
  error of any kind, or a 5xx answer), the first of them at most `window` seconds before the last,
  open the circuit. Any answer below 500 (a 4xx or a 429 too: Pylon answered) resets the run.
* **open**: no attempt goes out; each raises `CircuitOpenError` at once, before it waits for a
  rate-limit slot, saying when Pylon will be tried again. A retry inside a call that was already
  under way stops there too, so an outage costs one failed attempt per call, not all its retries.
* **half-open**, `recovery` seconds later: the next attempt goes out as the one probe, every other
  one still fails fast. An answer below 500 closes the circuit; a failure opens it again for
  another `recovery` seconds. A create that was a probe is never let through as a probe again (its
  request is marked), so a create can't reach a failing Pylon twice through half-open probes.

Attempts are counted, not calls: the retry policy still decides what is retried, and the breaker
only decides whether an attempt may go out. Everything here runs under one lock per circuit and
never sleeps or does I/O, so sync and async transports share it.
"""

from __future__ import annotations

import http
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._constants import (
    BREAKER_LIMITS,
    DEFAULT_BREAKER_FAILURES,
    DEFAULT_BREAKER_RECOVERY,
    DEFAULT_BREAKER_WINDOW,
)
from ._errors import CircuitOpenError, PylonConfigError
from ._public import publish

if TYPE_CHECKING:
    from ._routes import Route

__all__ = ["Breakers", "CircuitBreaker", "Trial", "check_breaker_setting"]

logger = logging.getLogger("pylon")

State = Literal["closed", "open", "half_open"]

# Marks a create's request once it went out as a half-open probe (request extensions outlive
# the attempt: the transport sends a copy of the request each time).
_PROBED = "pylon.breaker_probed"


@dataclass(frozen=True)
class CircuitBreaker:
    """The circuit breaker's settings: `Pylon(circuit_breaker=CircuitBreaker(...))`, or
    `circuit_breaker=True` for these defaults.

    **Parameters:**

    * `failures` - failed attempts in a row (connection errors or 5xx) that open the circuit (5).
    * `window` - seconds within which that run must fall (30); slower failures never open it.
    * `recovery` - seconds the circuit stays open before one probe may go out (30).
    """

    failures: int = DEFAULT_BREAKER_FAILURES
    window: float = DEFAULT_BREAKER_WINDOW
    recovery: float = DEFAULT_BREAKER_RECOVERY

    def __post_init__(self) -> None:
        for name, (low, high) in BREAKER_LIMITS.items():
            value = getattr(self, name)
            whole = name == "failures"
            kind = int if whole else (int, float)
            if (
                isinstance(value, bool)
                or not isinstance(value, kind)
                or not low <= value <= high  # NaN fails both comparisons
            ):
                what = "a whole number" if whole else "a number of seconds"
                raise PylonConfigError(
                    f"circuit_breaker.{name} must be {what} from {low:g} to {high:g},"
                    f" not {value!r}."
                )
            if not whole:
                object.__setattr__(self, name, float(value))


def check_breaker_setting(value: object) -> CircuitBreaker | None:
    """`circuit_breaker=` as users write it: True, False/None, a `CircuitBreaker`, or a mapping
    of its fields (`{"failures": 3}`); anything else is a `PylonConfigError`."""
    if value is None or value is False:
        return None
    if value is True:
        return CircuitBreaker()
    if isinstance(value, CircuitBreaker):
        return value
    if isinstance(value, Mapping):
        from ._config import check_option_names

        names = [f.name for f in fields(CircuitBreaker)]
        check_option_names({k: v for k, v in value.items() if k not in names}, names)
        return CircuitBreaker(**value)
    raise PylonConfigError(
        "circuit_breaker must be True, False, a pylon.CircuitBreaker(...) or a mapping of its"
        f" settings (failures, window, recovery), not {type(value).__name__}."
    )


class _Circuit:
    """The state of one host's circuit (see the module docstring)."""

    def __init__(
        self,
        host: str,
        settings: CircuitBreaker,
        clock: Callable[[], float],
        wall_clock: Callable[[], float],
    ) -> None:
        self.host = host
        self.settings = settings
        self._clock = clock
        self._wall_clock = wall_clock
        self._lock = threading.Lock()
        self.state: State = "closed"
        self._failures: deque[float] = deque(maxlen=settings.failures)
        self._open_until = 0.0
        self._probing = False
        self._last_failure = ""

    def admit(self, request: httpx.Request, route: Route, earlier_maybe_processed: bool) -> bool:
        """Let an attempt go out (True when it is the half-open probe) or raise
        `CircuitOpenError`. Called when the circuit was not closed a moment ago."""
        with self._lock:
            now = self._clock()
            if self.state == "closed":
                return False
            if self.state == "open" and now >= self._open_until:
                self.state, self._probing = "half_open", False
            is_create = route.op_class == "create"
            if (
                self.state == "half_open"
                and not self._probing
                and not (is_create and request.extensions.get(_PROBED))
            ):
                self._probing = True
                if is_create:
                    request.extensions[_PROBED] = True
                logger.info(
                    "Circuit breaker for %s is half-open: %s %s goes out as the probe.",
                    self.host,
                    request.method,
                    request.url.path,
                )
                return True
            raise self._open_error(request, route, now, earlier_maybe_processed)

    def record(self, failure: str | None, probe: bool) -> None:
        """An attempt's outcome: `failure` describes a failed one (None: Pylon answered)."""
        if failure is None and self.state == "closed" and not self._failures:
            return  # the common case: nothing to reset
        with self._lock:
            now = self._clock()
            if probe:
                self._probing = False
            if failure is None:
                self._failures.clear()
                if self.state != "closed":
                    self.state = "closed"
                    logger.warning("Circuit breaker for %s closed: Pylon answers again.", self.host)
                return
            self._last_failure = failure
            if probe:
                self._open(now, "the half-open probe failed")
            elif self.state == "closed":
                self._failures.append(now)
                run = self._failures
                if len(run) == self.settings.failures and now - run[0] <= self.settings.window:
                    self._open(now, f"{len(run)} failed attempts in {now - run[0]:.1f} s")

    def abandon(self, probe: bool) -> None:
        """An attempt ended without an answer from Pylon or a connection failure (the caller's
        deadline, a cancellation): a probe frees the way for the next one."""
        if probe:
            with self._lock:
                self._probing = False

    def _open(self, now: float, why: str) -> None:
        self.state = "open"
        self._open_until = now + self.settings.recovery
        self._failures.clear()
        logger.warning(
            "Circuit breaker for %s opened: %s (last: %s). Calls fail fast with"
            " CircuitOpenError for %g s, then one probe tests whether Pylon is back.",
            self.host,
            why,
            self._last_failure,
            self.settings.recovery,
        )

    def _open_error(
        self, request: httpx.Request, route: Route, now: float, earlier_maybe_processed: bool
    ) -> CircuitOpenError:
        probing = self.state == "half_open"
        wait = max(self._open_until - now, 0.0) if not probing else 0.0
        retry_at = self._wall_clock() + wait
        when = datetime.fromtimestamp(retry_at, tz=timezone.utc).strftime("%H:%M:%S UTC")
        label = f"{route.operation_id} ({request.method} {request.url.path})"
        if route.operation_id is None:
            label = f"{request.method} {request.url.path}"
        if probing:
            state = "a probe request is testing whether it is back"
            later = "Try again in a moment"
        else:
            state = f"the circuit breaker is open (last failure: {self._last_failure})"
            later = f"Pylon will be tried again in {wait:.1f} s ({when})"
        sent = (
            "was not sent again (an earlier attempt may have reached Pylon)"
            if earlier_maybe_processed
            else "was not sent"
        )
        return CircuitOpenError(
            f"Pylon at {self.host} is failing and {state}, so {label} {sent}. {later}; until"
            " then calls fail fast.",
            host=self.host,
            retry_after=wait,
            retry_at=retry_at,
            maybe_processed=earlier_maybe_processed,
        )


def _failure_of(response: httpx.Response) -> str | None:
    status = response.status_code
    if status < 500:
        return None
    try:
        return f"{status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


class Trial:
    """One attempt under the breaker: `with breakers.trial(...) as t: return t.judge(send())`.

    Building it admits the attempt (or raises `CircuitOpenError`); `judge` records the answer;
    leaving the block with a connection error records a failure, with any other exception
    (the caller's deadline, a cancellation, a full connection pool) nothing but a freed probe.
    """

    __slots__ = ("_circuit", "_judged", "_probe")

    def __init__(self, circuit: _Circuit, probe: bool) -> None:
        self._circuit = circuit
        self._probe = probe
        self._judged = False

    def __enter__(self) -> Trial:
        return self

    def judge(self, response: httpx.Response) -> httpx.Response:
        self._judged = True
        self._circuit.record(_failure_of(response), self._probe)
        return response

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, _: Any
    ) -> None:
        if self._judged:
            return
        # A PoolTimeout is this process's own pool being full, not Pylon failing.
        if isinstance(error, httpx.TransportError) and not isinstance(error, httpx.PoolTimeout):
            self._circuit.record(type(error).__name__, self._probe)
        else:
            self._circuit.abandon(self._probe)


class Breakers:
    """The circuits of a client family, one per host, made on first use."""

    def __init__(
        self,
        settings: CircuitBreaker,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._wall_clock = wall_clock
        self._circuits: dict[tuple[str, str, int | None], _Circuit] = {}
        self._lock = threading.Lock()

    def circuit(self, url: httpx.URL) -> _Circuit:
        key = _key(url)
        found = self._circuits.get(key)
        if found is None:
            with self._lock:
                found = self._circuits.get(key)
                if found is None:
                    host = url.host if url.port is None else f"{url.host}:{url.port}"
                    found = _Circuit(host, self.settings, self._clock, self._wall_clock)
                    self._circuits[key] = found
        return found

    def trial(
        self, request: httpx.Request, route: Route, *, earlier_maybe_processed: bool = False
    ) -> Trial:
        circuit = self.circuit(request.url)
        if circuit.state == "closed":  # read without the lock: the common case stays cheap
            return Trial(circuit, False)
        return Trial(circuit, circuit.admit(request, route, earlier_maybe_processed))


def _key(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


publish(__name__)
