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

The sync and async transports share everything but the few lines that sleep, lock and send.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import os
import random
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from ._config import ClientConfig, masked
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    PylonConfigError,
    RateLimitError,
    request_id_from_headers,
    response_validation_error,
)
from ._logging import configure_from_env, logger, redact
from ._ratelimit import (
    Bucket,
    RateLimiterRegistry,
    Reservation,
    acquire,
    acquire_async,
    bucket_prefix,
    in_background,
)
from ._retry import (
    EXTENSION_KEY,
    MAX_RETRY_AFTER,
    CallInfo,
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
    "SharedState",
    "TransportHooks",
    "build_async_httpx_client",
    "build_http_client",
    "build_httpx_client",
    "default_routes",
]

USER_AGENT = (
    f"py-usepylon-sdk/{__version__} "
    f"python/{sys.version_info.major}.{sys.version_info.minor} httpx/{httpx.__version__}"
)
_HTTPX_DEFAULT_UA = "python-httpx/"
# httpx failures outside `TransportError` that an inner transport or a caller's client can raise.
_OTHER_HTTPX_ERRORS = (httpx.HTTPError, httpx.StreamError, httpx.InvalidURL)
_MAX_BODY_FOR_REQUEST_ID = 1 << 20
# Without a deadline, a wait for a rate-limit slot longer than this is logged (INFO), once per call.
LONG_WAIT = 30.0
_STOP_PHRASES = {
    "retries_exhausted": "no retries left",
    "deadline": "the next wait would pass the deadline",
    "retry_after_too_long": f"Retry-After exceeds {MAX_RETRY_AFTER:g} s",
    "not_replayable": "the request body cannot be replayed",
    "maybe_processed": "a create may have been processed, so it is not repeated",
    "creates_not_retried_on_429": "retry_creates_on_429 is off",
}


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


class _Call:
    """The state of one request across its attempts. Built per request, never shared."""

    def __init__(self, transport: _BaseTransport, request: httpx.Request) -> None:
        config, shared = transport.config, transport._shared
        self.is_async = isinstance(transport, httpx.AsyncBaseTransport)
        self.config = config
        self.hooks = shared.hooks
        self.request = request
        self.path = request.url.path
        self.own_origin = transport._is_own_origin(request.url)
        self.route: Route = shared.routes.match(request.method, transport._route_path(request))
        limit = transport.limit_for(self.route)
        self.bucket: Bucket | None = (
            transport.limiter_for(self.route, limit) if self.own_origin else None
        )
        self.run = RetryRun(
            transport._policy,
            op_class=self.route.op_class,
            replayable=is_replayable(request),
            rate_interval=limit[1] / limit[0] if limit else None,
            clock=self.hooks.clock,
            wall_clock=self.hooks.wall_clock,
            rand=self.hooks.rand,
            on_decision=self._on_decision,
        )
        # The deadline covers every wait of the call, queueing for the first slot included.
        self.run.started_at = self.hooks.clock()
        self._sent: httpx.Request | None = None
        self._attempt_started = 0.0
        self._told_long_wait = False

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
        if reservation.wait <= LONG_WAIT or self._told_long_wait or self.bucket is None:
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
        if self.run.started_at is None:
            self.run.started_at = now
        self.check_deadline("before the next attempt")
        self.run.attempts += 1
        self._attempt_started = now
        self._sent = self._authorized_copy()
        return self._sent

    def _authorized_copy(self) -> httpx.Request:
        original = self.request
        headers = original.headers.copy()
        if self.own_origin:
            headers["Authorization"] = f"Bearer {self.config.api_key}"
        if headers.get("user-agent", _HTTPX_DEFAULT_UA).startswith(_HTTPX_DEFAULT_UA):
            headers["User-Agent"] = USER_AGENT
        extensions = dict(original.extensions)
        extensions["timeout"] = _clip_timeouts(original.extensions.get("timeout"), self.remaining())
        return httpx.Request(
            original.method,
            original.url,
            headers=headers,
            stream=original.stream,
            extensions=extensions,
        )

    def end_attempt(self) -> None:
        """Drop the key from the copy, so nothing that outlives the attempt can hold it."""
        if self._sent is not None:
            self._sent.headers.pop("authorization", None)
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
                _request_id(response, body),
            )
        return response

    def failed(self, error: httpx.TransportError) -> None:
        """An attempt raised: point the error at the keyless request and log it."""
        error.request = self.request
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
                _STOP_PHRASES[decision.stop_reason],
            )

    def info(self) -> CallInfo:
        last = self.run.last
        return CallInfo(
            operation_id=self.route.operation_id,
            op_class=self.route.op_class,
            attempts=self.run.attempts,
            stop_reason=last.stop_reason if last is not None else None,
            maybe_processed=bool(last and last.maybe_processed),
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
        detail = redact(str(error))[:200] or "no details"
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
        detail = redact(str(error))[:200] or "no details"
        target = f"{self.request.method} {self.path} ({self.request.url.host})"
        if never_sent:
            message = f"Could not reach Pylon for {target}: {type(error).__name__} ({detail})."
            message += " The request was not sent."
        else:
            message = f"The connection failed during {target}: {type(error).__name__} ({detail})."
            message += " The request may have reached Pylon."
        if info.stop_reason == "maybe_processed":
            message += (
                " It was not retried because Pylon has no idempotency key and repeating a create"
                " could duplicate it: check whether it exists before sending it again."
            )
        elif info.stop_reason in ("not_replayable", "deadline"):
            message += f" Not retried: {_STOP_PHRASES[info.stop_reason]}."
        if info.attempts > 1:
            message += f" Gave up after {info.attempts} attempts."
        return cls(
            message,
            request=self.request,
            maybe_processed=not never_sent,
            retries_taken=info.retries_taken,
        )


def _why_waiting(reservation: Reservation) -> str:
    if reservation.after_429:
        return "Pylon answered 429, so the operation pauses for every caller"
    return "earlier calls hold the slots before it"


def _clip_timeouts(timeouts: Any, remaining: float | None) -> Any:
    """Per-phase timeouts never longer than what is left of the deadline."""
    if remaining is None or not isinstance(timeouts, dict):
        return timeouts
    cap = max(remaining, 0.001)
    return {phase: cap if v is None else min(v, cap) for phase, v in timeouts.items()}


def _request_id(response: httpx.Response, body: bytes) -> str | None:
    found = request_id_from_headers(response.headers)
    if found or not body or len(body) > _MAX_BODY_FOR_REQUEST_ID:
        return found
    try:  # a throwaway copy decodes any Content-Encoding without touching the real response
        data = json.loads(httpx.Response(200, headers=response.headers, content=body).read())
    except (ValueError, RecursionError, httpx.DecodingError):
        return None
    value = data.get("request_id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


_UNDECODABLE_KEY = "pylon.undecodable_encoding"


def _decode_content(headers: httpx.Headers, body: bytes) -> tuple[httpx.Headers, bytes, str | None]:
    """The body decoded per its Content-Encoding, with headers that no longer claim one.

    Decoding here, inside the attempt, means a body labelled gzip that is not gzip becomes a
    status-driven outcome (retried like any 5xx for reads, a typed error for a 2xx) instead of an
    `httpx.DecodingError` raised later, outside the SDK, when httpx reads the response. On
    failure the raw bytes are kept and the encoding is returned as the third value.
    """
    encoding = headers.get("content-encoding", "").strip()
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


_V = TypeVar("_V")


class _PerProcess(Generic[_V]):
    """A value that a forked child must not inherit: rebuilt on first use after `fork()`.

    A pooled connection used before `fork()` is shared by parent and child, whose requests can
    then interleave on one socket; a semaphore may have been held by a
    parent thread that does not exist in the child. The inherited value is dropped, not closed:
    closing could send a TLS close_notify on a socket the parent still uses. Values the caller
    supplied (`rebuild=False`) are theirs to manage and are kept.
    """

    def __init__(self, factory: Callable[[], _V], *, rebuild: bool = True) -> None:
        self._factory = factory
        self._rebuild = rebuild
        self._value = factory()
        self._pid = os.getpid()
        self._lock = threading.Lock()

    @classmethod
    def fixed(cls, value: _V) -> _PerProcess[_V]:
        """Wrap a caller-supplied value, which is never replaced."""
        return cls(lambda: value, rebuild=False)

    def get(self) -> _V:
        if self._rebuild and os.getpid() != self._pid:
            with self._lock:
                if os.getpid() != self._pid:
                    self._value, self._pid = self._factory(), os.getpid()
        return self._value


_T = TypeVar("_T", bound="_BaseTransport")


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


class _BaseTransport:
    """The parts of both transports that do no I/O."""

    def __init__(
        self,
        config: ClientConfig,
        routes: RouteTable | None,
        hooks: TransportHooks | None,
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

    def _new_gate(self, size: int) -> Any:
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


class PylonTransport(_BaseTransport, httpx.BaseTransport):
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

    def __init__(
        self,
        config: ClientConfig,
        routes: RouteTable | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        hooks: TransportHooks | None = None,
        shared_state: SharedStateSetting = None,
    ) -> None:
        super().__init__(config, routes, hooks, shared_state)
        limits = _pool_limits(config)
        self._inner: _PerProcess[httpx.BaseTransport] = (
            _PerProcess(lambda: httpx.HTTPTransport(limits=limits))
            if transport is None
            else _PerProcess.fixed(transport)
        )
        self._gate = self._new_gate(config.max_concurrency)

    def _new_gate(self, size: int) -> _PerProcess[threading.BoundedSemaphore]:
        return _PerProcess(lambda: threading.BoundedSemaphore(size))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(self, request)
        # The first attempt runs outside tenacity: most calls succeed at once, and building a
        # controller costs more than the rest of the SDK's per-request work. Every outcome, first
        # or later, is still judged by the same `RetryRun.should_retry`.
        try:
            try:
                first: httpx.Response | httpx.TransportError = self._attempt(call)
            except httpx.TransportError as error:
                first = error
            if not call.run.should_retry(_outcome(first)):
                return call.finish(_result(first))
            # The policy wants another attempt: tenacity drives the rest, with the same policy.
            self._shared.hooks.sleep(call.run.last.delay if call.run.last else 0.0)
            response = call.run.controller(self._shared.hooks.sleep)(self._attempt, call)
        except httpx.TransportError as error:
            raise call.connection_error(error) from error
        except _OTHER_HTTPX_ERRORS as error:
            raise call.unexpected_error(error) from error
        return call.finish(response)

    def _attempt(self, call: _Call) -> httpx.Response:
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
                remaining = call.remaining()
                if not gate.acquire(timeout=None if remaining is None else max(remaining, 0.0)):
                    raise call.gate_timed_out()
                held.append(gate)
            return self._send_once(call)
        finally:
            for gate in reversed(held):
                gate.release()

    def _send_once(self, call: _Call) -> httpx.Response:
        """One attempt on the wire, inside the concurrency gates: send, read the whole body."""
        try:
            raw = self._inner.get().handle_request(call.begin_attempt())
            try:
                body = bytearray()
                for chunk in cast(httpx.SyncByteStream, raw.stream):
                    call.check_deadline()
                    body += chunk
            finally:
                raw.close()
        except httpx.TransportError as error:
            call.failed(error)
            raise
        finally:
            call.end_attempt()
        return call.received(raw, bytes(body))

    def close(self) -> None:
        if self._owns_inner:
            self._inner.get().close()
            if self._owns_store:
                self._shared.store.close()


class _PerLoop(Generic[_V]):
    """A value per running event loop, made by `factory` on first use in that loop.

    Semaphores and pooled connections belong to the loop they were used in, and one client may
    be used from successive `asyncio.run` calls. Values of loops that have closed are dropped
    when the next value is made.
    """

    def __init__(self, factory: Callable[[], _V]) -> None:
        self._factory = factory
        self._values: dict[asyncio.AbstractEventLoop, _V] = {}
        self._lock = threading.Lock()

    def get(self) -> _V:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            value = self._values.get(loop)
            if value is None:
                for old in [old for old in self._values if old.is_closed()]:
                    del self._values[old]
                value = self._values[loop] = self._factory()
            return value

    def forget_all(self) -> _V | None:
        """Forget every loop's value; return the running loop's, if it had one."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            current = self._values.pop(loop, None)
            self._values.clear()
        return current


def _semaphore_per_loop(size: int) -> _PerLoop[asyncio.Semaphore]:
    import asyncio

    return _PerLoop(lambda: asyncio.Semaphore(size))


class _PoolPerLoop(httpx.AsyncBaseTransport):
    """One connection pool per event loop.

    A pooled connection belongs to the loop that opened it: reused from another loop (the next
    `asyncio.run` of a script that keeps one client) it fails with `RuntimeError: Event loop is
    closed`. Pools of loops that have ended are dropped, not closed: their sockets cannot be
    closed politely without their loop, and the garbage collector closes them.
    """

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._pools = _PerLoop(factory)

    def _pool(self) -> httpx.AsyncBaseTransport:
        return self._pools.get()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool().handle_async_request(request)

    async def aclose(self) -> None:
        pool = self._pools.forget_all()  # other loops' pools: see the class docstring
        if pool is not None:
            await pool.aclose()


class AsyncPylonTransport(_BaseTransport, httpx.AsyncBaseTransport):
    """Async twin of `PylonTransport` (same parameters; `transport` is an async transport).

    The cap on requests in flight is an `asyncio.Semaphore` per event loop, and the default
    connection pool is one per event loop, so a client used from successive `asyncio.run` calls
    never touches a semaphore or a connection of a closed loop.
    """

    def __init__(
        self,
        config: ClientConfig,
        routes: RouteTable | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        hooks: TransportHooks | None = None,
        shared_state: SharedStateSetting = None,
    ) -> None:
        super().__init__(config, routes, hooks, shared_state)
        limits = _pool_limits(config)
        self._inner: _PerProcess[httpx.AsyncBaseTransport] = (
            _PerProcess(lambda: _PoolPerLoop(lambda: httpx.AsyncHTTPTransport(limits=limits)))
            if transport is None
            else _PerProcess.fixed(transport)
        )
        self._gate = self._new_gate(config.max_concurrency)

    def _new_gate(self, size: int) -> _PerLoop[asyncio.Semaphore]:
        return _semaphore_per_loop(size)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(self, request)
        try:
            try:
                first: httpx.Response | httpx.TransportError = await self._attempt(call)
            except httpx.TransportError as error:
                first = error
            if not call.run.should_retry(_outcome(first)):
                return call.finish(_result(first))
            await self._shared.hooks.async_sleep(call.run.last.delay if call.run.last else 0.0)
            controller = call.run.async_controller(self._shared.hooks.async_sleep)
            response: httpx.Response = await controller(self._attempt, call)
        except httpx.TransportError as error:
            raise call.connection_error(error) from error
        except _OTHER_HTTPX_ERRORS as error:
            raise call.unexpected_error(error) from error
        return call.finish(response)

    async def _attempt(self, call: _Call) -> httpx.Response:
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

    async def _send_once(self, call: _Call) -> httpx.Response:
        try:
            raw = await self._inner.get().handle_async_request(call.begin_attempt())
            try:
                body = bytearray()
                async for chunk in cast(httpx.AsyncByteStream, raw.stream):
                    call.check_deadline()
                    body += chunk
            finally:
                await raw.aclose()
        except httpx.TransportError as error:
            call.failed(error)
            raise
        finally:
            call.end_attempt()
        return call.received(raw, bytes(body))

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


def _client_headers(config: ClientConfig) -> dict[str, str]:
    return {"User-Agent": USER_AGENT, "Accept": "application/json", **config.default_headers}


def _client_options(config: ClientConfig) -> dict[str, Any]:
    # Never the key: it is added by the transport, on a copy of each request.
    return {
        "base_url": config.base_url,
        "timeout": config.timeout,
        "headers": _client_headers(config),
        "follow_redirects": False,
    }


def build_httpx_client(
    config: ClientConfig,
    routes: RouteTable | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
    hooks: TransportHooks | None = None,
) -> httpx.Client:
    """An `httpx.Client` for the facade and the generated client alike.

    `transport` is the inner transport to wrap, or an existing `PylonTransport` (for example
    `parent.with_config(new_config)`) to use as is. The client carries the base URL, timeouts and
    default headers but never the key, and does not follow redirects.
    """
    pylon = (
        transport
        if isinstance(transport, PylonTransport)
        else PylonTransport(config, routes, transport=transport, hooks=hooks)
    )
    return httpx.Client(transport=pylon, **_client_options(config))


def build_async_httpx_client(
    config: ClientConfig,
    routes: RouteTable | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    hooks: TransportHooks | None = None,
) -> httpx.AsyncClient:
    """Async twin of `build_httpx_client`."""
    pylon = (
        transport
        if isinstance(transport, AsyncPylonTransport)
        else AsyncPylonTransport(config, routes, transport=transport, hooks=hooks)
    )
    return httpx.AsyncClient(transport=pylon, **_client_options(config))


class _ClientSender(httpx.BaseTransport):
    """Sends through a caller's `httpx.Client`, keeping its proxies, TLS and pool settings.

    Only its connection settings apply: base URL, headers and timeouts come from the Pylon
    configuration. It is the caller's client, so closing Pylon leaves it open.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True, follow_redirects=False)


class _AsyncClientSender(httpx.AsyncBaseTransport):
    """Async twin of `_ClientSender`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)


class SharedState:
    """What a Pylon client and all its `with_options` clones share.

    One root transport owns the connection pool (or wraps the caller's `transport=` or
    `http_client=`), the rate limiters and the cap on requests in flight. Each client gets its own
    `httpx.Client` from `build_http_client`, over a clone of the root that carries that client's
    options. Closing a clone closes only its own httpx client; closing the first client, the one
    the state was created for, also closes the pool.
    """

    def __init__(self, root: PylonTransport | AsyncPylonTransport) -> None:
        self.root = root
        self.is_async = isinstance(root, AsyncPylonTransport)
        self._owner: httpx.Client | httpx.AsyncClient | None = None

    @classmethod
    def create(
        cls,
        config: ClientConfig,
        *,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        is_async: bool = False,
        routes: RouteTable | None = None,
        hooks: TransportHooks | None = None,
        shared_state: SharedStateSetting = None,
    ) -> SharedState:
        """Check the caller's `transport` / `http_client` against the client kind and wrap them."""
        if transport is not None and http_client is not None:
            raise PylonConfigError("Pass either transport= or http_client=, not both.")
        if is_async:
            inner = _inner_transport(transport, http_client, is_async=True)
            return cls(
                AsyncPylonTransport(
                    config, routes, transport=inner, hooks=hooks, shared_state=shared_state
                )
            )
        return cls(
            PylonTransport(
                config,
                routes,
                transport=_inner_transport(transport, http_client, is_async=False),
                hooks=hooks,
                shared_state=shared_state,
            )
        )

    def transport_for(self, config: ClientConfig) -> PylonTransport | AsyncPylonTransport:
        return self.root.with_config(config)

    def close_sync(self, http: httpx.Client) -> None:
        http.close()
        if http is self._owner and isinstance(self.root, PylonTransport):
            self.root.close()

    async def close_async(self, http: httpx.AsyncClient) -> None:
        await http.aclose()
        if http is self._owner and isinstance(self.root, AsyncPylonTransport):
            await self.root.aclose()


@dataclass(frozen=True)
class _Kind:
    """What a sync or an async Pylon client accepts as its caller's `http_client` or `transport`."""

    client: type[Any]
    sender: type[Any]
    transport: type[Any]
    wrong_client: str
    wrong_transport: str


_KINDS = {
    False: _Kind(
        httpx.Client, _ClientSender, httpx.BaseTransport,
        "Pylon needs an httpx.Client (AsyncPylon takes httpx.AsyncClient).",
        "Pylon needs a sync transport (httpx.BaseTransport), e.g. httpx.HTTPTransport or"
        " httpx.MockTransport; AsyncPylon takes async ones.",
    ),
    True: _Kind(
        httpx.AsyncClient, _AsyncClientSender, httpx.AsyncBaseTransport,
        "AsyncPylon needs an httpx.AsyncClient (Pylon takes httpx.Client).",
        "AsyncPylon needs an async transport (httpx.AsyncBaseTransport), e.g."
        " httpx.AsyncHTTPTransport, httpx.ASGITransport or httpx.MockTransport.",
    ),
}  # fmt: skip


def _inner_transport(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    http_client: httpx.Client | httpx.AsyncClient | None,
    *,
    is_async: bool,
) -> Any:
    """The caller's transport, or a sender through the caller's httpx client, checked against the
    kind of Pylon client it is given to."""
    kind = _KINDS[is_async]
    if http_client is not None:
        if not isinstance(http_client, kind.client):
            raise PylonConfigError(kind.wrong_client)
        return kind.sender(http_client)
    if transport is not None and not isinstance(transport, kind.transport):
        raise PylonConfigError(kind.wrong_transport)
    return transport


def build_http_client(config: ClientConfig, shared: SharedState) -> Any:
    """The httpx client (`Client` or `AsyncClient`, as `shared` is) for one Pylon client.

    It shares `shared`'s pool, limiters and concurrency cap, with `config`'s options.
    """
    pylon = shared.transport_for(config)
    http: httpx.Client | httpx.AsyncClient
    if isinstance(pylon, AsyncPylonTransport):
        http = httpx.AsyncClient(transport=pylon, **_client_options(config))
    else:
        http = httpx.Client(transport=pylon, **_client_options(config))
    if shared._owner is None:
        shared._owner = http
    return http
