"""Delivering the events of `pylon.hooks` from the transport to the user's hooks.

`EventSink` holds the hooks of one client configuration, sorted by event; the transport builds
one only when the configuration has hooks, so a client without hooks never reaches this module.
`CallEvents` follows one call: the transport tells it what happens (an attempt sent, a response,
a retry decision, the end), and it builds each event only when some hook listens for it.

A hook that raises is logged, never propagated: observing a call must not change it.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import httpx

from ._constants import ERROR_DETAIL_CHARS
from ._errors import PylonError, error_for_response
from ._logging import logger, redact
from ._response_info import StopReason, request_id_in_body
from .hooks import (
    HOOK_NAMES,
    AttemptFailed,
    CallDetails,
    CallEnded,
    CallStarted,
    GaveUp,
    Hooks,
    RateLimitWait,
    RequestSent,
    ResponseReceived,
    RetryScheduled,
)

if TYPE_CHECKING:
    from ._retry import Decision, Outcome
    from ._routes import Route
    from .shared_state import Reservation

__all__ = ["CallEvents", "EventSink"]

_call_ids = itertools.count(1)
_Listener = tuple[Callable[[Any], object], bool]  # the hook, and whether it may see bodies


class EventSink:
    """The hooks of one client configuration, by event, and the log of which ones failed."""

    def __init__(self, hooks: tuple[Hooks, ...]) -> None:
        self._listeners: dict[str, tuple[_Listener, ...]] = {
            name: tuple(
                (getattr(h, name), h.include_bodies) for h in hooks if getattr(h, name) is not None
            )
            for name in HOOK_NAMES
        }
        self.wants_bodies = any(h.include_bodies for h in hooks)
        self._reported: set[tuple[int, str]] = set()
        self._lock = threading.Lock()

    def listens(self, name: str) -> bool:
        return bool(self._listeners[name])

    def emit(self, name: str, event: Any) -> None:
        """Give `event` to every hook of `name`; a hook that did not ask for bodies gets it
        with `body=None`."""
        plain = None
        for hook, with_bodies in self._listeners[name]:
            given = event
            if not with_bodies and getattr(event, "body", None) is not None:
                plain = plain if plain is not None else replace(event, body=None)
                given = plain
            try:
                hook(given)
            except Exception as error:
                self._report(hook, name, error)

    def _report(self, hook: Callable[[Any], object], name: str, error: Exception) -> None:
        key = (id(hook), name)
        with self._lock:
            first = key not in self._reported
            self._reported.add(key)
        detail = redact(str(error))[:ERROR_DETAIL_CHARS]
        logger.log(
            logging.WARNING if first else logging.DEBUG,
            "The Pylon event hook %s=%s raised %s (%s); the call went on without it.%s",
            name,
            getattr(hook, "__qualname__", type(hook).__qualname__),
            type(error).__name__,
            detail or "no details",
            " Later failures of this hook are logged at DEBUG." if first else "",
        )

    def for_call(
        self, request: httpx.Request, route: Route, clock: Callable[[], float]
    ) -> CallEvents:
        url = request.url
        details = CallDetails(
            call_id=next(_call_ids),
            operation_id=route.operation_id,
            method=request.method,
            path_template=route.template,
            path=url.path,
            server_address=url.host,
            server_port=url.port or {"http": 80, "https": 443}.get(url.scheme),
            op_class=route.op_class,
        )
        return CallEvents(self, details, clock)


class CallEvents:
    """One call's events: what the transport reports, turned into `pylon.hooks` events."""

    def __init__(self, sink: EventSink, details: CallDetails, clock: Callable[[], float]) -> None:
        self._sink = sink
        self.details = details
        self._clock = clock
        self._started = clock()
        self._attempts = 0
        self._status: int | None = None
        self._request_id: str | None = None
        self._body = b""
        self._waited = 0.0
        self._stop_reason: StopReason | None = None

    @contextmanager
    def watch(self) -> Iterator[Callable[[httpx.Response], httpx.Response]]:
        """Around the whole call: `CallStarted` now; at the end `GaveUp` when it failed and
        `CallEnded` always, from the response passed to the function it yields or the error
        raised inside."""
        self._emit("on_call_start", lambda: CallStarted(self.details))
        result: list[httpx.Response] = []

        def done(response: httpx.Response) -> httpx.Response:
            result.append(response)
            return response

        try:
            yield done
        except BaseException as error:
            self._end(error if isinstance(error, PylonError) else None, error)
            raise
        response = result[0]
        failure = None if response.is_success else self._status_error(response)
        self._end(failure, failure)

    def waiting(self, reservation: Reservation) -> None:
        self._waited += reservation.wait
        self._emit(
            "on_rate_limit_wait",
            lambda: RateLimitWait(self.details, reservation.wait, reservation.after_429),
        )

    def sent(self, attempt: int, request: httpx.Request) -> None:
        self._attempts = attempt
        self._emit("on_request", lambda: RequestSent(self.details, attempt, self._body_of(request)))

    def received(
        self, attempt: int, status: int, duration: float, headers: httpx.Headers, body: bytes
    ) -> None:
        self._status, self._body = status, body
        self._request_id = request_id_in_body(headers, body)
        self._emit(
            "on_response",
            lambda: ResponseReceived(
                self.details,
                attempt,
                status,
                duration,
                self._request_id,
                body if self._sink.wants_bodies else None,
            ),
        )

    def failed(self, attempt: int, duration: float, error: BaseException) -> None:
        self._emit(
            "on_attempt_error", lambda: AttemptFailed(self.details, attempt, duration, error)
        )

    def decided(self, outcome: Outcome, decision: Decision, attempt: int) -> None:
        self._stop_reason = decision.stop_reason
        if decision.retry:
            self._emit(
                "on_retry",
                lambda: RetryScheduled(
                    self.details,
                    attempt,
                    decision.reason,
                    decision.delay,
                    outcome.status,
                    decision.retry_after,
                ),
            )

    # -- inside --------------------------------------------------------------------------------

    def _emit(self, name: str, build: Callable[[], object]) -> None:
        if self._sink.listens(name):
            self._sink.emit(name, build())

    def _body_of(self, request: httpx.Request) -> bytes | None:
        stream = request.stream
        if not self._sink.wants_bodies or not isinstance(stream, httpx.ByteStream):
            return None  # a one-shot stream cannot be read without consuming the upload
        return b"".join(stream)

    def _status_error(self, response: httpx.Response) -> PylonError:
        """The typed error an error status stands for, built from a copy of the response: the
        caller's response is left unread, as httpx expects it."""
        copy = httpx.Response(
            response.status_code,
            headers=response.headers,
            content=self._body,
            request=response.request,
            extensions=dict(response.extensions),
        )
        return error_for_response(copy)

    def _end(self, failure: PylonError | None, error: BaseException | None) -> None:
        if failure is not None:
            attempts, stop = self._attempts, self._stop_reason
            self._emit("on_give_up", lambda: GaveUp(self.details, attempts, failure, stop))
        self._emit(
            "on_call_end",
            lambda: CallEnded(
                self.details,
                self._attempts,
                self._clock() - self._started,
                self._status,
                self._request_id,
                self._waited,
                error,
            ),
        )
