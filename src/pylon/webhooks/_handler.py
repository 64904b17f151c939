"""``WebhookHandler``: verify a delivery, parse it, skip duplicates, run the matching handlers.

Two ways to call it, each in a sync and an async form built on the same flow:

* ``process`` / ``aprocess`` raise a typed :class:`WebhookError` for a bad delivery and return a
  :class:`WebhookResult` otherwise;
* ``handle`` / ``ahandle`` never raise for a bad delivery: they return the
  :class:`WebhookResponse` to send (401, 400, 500 or 200), ready for a web framework.

Handlers that raise are logged on the ``pylon.webhooks`` logger and listed on the result; the
others still run. Because a failed delivery is answered with 500 so that Pylon retries it, its
dedup key is released: handlers are at-least-once, so make them idempotent.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from .._logging import logger as package_logger
from ._body import BodyLike, as_bytes
from ._dedup import DedupStore, InMemoryDedupStore
from ._dispatch import Call, Flow, run_async, run_sync
from ._errors import WebhookConfigError, WebhookError
from ._events import WebhookEvent, parse_event
from ._headers import HeaderMap, HeadersLike
from ._response import WebhookResponse
from ._result import Delivery, HandlerFailure, WebhookResult, default_dedup_key
from ._secrets import SecretLike, SigningKeys
from ._verify import DEFAULT_TOLERANCE, check, check_tolerance

__all__ = ["DEFAULT_DEDUP_WINDOW", "WebhookHandler"]

# A child of the package logger, which carries the NullHandler and the redacting filter.
logger = package_logger.getChild("webhooks")

#: Seconds a delivery key is remembered: long enough to outlast a sender's retries.
DEFAULT_DEDUP_WINDOW = 72 * 3600

_F = TypeVar("_F", bound=Callable[..., object])
_Route = tuple["frozenset[str] | None", Callable[[Any], object]]


def _describe(function: Callable[..., object]) -> str:
    name = getattr(function, "__qualname__", None) or type(function).__qualname__
    return f"{getattr(function, '__module__', None) or '?'}.{name}"


class WebhookHandler:
    """Receives Pylon deliveries and routes them to handler functions by ``event_type``.

    ``secret``: the webhook secret, or several during a rotation (surrounding whitespace is
    stripped; an empty secret raises :class:`WebhookConfigError` here, not at the first delivery).
    ``tolerance``: allowed clock difference for timestamped deliveries, in seconds (``None``
    disables the window). ``require_timestamp``: refuse deliveries signed without a timestamp.
    ``dedup_store``: where delivery keys are remembered (default: an :class:`InMemoryDedupStore`);
    ``dedup_window``: for how long, in seconds (``0`` turns deduplication off); ``dedup_key``: how
    a key is derived (default :func:`default_dedup_key`; return None to skip deduplication for a
    delivery). ``clock``: unix seconds, injectable for tests.
    """

    def __init__(
        self,
        secret: SecretLike,
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        require_timestamp: bool = False,
        dedup_store: DedupStore | None = None,
        dedup_window: float = DEFAULT_DEDUP_WINDOW,
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
        self.dedup_store: DedupStore = InMemoryDedupStore() if dedup_store is None else dedup_store
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

    def _claim(self, delivery: Delivery) -> tuple[str | None, bool]:
        """The delivery's dedup key, and whether it is new (always new when dedup is off)."""
        key = self._dedup_key(delivery) if self.dedup_window > 0 else None
        if key is None:
            return None, True
        return key, self.dedup_store.claim(key, self.dedup_window)

    def _flow(self, body: BodyLike, headers: HeadersLike) -> Flow[WebhookResult]:
        delivery = self._open(body, headers)
        event = delivery.event
        key, new = self._claim(delivery)
        if not new:
            logger.info("duplicate webhook delivery ignored (%s, key %s)", event.event_type, key)
            return WebhookResult(event, duplicate=True, dedup_key=key)
        handlers = self.handlers_for(event.event_type)
        failures: list[HandlerFailure] = []
        try:
            for function in handlers:
                error = yield Call(function, event)
                if error is not None:
                    failures.append(HandlerFailure(_describe(function), error))
                    logger.error(
                        "webhook handler %s failed on %s",
                        _describe(function),
                        event.event_type,
                        exc_info=error,
                    )
        except BaseException:
            self._release(key)
            raise
        if failures:
            self._release(key)
        return WebhookResult(event, handled=len(handlers), failures=tuple(failures), dedup_key=key)

    def _release(self, key: str | None) -> None:
        # Let the sender's retry run the handlers again.
        if key is not None:
            self.dedup_store.release(key)

    def _respond(self, body: BodyLike, headers: HeadersLike) -> Flow[WebhookResponse]:
        try:
            result = yield from self._flow(body, headers)
        except WebhookError as exc:
            return WebhookResponse.for_error(exc)
        return WebhookResponse.for_result(result)
