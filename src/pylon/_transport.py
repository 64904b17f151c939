"""The httpx transport that both the facade and the generated client send through.

`PylonTransport` / `AsyncPylonTransport` wrap an inner httpx transport (the connection pool,
or `MockTransport` / `ASGITransport` in tests and the simulator) and add, per request:

* the `Authorization` header - on a private copy of the request, removed again after the attempt,
  and only for Pylon's own origin - so neither `client.headers`, nor the request an error or a
  response points to, nor a redirect to another host ever carries the key;
* the SDK's User-Agent;
* the client-side rate limit of the operation (in the client's shared-state store) and a cap
  on requests in flight;
* retries, decided by `_retry.RetryPolicy` and driven by a tenacity controller built for this
  request only, with the per-call deadline;
* DEBUG/INFO/WARNING logging and the request id.

The body of every response is read inside the transport, so a connection that breaks mid-body
is retried like any other failure, the deadline bounds a server that trickles bytes, and the
in-flight slot is held until the connection is back in the pool. Non-2xx statuses are returned,
not raised: the generated `*_detailed` functions still see them, and the facade turns them into
typed errors with `error_for_response`. Failures with no response (after retries) are raised as
`APIConnectionError` / `APITimeoutError`; httpx passes them through unchanged.

The per-call state (`_Call`) is built by the transport for each request, from what the transport
resolved for it (route, limits, limiter, retry policy); it never reads the transport itself. The
sync and async transports share everything but the few lines that sleep, lock and send. Building
the httpx client around a transport is `_wiring`'s job.
"""

from __future__ import annotations

import copy
import functools
import logging
import random
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from ._breaker import Breakers, Trial
from ._config import ClientConfig, masked
from ._constants import ERROR_DETAIL_CHARS, LONG_SLOT_WAIT_SECONDS, MAX_RETRY_AFTER
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    PylonConfigError,
    RateLimitError,
    response_validation_error,
)
from ._holders import PerLoop, PerProcess, PoolPerLoop, semaphore_per_loop
from ._hooks import CallEvents, EventSink
from ._logging import configure_from_env, logger, redact
from ._ratelimit import (
    Bucket,
    RateLimiterRegistry,
    Reservation,
    acquire,
    acquire_async,
    answered,
    answered_async,
    bucket_prefix,
    in_background,
)
from ._response_info import (
    EXTENSION_KEY,
    STOP_PHRASES,
    CallInfo,
    not_retried_advice,
    request_id_in_body,
)
from ._retry import (
    Decision,
    Outcome,
    RetryPolicy,
    RetryRun,
    classify_outcome,
    is_replayable,
)
from ._routes import Route, RouteTable
from ._version import __version__
from .shared_state import StateStore, Usage
from .shared_state._open import SharedStateSetting, open_store

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "USER_AGENT",
    "AsyncPylonTransport",
    "PylonTransport",
    "TransportHooks",
    "default_routes",
]

USER_AGENT = (
    f"py-usepylon-sdk/{__version__} "
    f"python/{sys.version_info.major}.{sys.version_info.minor} httpx/{httpx.__version__}"
)
_HTTPX_DEFAULT_UA = b"python-httpx/"
# httpx failures outside `TransportError` that an inner transport or a caller's client can raise.
_OTHER_HTTPX_ERRORS = (httpx.HTTPError, httpx.StreamError, httpx.InvalidURL)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # loaded by then; importing it at `import pylon` would cost ~60 ms

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class TransportHooks:
    """Time and randomness, injectable so tests run on a fake clock without real sleeps."""

    clock: Callable[[], float] = time.monotonic
    wall_clock: Callable[[], float] = time.time
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep
    rand: Callable[[], float] = random.random


@functools.lru_cache(maxsize=1)
def default_routes() -> RouteTable:
    """The route table generated from the spec, or an empty one before generation has run."""
    try:
        from pylon_openapi.spec_tables import OPERATIONS
    except ImportError:
        logger.debug("pylon_openapi.spec_tables not found: no per-operation rate limits")
        return RouteTable()
    return RouteTable.from_operations(OPERATIONS)


class _Shared:
    """What a transport and its `with_config` clones have in common.

    The limiter registry holds no setting of its own: each transport resolves its own config's
    `rate_limit` to a limit per operation (`_BaseTransport.limiter_for`), so a clone's setting
    takes effect on the clone. Transports asking for the same limit of the same operation share
    one limiter, keyed by the operation id.
    """

    def __init__(
        self,
        config: ClientConfig,
        routes: RouteTable,
        hooks: TransportHooks,
        store: StateStore,
    ) -> None:
        self.routes = routes
        self.hooks = hooks
        self.store = store
        self.limiters = RateLimiterRegistry(store, bucket_prefix(config.api_key))
        # The pool and the shared cap on requests in flight are sized for the first client.
        self.max_concurrency = config.max_concurrency
        self.operation_ids = frozenset(r.operation_id for r in routes if r.operation_id)
        # One circuit per host for the whole family, when the first client turned it on.
        settings = config.circuit_breaker
        self.breakers = (
            None
            if settings is None
            else Breakers(settings, clock=hooks.clock, wall_clock=hooks.wall_clock)
        )


class _Call:
    """The state of one request across its attempts. Built per request, never shared.

    The transport hands it everything it needs: the client's `config`, the `hooks`, the matched
    `route` with the `limit` in force for it, the `bucket` pacing it (None when unpaced or not
    Pylon's origin), whether the URL is Pylon's own origin, the retry `policy`, whether the
    transport is the async one, and the call's `events` for the client's hooks (None without
    hooks: then no event is built).
    """

    __slots__ = (
        "_attempt_started", "_sent", "_told_long_wait", "bucket", "config", "events", "hooks",
        "is_async", "own_origin", "request", "route", "run",
    )  # fmt: skip

    def __init__(
        self,
        request: httpx.Request,
        *,
        config: ClientConfig,
        hooks: TransportHooks,
        route: Route,
        limit: tuple[int, float] | None,
        bucket: Bucket | None,
        own_origin: bool,
        policy: RetryPolicy,
        is_async: bool,
        events: CallEvents | None = None,
    ) -> None:
        self.is_async = is_async
        self.events = events
        self.config = config
        self.hooks = hooks
        self.request = request
        self.own_origin = own_origin
        self.route = route
        self.bucket = bucket
        self.run = RetryRun(
            policy,
            op_class=route.op_class,
            replayable=is_replayable(request),
            rate_interval=limit[1] / limit[0] if limit else None,
            clock=hooks.clock,
            wall_clock=hooks.wall_clock,
            rand=hooks.rand,
            on_decision=self._on_decision,
        )
        # The deadline covers every wait of the call, queueing for the first slot included.
        self.run.started_at = hooks.clock()
        self._sent: httpx.Request | None = None
        self._attempt_started = 0.0
        self._told_long_wait = False

    @property
    def path(self) -> str:
        """The request's path, for messages (decoded only when one is written)."""
        return self.request.url.path

    # -- budget -----------------------------------------------------------------------------

    def remaining(self) -> float | None:
        """Seconds left before the deadline, None without one."""
        if self.config.deadline is None or self.run.started_at is None:
            return self.config.deadline
        return self.config.deadline - (self.hooks.clock() - self.run.started_at)

    def check_deadline(self, when: str = "while reading the response") -> None:
        remaining = self.remaining()
        if remaining is not None and remaining <= 0:
            raise self._deadline_error(when)

    def gate_timed_out(self) -> APITimeoutError:
        return self._deadline_error("waiting for one of the max_concurrency request slots")

    def waiting_for_slot(self, reservation: Reservation) -> None:
        """Called before sleeping for a rate-limit slot: a long wait without a deadline is told."""
        if self.events is not None:
            self.events.waiting(reservation)
        if (
            reservation.wait <= LONG_SLOT_WAIT_SECONDS
            or self._told_long_wait
            or self.bucket is None
        ):
            return
        self._told_long_wait = True
        spec = self.bucket.spec
        logger.info(
            "%s waits %.0f s for a rate-limit slot: %s (limit %d per %g s). Set deadline= to"
            " fail fast instead.",
            self.bucket.operation_id,
            reservation.wait,
            _why_waiting(reservation),
            spec.requests,
            spec.per_seconds,
        )

    def check_slot(self, reservation: Reservation, budget: float | None) -> None:
        """Raise when the slot `acquire` found lies at or past the deadline (it was given back)."""
        if budget is not None and reservation.wait >= budget:
            raise self._slot_too_far(reservation)

    def _slot_too_far(self, reservation: Reservation) -> RateLimitError:
        """The typed error for a slot that would start after the deadline: nothing was sent."""
        assert self.bucket is not None
        left = max(self.remaining() or 0.0, 0.0)
        wait = reservation.wait
        message = (
            f"{self.bucket.operation_id} ({self.request.method} {self.path}) was not sent: its"
            f" next rate-limit slot is {wait:.1f} s away ({_why_waiting(reservation)}), past the"
            f" {self.config.deadline:g} s deadline ({left:.1f} s left). Retry after .retry_after"
            " seconds, or use deadline=None to wait for the slot."
        )
        response = httpx.Response(429, headers={"Retry-After": f"{wait:.3f}"}, request=self.request)
        return RateLimitError(
            message,
            response,
            retry_after=wait,
            retries_taken=max(self.run.attempts - 1, 0),
        )

    def _deadline_error(self, when: str) -> APITimeoutError:
        return APITimeoutError(
            f"{self.request.method} {self.path} did not finish within the {self.config.deadline:g}"
            f" s deadline ({when}, attempt {self.run.attempts}). Raise deadline= for slow calls.",
            request=self.request,
            maybe_processed=self.run.attempts > 0,
            retries_taken=max(self.run.attempts - 1, 0),
        )

    # -- one attempt ------------------------------------------------------------------------

    def begin_attempt(self) -> httpx.Request:
        """Count the attempt and build the request to send: a copy carrying auth and limits."""
        now = self.hooks.clock()
        run = self.run
        if run.started_at is None:
            run.started_at = now
        deadline = self.config.deadline
        remaining = None if deadline is None else deadline - (now - run.started_at)
        if remaining is not None and remaining <= 0:
            raise self._deadline_error("before the next attempt")
        run.attempts += 1
        self._attempt_started = now
        self._sent = self._authorized_copy(remaining)
        if self.events is not None:
            self.events.sent(run.attempts, self.request)
        return self._sent

    def _authorized_copy(self, remaining: float | None) -> httpx.Request:
        original = self.request
        extensions = dict(original.extensions)
        extensions["timeout"] = _clip_timeouts(original.extensions.get("timeout"), remaining)
        # Built from the caller's `Headers` object (copied as is), then set by name: both avoid
        # httpx re-checking every header or decoding them all to find the encoding.
        sent = httpx.Request(
            original.method,
            original.url,
            headers=original.headers,
            stream=original.stream,
            extensions=extensions,
        )
        if self.own_origin:
            sent.headers["Authorization"] = f"Bearer {self.config.api_key}"
        if _needs_user_agent(original.headers):
            sent.headers["User-Agent"] = USER_AGENT
        return sent

    def end_attempt(self) -> None:
        """Drop the key from the copy, so nothing that outlives the attempt can hold it: the
        copy gets the caller's (keyless) headers back."""
        if self._sent is not None:
            self._sent.headers = httpx.Headers(self.request.headers)
            self._sent = None

    def received(self, raw: httpx.Response, body: bytes) -> httpx.Response:
        """The attempt's response, fully read and decoded, re-attached to the caller's (keyless)
        request."""
        extensions = {k: v for k, v in raw.extensions.items() if k != "network_stream"}
        headers, body, undecodable = _decode_content(raw.headers, body)
        if undecodable is not None:
            extensions[_UNDECODABLE_KEY] = undecodable
        response = httpx.Response(
            raw.status_code,
            headers=headers,
            stream=httpx.ByteStream(body),
            request=self.request,
            extensions=extensions,
        )
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s in %.3f s (attempt %d, request_id %s)",
                self.request.method,
                self.path,
                raw.status_code,
                self._elapsed(),
                self.run.attempts,
                request_id_in_body(headers, body),
            )
        if self.events is not None:
            self.events.received(self.run.attempts, raw.status_code, self._elapsed(), headers, body)
        return response

    def failed(self, error: BaseException) -> None:
        """An attempt raised: point an httpx error at the keyless request and log it."""
        if isinstance(error, httpx.TransportError):
            error.request = self.request
        if self._sent is None:  # raised before it was sent (the deadline): not an attempt
            return
        if self.events is not None:
            self.events.failed(self.run.attempts, self._elapsed(), error)
        logger.debug(
            "%s %s -> %s after %.3f s (attempt %d)",
            self.request.method,
            self.path,
            type(error).__name__,
            self._elapsed(),
            self.run.attempts,
        )

    def _elapsed(self) -> float:
        return self.hooks.clock() - self._attempt_started

    # -- decisions and results ----------------------------------------------------------------

    def _on_decision(self, outcome: Outcome, decision: Decision, attempts: int) -> None:
        if self.events is not None:
            self.events.decided(outcome, decision, attempts)
        if outcome.status == 429 and self.bucket is not None:
            # Capped: a Retry-After of an hour is the caller's to handle (RateLimitError), not a
            # reason to stall every other call of the operation inside the SDK for an hour.
            delay = decision.retry_after
            pause = None if delay is None else min(delay, MAX_RETRY_AFTER)
            store = self.bucket.store
            if self.is_async and store.blocking:
                spec, name = self.bucket.spec, self.bucket.name
                in_background(store.apenalize(name, spec, pause))
            else:
                self.bucket.penalize(pause)
        if decision.retry:
            logger.info(
                "Retrying %s %s in %.2f s after %s (retry %d of %d)",
                self.request.method,
                self.path,
                decision.delay,
                decision.reason,
                attempts,
                self.config.max_retries,
            )
        elif decision.stop_reason is not None:
            logger.warning(
                "Giving up on %s %s after %d attempt(s): %s; %s",
                self.request.method,
                self.path,
                attempts,
                decision.reason,
                STOP_PHRASES[decision.stop_reason],
            )

    def info(self) -> CallInfo:
        last = self.run.last
        return _call_info(
            self.route.operation_id,
            self.route.op_class,
            self.run.attempts,
            last.stop_reason if last is not None else None,
            bool(last and last.maybe_processed),
        )

    def finish(self, response: httpx.Response) -> httpx.Response:
        response.extensions[EXTENSION_KEY] = self.info()
        encoding = response.extensions.get(_UNDECODABLE_KEY)
        if encoding is not None and response.is_success:
            # Not retried (the status said success); an error status with a bad body goes on to
            # the usual status handling, its raw bytes kept as the body.
            raise response_validation_error(
                response,
                f"Pylon's {response.status_code} answer to {self.request.method} {self.path} is"
                f" labelled Content-Encoding: {encoding} but is not valid {encoding} (often a"
                " misconfigured proxy), so its content was not used. Check any proxy between"
                " you and Pylon.",
            )
        return response

    def unexpected_error(self, error: Exception) -> APIConnectionError:
        """The typed error for an httpx failure outside the transport error tree (a stream
        that cannot be re-read, an invalid URL, a caller's client raising from a hook)."""
        detail = redact(str(error))[:ERROR_DETAIL_CHARS] or "no details"
        return APIConnectionError(
            f"{self.request.method} {self.path} failed: {type(error).__name__} ({detail})."
            " It was not retried; the request may have reached Pylon.",
            request=self.request,
            maybe_processed=self.run.attempts > 0,
            retries_taken=max(self.run.attempts - 1, 0),
        )

    def connection_error(self, error: httpx.TransportError) -> APIConnectionError:
        """The typed error for a failure that outlasted the retries."""
        info = self.info()
        never_sent = classify_outcome(Outcome(error=error)) == "never_sent"
        cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        detail = redact(str(error))[:ERROR_DETAIL_CHARS] or "no details"
        target = f"{self.request.method} {self.path} ({self.request.url.host})"
        if never_sent:
            message = f"Could not reach Pylon for {target}: {type(error).__name__} ({detail})."
            message += " The request was not sent."
        else:
            message = f"The connection failed during {target}: {type(error).__name__} ({detail})."
            message += " The request may have reached Pylon."
        message += not_retried_advice(info.stop_reason)
        if info.attempts > 1:
            message += f" Gave up after {info.attempts} attempts."
        return cls(
            message,
            request=self.request,
            maybe_processed=not never_sent,
            retries_taken=info.retries_taken,
        )


# A CallInfo is immutable and most calls end alike (one attempt, nothing stopped), so equal ones
# are shared rather than built per call. The keys are few: operations x attempts x stop reasons.
_call_info = functools.lru_cache(maxsize=4096)(CallInfo)


def _why_waiting(reservation: Reservation) -> str:
    if reservation.after_429:
        return "Pylon answered 429, so the operation pauses for every caller"
    return "earlier calls hold the slots before it"


def _needs_user_agent(headers: httpx.Headers) -> bool:
    """Whether a request carries no User-Agent or only httpx's default one (read as bytes, which
    spares decoding every header to learn their encoding)."""
    for name, value in headers.raw:
        if name.lower() == b"user-agent":
            return value.startswith(_HTTPX_DEFAULT_UA)
    return True


def _clip_timeouts(timeouts: Any, remaining: float | None) -> Any:
    """Per-phase timeouts never longer than what is left of the deadline."""
    if remaining is None or not isinstance(timeouts, dict):
        return timeouts
    cap = max(remaining, 0.001)
    phases = timeouts.values()
    if None not in phases and max(phases, default=0.0) <= cap:
        return timeouts  # already within the deadline: most calls, early in their budget
    return {phase: cap if v is None else min(v, cap) for phase, v in timeouts.items()}


_UNDECODABLE_KEY = "pylon.undecodable_encoding"


def _header_text(headers: httpx.Headers, name: bytes) -> str:
    """One header's value ("" when absent), found among the raw bytes: `Headers.get` would first
    decode every header to learn their encoding."""
    values = [value for key, value in headers.raw if key.lower() == name]
    return b", ".join(values).decode("latin-1")


def _decode_content(headers: httpx.Headers, body: bytes) -> tuple[httpx.Headers, bytes, str | None]:
    """The body decoded per its Content-Encoding, with headers that no longer claim one.

    Decoding here, inside the attempt, means a body labelled gzip that is not gzip becomes a
    status-driven outcome (retried like any 5xx for reads, a typed error for a 2xx) instead of an
    `httpx.DecodingError` raised later, outside the SDK, when httpx reads the response. On
    failure the raw bytes are kept and the encoding is returned as the third value.
    """
    encoding = _header_text(headers, b"content-encoding").strip()
    if not encoding or encoding.lower() == "identity":
        return headers, body, None
    undecodable: str | None = None
    try:  # a throwaway response runs httpx's own decoders (gzip, deflate, br, zstd if installed)
        body = httpx.Response(200, headers=headers, stream=httpx.ByteStream(body)).read()
    except httpx.DecodingError:
        undecodable = encoding
    plain = headers.copy()
    del plain["content-encoding"]
    if "content-length" in plain:
        plain["content-length"] = str(len(body))
    return plain, body, undecodable


_T = TypeVar("_T", bound="_BaseTransport[Any]")
_Inner = TypeVar("_Inner", httpx.BaseTransport, httpx.AsyncBaseTransport)


def _outcome(first: httpx.Response | httpx.TransportError) -> Outcome:
    """The first attempt's outcome, as tenacity would have reported it to the policy."""
    if isinstance(first, httpx.Response):
        return Outcome.of_response(first)
    return Outcome(error=first)


def _result(first: httpx.Response | httpx.TransportError) -> httpx.Response:
    """The first attempt's response, or its error raised (the policy said not to retry it)."""
    if isinstance(first, httpx.Response):
        return first
    raise first


class _BaseTransport(Generic[_Inner]):
    """The parts of both transports that do no I/O; `_Inner` is the kind of inner transport."""

    _is_async = False

    def __init__(
        self,
        config: ClientConfig,
        routes: RouteTable | None = None,
        *,
        transport: _Inner | None = None,
        hooks: TransportHooks | None = None,
        shared_state: SharedStateSetting = None,
    ) -> None:
        configure_from_env()
        self.config = config
        hooks = hooks or TransportHooks()
        self._shared = _Shared(
            config,
            routes if routes is not None else default_routes(),
            hooks,
            open_store(shared_state, clock=hooks.clock),
        )
        # A store opened here from a URL is ours to close; a store object is the caller's.
        self._owns_store = isinstance(shared_state, str)
        self._owns_inner = True
        self._own_gate: Any = None
        self._configure()
        limits = _pool_limits(config)
        self._inner: PerProcess[_Inner] = (
            PerProcess(lambda: self._new_pool(limits))
            if transport is None
            else PerProcess.fixed(transport)
        )
        self._gate = self._new_gate(config.max_concurrency)

    def _configure(self) -> None:
        base = httpx.URL(self.config.base_url)
        self._origin = (base.scheme, base.host, base.port or _default_port(base.scheme))
        self._base_path = base.raw_path.decode("ascii").split("?")[0].rstrip("/")
        self._policy = RetryPolicy(
            max_retries=self.config.max_retries,
            deadline=self.config.deadline,
            retry_creates_on_429=self.config.retry_creates_on_429,
        )
        _check_rate_limit_ids(self.config.rate_limit, self._shared.operation_ids)
        # Operation id -> its (limit, bucket) for this config (a str key hashes for free, a Route
        # would hash all its fields on every call).
        self._pacing: dict[str, tuple[tuple[int, float] | None, Bucket | None]] = {}
        shared_cap = self._shared.max_concurrency
        if self.config.max_concurrency > shared_cap:
            raise PylonConfigError(
                f"max_concurrency={self.config.max_concurrency} is above this client's"
                f" {shared_cap}: a with_options clone shares its parent's pool of {shared_cap}"
                " connections, so it can only lower the cap. Create a new client for more."
            )
        # A clone with a lower cap queues on its own gate first, then on the shared one.
        self._own_cap = (
            self.config.max_concurrency if self.config.max_concurrency < shared_cap else None
        )
        self._events = EventSink(self.config.hooks) if self.config.hooks else None

    def limit_for(self, route: Route) -> tuple[int, float] | None:
        """The limit this transport's config sets for an operation: its override, else the
        documented one (whether or not limiting is on; retries pace 429s by it)."""
        setting, operation_id = self.config.rate_limit, route.operation_id
        if isinstance(setting, Mapping) and operation_id is not None and operation_id in setting:
            return setting[operation_id]
        return route.rate_limit

    def limiter_for(self, route: Route, limit: tuple[int, float] | None) -> Bucket | None:
        """The shared bucket pacing this transport's calls of an operation, None if unpaced.
        An override gets a bucket of its own (buckets are named by operation and limit)."""
        if self.config.rate_limit is False or route.operation_id is None or limit is None:
            return None
        return self._shared.limiters.get(route.operation_id, limit)

    def _new_call(self, request: httpx.Request) -> _Call:
        """The per-call state of `request`, with the route, limit and bucket resolved here."""
        route = self._shared.routes.match(request.method, self._route_path(request))
        own_origin = self._is_own_origin(request.url)
        known = route.operation_id if own_origin else None
        pacing = None if known is None else self._pacing.get(known)
        if pacing is None:
            limit = self.limit_for(route)
            # Another origin is never paced (nor counted as a call of the operation), and a path
            # the table does not know has no limit.
            pacing = (limit, self.limiter_for(route, limit) if own_origin else None)
            if known is not None:
                # Once per operation, not per call: the limit and bucket depend only on the
                # route and this transport's config (a `with_config` clone starts its own table).
                self._pacing[known] = pacing
        limit, bucket = pacing
        return _Call(
            request,
            config=self.config,
            hooks=self._shared.hooks,
            route=route,
            limit=limit,
            bucket=bucket,
            own_origin=own_origin,
            policy=self._policy,
            is_async=self._is_async,
            events=(
                None
                if self._events is None
                else self._events.for_call(request, route, self._shared.hooks.clock)
            ),
        )

    def route_for(self, request: httpx.Request) -> Route:
        """The operation `request` is (its route in the spec's table)."""
        return self._shared.routes.match(request.method, self._route_path(request))

    @property
    def store(self) -> StateStore:
        """The shared-state store of this transport's family (limiters, response cache)."""
        return self._shared.store

    @property
    def routes(self) -> RouteTable:
        return self._shared.routes

    @property
    def hooks(self) -> TransportHooks:
        return self._shared.hooks

    def _trial(self, call: _Call) -> Trial:
        """Admit one attempt of `call` through the circuit breaker (or raise
        `CircuitOpenError`); only called when the family has one."""
        assert self._shared.breakers is not None
        last = call.run.last
        return self._shared.breakers.trial(
            call.request, call.route, earlier_maybe_processed=bool(last and last.maybe_processed)
        )

    def with_config(self: _T, config: ClientConfig) -> _T:
        """A transport with other options (`with_options`) that shares this one's connection
        pool, rate limiters and concurrency cap. Closing the clone leaves the pool open."""
        clone = copy.copy(self)
        clone.config = config
        clone._owns_inner = False
        clone._configure()
        clone._own_gate = None if clone._own_cap is None else clone._new_gate(clone._own_cap)
        return clone

    def rate_limit_usage(self, operation_id: str) -> Usage | None:
        """The limiter of one operation as this transport's calls see it (None when unpaced)."""
        route = next((r for r in self._shared.routes if r.operation_id == operation_id), None)
        if route is None:
            return None
        bucket = self.limiter_for(route, self.limit_for(route))
        return None if bucket is None else bucket.usage()

    def rate_limit_buckets(self) -> Iterator[tuple[Route, tuple[int, float], Bucket | None]]:
        """Each operation with a limit in force for this transport's config, with the bucket
        pacing it (None when rate limiting is off): what `client.rate_limits` reads. Reading
        does not count as calling (`called_operations`)."""
        paced = self.config.rate_limit is not False
        for route in self._shared.routes:
            limit = self.limit_for(route)
            if route.operation_id is not None and limit is not None:
                bucket = self._shared.limiters.peek(route.operation_id, limit) if paced else None
                yield route, limit, bucket

    def called_operations(self) -> frozenset[str]:
        """The operations whose calls this transport family has paced."""
        return self._shared.limiters.called()

    def _new_gate(self, size: int) -> Any:
        raise NotImplementedError

    def _new_pool(self, limits: httpx.Limits) -> _Inner:
        raise NotImplementedError

    def _is_own_origin(self, url: httpx.URL) -> bool:
        return (url.scheme, url.host, url.port or _default_port(url.scheme)) == self._origin

    def _route_path(self, request: httpx.Request) -> str:
        path = request.url.raw_path.decode("ascii").split("?")[0]
        if self._base_path and path.startswith(self._base_path):
            path = path[len(self._base_path) :]
        return path

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} base_url={self.config.base_url!r}"
            f" api_key={masked(self.config.api_key)!r}>"
        )


def _check_rate_limit_ids(setting: object, known: frozenset[str]) -> None:
    """Refuse a rate_limit override naming no operation (a typo would be silently ignored)."""
    if not isinstance(setting, Mapping) or not known:
        return
    for operation_id in setting:
        if operation_id not in known:
            import difflib

            closest = difflib.get_close_matches(operation_id, sorted(known), n=1, cutoff=0.0)
            hint = f" Did you mean {closest[0]!r}?" if closest else ""
            raise PylonConfigError(
                f"rate_limit names {operation_id!r}, which is not an operation id.{hint}"
                " Overrides are keyed by the spec's operation ids, e.g. 'SearchIssues'."
            )


def _default_port(scheme: str) -> int | None:
    return {"http": 80, "https": 443}.get(scheme)


def _pool_limits(config: ClientConfig) -> httpx.Limits:
    # Keep-alive equal to the pool size: with fewer, a burst closes and reopens connections, and
    # measured 500-task runs hit PoolTimeouts on httpx's defaults.
    n = config.max_concurrency
    return httpx.Limits(max_connections=n, max_keepalive_connections=n)


class PylonTransport(_BaseTransport[httpx.BaseTransport], httpx.BaseTransport):
    """Sync transport: auth, retries, rate limits, concurrency cap and logging around `transport`.

    **Parameters:**

    * `config` - a validated `ClientConfig`.
    * `routes` - the operation table (default: generated from the spec).
    * `transport` - the inner transport (default: an `httpx.HTTPTransport` pool sized to
      `max_concurrency`); tests and the simulator pass `MockTransport` or a WSGI/ASGI one.
    * `hooks` - injectable clock, sleep and randomness for tests.
    * `shared_state` - where the rate limiters live: None (this transport only), a
      `"sqlite:///..."` or `"redis://..."` URL, or a store object (see `pylon.shared_state`).
    """

    def _new_pool(self, limits: httpx.Limits) -> httpx.BaseTransport:
        return httpx.HTTPTransport(limits=limits)

    def _new_gate(self, size: int) -> PerProcess[threading.BoundedSemaphore]:
        return PerProcess(lambda: threading.BoundedSemaphore(size))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = self._new_call(request)
        if call.events is None:
            return self._handle(call)
        with call.events.watch() as done:
            return done(self._handle(call))

    def _handle(self, call: _Call) -> httpx.Response:
        attempt = self._attempt if self._shared.breakers is None else self._guarded_attempt
        # The first attempt runs outside tenacity: most calls succeed at once, and building a
        # controller costs more than the rest of the SDK's per-request work. Every outcome, first
        # or later, is still judged by the same `RetryRun.should_retry`.
        try:
            try:
                first: httpx.Response | httpx.TransportError = attempt(call)
            except httpx.TransportError as error:
                first = error
            if not call.run.should_retry(_outcome(first)):
                return call.finish(_result(first))
            # The policy wants another attempt: tenacity drives the rest, with the same policy.
            self._shared.hooks.sleep(call.run.last.delay if call.run.last else 0.0)
            response = call.run.controller(self._shared.hooks.sleep)(attempt, call)
        except httpx.TransportError as error:
            raise call.connection_error(error) from error
        except _OTHER_HTTPX_ERRORS as error:
            raise call.unexpected_error(error) from error
        return call.finish(response)

    def _guarded_attempt(self, call: _Call) -> httpx.Response:
        # The breaker decides before the rate limiter: a call that fails fast takes no slot.
        with self._trial(call) as trial:
            return trial.judge(self._attempt(call))

    def _attempt(self, call: _Call) -> httpx.Response:
        slot = None
        if call.bucket is not None:
            budget = call.remaining()
            slot = acquire(
                call.bucket,
                self._shared.hooks.sleep,
                max_wait=budget,
                on_wait=call.waiting_for_slot,
            )
            call.check_slot(slot, budget)
        gates = [self._gate.get()] if self._own_gate is None else [
            self._own_gate.get(), self._gate.get()]  # fmt: skip
        held: list[threading.BoundedSemaphore] = []
        try:
            for gate in gates:  # each wait for a free slot is bounded by the deadline too
                if not gate.acquire(blocking=False):
                    remaining = call.remaining()
                    timeout = None if remaining is None else max(remaining, 0.0)
                    if not gate.acquire(timeout=timeout):
                        raise call.gate_timed_out()
                held.append(gate)
            return self._send_once(call)
        finally:
            for gate in reversed(held):
                gate.release()
            if slot is not None and call.bucket is not None:
                answered(call.bucket, slot)

    def _send_once(self, call: _Call) -> httpx.Response:
        """One attempt on the wire, inside the concurrency gates: send, read the whole body."""
        try:
            raw = self._inner.get().handle_request(call.begin_attempt())
            try:
                chunks = []
                for chunk in cast(httpx.SyncByteStream, raw.stream):
                    call.check_deadline()
                    chunks.append(chunk)
            finally:
                raw.close()
        except BaseException as error:  # an httpx failure, the deadline, a cancellation
            call.failed(error)
            raise
        finally:
            call.end_attempt()
        return call.received(raw, b"".join(chunks))

    def close(self) -> None:
        if self._owns_inner:
            self._inner.get().close()
            if self._owns_store:
                self._shared.store.close()


class AsyncPylonTransport(_BaseTransport[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    """Async twin of `PylonTransport` (same parameters; `transport` is an async transport).

    The cap on requests in flight is an `asyncio.Semaphore` per event loop, and the default
    connection pool is one per event loop, so a client used from successive `asyncio.run` calls
    never touches a semaphore or a connection of a closed loop.
    """

    _is_async = True

    def _new_pool(self, limits: httpx.Limits) -> httpx.AsyncBaseTransport:
        return PoolPerLoop(lambda: httpx.AsyncHTTPTransport(limits=limits))

    def _new_gate(self, size: int) -> PerLoop[asyncio.Semaphore]:
        return semaphore_per_loop(size)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = self._new_call(request)
        if call.events is None:
            return await self._handle(call)
        with call.events.watch() as done:
            return done(await self._handle(call))

    async def _handle(self, call: _Call) -> httpx.Response:
        attempt = self._attempt if self._shared.breakers is None else self._guarded_attempt
        try:
            try:
                first: httpx.Response | httpx.TransportError = await attempt(call)
            except httpx.TransportError as error:
                first = error
            if not call.run.should_retry(_outcome(first)):
                return call.finish(_result(first))
            await self._shared.hooks.async_sleep(call.run.last.delay if call.run.last else 0.0)
            controller = call.run.async_controller(self._shared.hooks.async_sleep)
            response: httpx.Response = await controller(attempt, call)
        except httpx.TransportError as error:
            raise call.connection_error(error) from error
        except _OTHER_HTTPX_ERRORS as error:
            raise call.unexpected_error(error) from error
        return call.finish(response)

    async def _guarded_attempt(self, call: _Call) -> httpx.Response:
        with self._trial(call) as trial:
            return trial.judge(await self._attempt(call))

    async def _attempt(self, call: _Call) -> httpx.Response:
        slot = None
        if call.bucket is not None:
            budget = call.remaining()
            slot = await acquire_async(
                call.bucket,
                self._shared.hooks.async_sleep,
                max_wait=budget,
                on_wait=call.waiting_for_slot,
            )
            call.check_slot(slot, budget)
        gates = [self._gate.get()] if self._own_gate is None else [
            self._own_gate.get(), self._gate.get()]  # fmt: skip
        held: list[asyncio.Semaphore] = []
        try:
            for gate in gates:  # each wait for a free slot is bounded by the deadline too
                await _acquire_within(gate, call)
                held.append(gate)
            return await self._send_once(call)
        finally:
            for gate in reversed(held):
                gate.release()
            if slot is not None and call.bucket is not None:
                answered_async(call.bucket, slot)

    async def _send_once(self, call: _Call) -> httpx.Response:
        try:
            raw = await self._inner.get().handle_async_request(call.begin_attempt())
            try:
                chunks = []
                async for chunk in cast(httpx.AsyncByteStream, raw.stream):
                    call.check_deadline()
                    chunks.append(chunk)
            finally:
                await raw.aclose()
        except BaseException as error:  # an httpx failure, the deadline, a cancellation
            call.failed(error)
            raise
        finally:
            call.end_attempt()
        return call.received(raw, b"".join(chunks))

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._inner.get().aclose()
            if self._owns_store:
                await self._shared.store.aclose()


async def _acquire_within(gate: asyncio.Semaphore, call: _Call) -> None:
    """Take a slot of `gate`, waiting no longer than the call's deadline allows."""
    import asyncio

    remaining = call.remaining()
    if remaining is None or not gate.locked():
        await gate.acquire()
        return
    try:
        await asyncio.wait_for(gate.acquire(), max(remaining, 0.0))
    except asyncio.TimeoutError:
        raise call.gate_timed_out() from None
