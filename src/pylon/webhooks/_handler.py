"""``WebhookHandler``: verify a delivery, parse it, skip duplicates, run the matching handlers.

Two ways to call it, each in a sync and an async form built on the same flow:

* ``process`` / ``aprocess`` raise a typed :class:`WebhookError` for a bad delivery and return a
  :class:`WebhookResult` otherwise;
* ``handle`` / ``ahandle`` never raise for a bad delivery: they return the
  :class:`WebhookResponse` to send (401, 400, 500, 503 or 200), ready for a web framework.

Handlers that raise are logged on the ``pylon.webhooks`` logger and listed on the result; the
others still run. A delivery is claimed *in progress* while its handlers run (a copy arriving
meanwhile gets a retryable 503), recorded *done* only when every handler succeeded, and released
when one failed - answered 500, so the sender's retry runs the handlers again: handlers are
at-least-once, so make them idempotent. When the dedup store cannot answer, the delivery is not
processed and is answered 503 with Retry-After: nothing is lost and nothing runs twice.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from .._constants import DEFAULT_DEDUP_LEASE, DEFAULT_DEDUP_WINDOW
from .._logging import logger as package_logger
from ..shared_state import StateStore, StoreUnavailableError
from ..shared_state._open import open_store
from ._body import BodyLike, as_bytes
from ._dedup import Claim, DedupStore, InMemoryDedupStore
from ._dispatch import Call, Flow, StoreStep, run_async, run_sync
from ._errors import WebhookConfigError, WebhookError, WebhookUnavailableError
from ._events import WebhookEvent, parse_event
from ._headers import HeaderMap, HeadersLike
from ._response import WebhookResponse
from ._result import Delivery, HandlerFailure, WebhookResult, default_dedup_key
from ._secrets import SecretLike, SigningKeys
from ._verify import DEFAULT_TOLERANCE, check, check_tolerance

__all__ = ["DEFAULT_DEDUP_WINDOW", "WebhookHandler"]

# A child of the package logger, which carries the NullHandler and the redacting filter.
logger = package_logger.getChild("webhooks")

_F = TypeVar("_F", bound=Callable[..., object])
_Route = tuple["frozenset[str] | None", Callable[[Any], object]]


def _failure_name(outcome: object) -> str:
    return type(outcome).__name__


def _describe(function: Callable[..., object]) -> str:
    name = getattr(function, "__qualname__", None) or type(function).__qualname__
    return f"{getattr(function, '__module__', None) or '?'}.{name}"


class WebhookHandler:
    """Receives Pylon deliveries and routes them to handler functions by ``event_type``.

    ``secret``: the webhook secret, or several during a rotation (surrounding whitespace is
    stripped; an empty secret raises :class:`WebhookConfigError` here, not at the first delivery).
    ``tolerance``: allowed clock difference for timestamped deliveries, in seconds (``None``
    disables the window). ``require_timestamp``: refuse deliveries signed without a timestamp.
    ``shared_state``: the store several receiver processes share (``"sqlite:///path"``,
    ``"redis://host:6379/0"`` or a store object; see :mod:`pylon.shared_state`);
    ``dedup_store``: where delivery keys are claimed otherwise (default: an
    :class:`InMemoryDedupStore`);
    ``dedup_window``: for how long a handled delivery is remembered, in seconds (``0`` turns
    deduplication off); ``dedup_lease``: how long an in-progress claim holds before another
    receiver may take it over; ``dedup_key``: how a key is derived (default
    :func:`default_dedup_key`; return None to skip deduplication for a delivery). ``clock``: unix
    seconds, injectable for tests.
    """

    def __init__(
        self,
        secret: SecretLike,
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        require_timestamp: bool = False,
        dedup_store: DedupStore | None = None,
        shared_state: str | StateStore | None = None,
        dedup_window: float = DEFAULT_DEDUP_WINDOW,
        dedup_lease: float = DEFAULT_DEDUP_LEASE,
        dedup_key: Callable[[Delivery], str | None] = default_dedup_key,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._keys = SigningKeys(secret)
        self.tolerance = check_tolerance(tolerance)
        self.require_timestamp = bool(require_timestamp)
        if isinstance(dedup_window, bool) or not isinstance(dedup_window, (int, float)):
            raise WebhookConfigError("dedup_window must be a number of seconds", "dedup_window")
        if dedup_window < 0:
            raise WebhookConfigError("dedup_window must be >= 0 (0 disables it)", "dedup_window")
        self.dedup_window = dedup_window
        if isinstance(dedup_lease, bool) or not isinstance(dedup_lease, (int, float)):
            raise WebhookConfigError("dedup_lease must be a number of seconds", "dedup_lease")
        if not dedup_lease > 0:
            raise WebhookConfigError("dedup_lease must be > 0 seconds", "dedup_lease")
        self.dedup_lease = float(dedup_lease)
        if dedup_store is not None and shared_state is not None:
            raise WebhookConfigError(
                "pass shared_state= (a URL or a store) or dedup_store=, not both", "shared_state"
            )
        self.dedup_store: DedupStore
        if shared_state is not None:
            self.dedup_store = open_store(shared_state)
        else:
            self.dedup_store = InMemoryDedupStore() if dedup_store is None else dedup_store
        self._dedup_key = dedup_key
        self._clock = clock
        self._routes: list[_Route] = []

    def __repr__(self) -> str:
        return (
            f"<WebhookHandler secrets={len(self._keys)} tolerance={self.tolerance!r} "
            f"require_timestamp={self.require_timestamp} handlers={len(self._routes)}>"
        )

    # -- registration --------------------------------------------------------------------------

    def on(self, *event_types: str) -> Callable[[_F], _F]:
        """Decorate a function (sync or async) to run for the given event types."""
        if not event_types:
            raise TypeError("on() needs at least one event type; use on_any() for every event")
        for event_type in event_types:
            if not isinstance(event_type, str) or not event_type:
                raise TypeError(f"event types must be non-empty strings, not {event_type!r}")
        return self._register(frozenset(event_types))

    def on_any(self) -> Callable[[_F], _F]:
        """Decorate a function (sync or async) to run for every event, known or not."""
        return self._register(None)

    def _register(self, event_types: frozenset[str] | None) -> Callable[[_F], _F]:
        def decorator(function: _F) -> _F:
            if not callable(function):
                raise TypeError("a webhook handler must be callable")
            self._routes.append((event_types, function))
            return function

        return decorator

    def handlers_for(self, event_type: str | None) -> list[Callable[[Any], object]]:
        """The functions that run for ``event_type``, in registration order."""
        return [
            function
            for types, function in self._routes
            if types is None or (event_type is not None and event_type in types)
        ]

    # -- processing ----------------------------------------------------------------------------

    def construct_event(self, body: BodyLike, headers: HeadersLike) -> WebhookEvent:
        """Verify and parse a delivery without running handlers or touching the dedup store."""
        return self._open(body, headers).event

    def process(self, body: BodyLike, headers: HeadersLike) -> WebhookResult:
        """Verify, parse, deduplicate and dispatch; raise :class:`WebhookError` if invalid.

        Async handlers are run to completion on a private event loop; from inside a running
        loop use :meth:`aprocess`.
        """
        return run_sync(self._flow(body, headers))

    async def aprocess(self, body: BodyLike, headers: HeadersLike) -> WebhookResult:
        """:meth:`process` for async code: async handlers are awaited on the running loop."""
        return await run_async(self._flow(body, headers))

    def handle(self, body: BodyLike, headers: HeadersLike) -> WebhookResponse:
        """:meth:`process`, answered as a :class:`WebhookResponse` instead of raising."""
        return run_sync(self._respond(body, headers))

    async def ahandle(self, body: BodyLike, headers: HeadersLike) -> WebhookResponse:
        """:meth:`aprocess`, answered as a :class:`WebhookResponse` instead of raising."""
        return await run_async(self._respond(body, headers))

    # -- the flow, written once ----------------------------------------------------------------

    def _open(self, body: BodyLike, headers: HeadersLike) -> Delivery:
        try:
            raw = as_bytes(body)
            verified = check(
                raw,
                HeaderMap(headers),
                self._keys,
                tolerance=self.tolerance,
                require_timestamp=self.require_timestamp,
                now=self._clock(),
            )
            event = parse_event(raw)
        except WebhookError as exc:
            logger.warning("webhook delivery rejected (%s, %s): %s", exc.code, exc.reason, exc)
            raise
        return Delivery(raw, event, verified.scheme, verified.timestamp)

    def _ask(self, operation: str, *args: object) -> StoreStep:
        """A question to the dedup store, askable from sync and async code alike."""
        store = self.dedup_store
        run: Callable[[], object] = functools.partial(getattr(store, operation), *args)
        arun: Callable[[], Awaitable[object]] | None = getattr(store, "a" + operation, None)
        if arun is not None:
            return StoreStep(run, functools.partial(arun, *args))

        async def in_thread() -> object:  # a store with sync methods only
            import asyncio

            return await asyncio.to_thread(run)

        return StoreStep(run, in_thread)

    def _flow(self, body: BodyLike, headers: HeadersLike) -> Flow[WebhookResult]:
        delivery = self._open(body, headers)
        event = delivery.event
        key = self._dedup_key(delivery) if self.dedup_window > 0 else None
        token: str | None = None
        if key is not None:
            claim = yield self._ask("claim", key, self.dedup_lease)
            if not isinstance(claim, Claim):
                # A shared store's outage was already reported once; a custom store's was not.
                outage = isinstance(claim, StoreUnavailableError)
                logger.log(
                    logging.INFO if outage else logging.WARNING,
                    "webhook dedup store unavailable (%s): %s delivery answered 503 so that the"
                    " sender retries",
                    _failure_name(claim),
                    event.event_type,
                )
                raise WebhookUnavailableError(
                    "The webhook dedup store did not answer; the delivery was not processed."
                    " Answer 503 so that the sender delivers it again.",
                    "store_unavailable",
                )
            if claim.state != "claimed":
                in_progress = claim.state == "in_progress"
                logger.info(
                    "duplicate webhook delivery %s (%s, key %s)",
                    "still in progress elsewhere" if in_progress else "ignored",
                    event.event_type,
                    key,
                )
                return WebhookResult(event, duplicate=True, in_progress=in_progress, dedup_key=key)
            token = claim.token
        handlers = self.handlers_for(event.event_type)
        failures: list[HandlerFailure] = []
        try:
            for function in handlers:
                error = yield Call(function, event)
                if isinstance(error, Exception):
                    failures.append(HandlerFailure(_describe(function), error))
                    logger.error(
                        "webhook handler %s failed on %s",
                        _describe(function),
                        event.event_type,
                        exc_info=error,
                    )
        except BaseException:
            self._release_now(key, token)
            raise
        if key is not None and token is not None:
            # Done only when every handler succeeded; otherwise let the sender's retry run them.
            if failures:
                outcome = yield self._ask("release", key, token)
            else:
                outcome = yield self._ask("complete", key, token, self.dedup_window)
            if isinstance(outcome, Exception):
                logger.warning(
                    "webhook dedup store unavailable (%s) after the handlers ran: the claim of"
                    " this %s delivery lapses after %g s",
                    _failure_name(outcome),
                    event.event_type,
                    self.dedup_lease,
                )
        return WebhookResult(event, handled=len(handlers), failures=tuple(failures), dedup_key=key)

    def _release_now(self, key: str | None, token: str | None) -> None:
        # Cancelled or interrupted mid-handler: no more awaiting; if the store cannot answer
        # either, the claim lapses after its lease.
        if key is None or token is None:
            return
        try:
            self.dedup_store.release(key, token)
        except Exception as exc:
            logger.warning("could not release a webhook claim (%s)", _failure_name(exc))

    def _respond(self, body: BodyLike, headers: HeadersLike) -> Flow[WebhookResponse]:
        try:
            result = yield from self._flow(body, headers)
        except WebhookError as exc:
            return WebhookResponse.for_error(exc)
        return WebhookResponse.for_result(result)
