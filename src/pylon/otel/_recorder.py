"""Spans and metrics from the client's hook events (see `pylon.otel` for what is recorded).

One `Recorder` serves every call of the clients its `Hooks` are given to, from any thread or
task: the spans of a call in progress are kept by the call's id until its `CallEnded` event,
which the transport always sends, cancellation included.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from opentelemetry import metrics, trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from .._constants import DEFAULT_DEADLINE
from .._version import __version__
from ..hooks import Hooks

if TYPE_CHECKING:
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.trace import Span, TracerProvider
    from opentelemetry.util.types import AttributeValue

    from .. import hooks as events

    Attributes = dict[str, AttributeValue]

__all__ = ["Recorder"]

_SCOPE = "pylon"
_SCHEMA_URL = "https://opentelemetry.io/schemas/1.26.0"
# The HTTP client histogram's boundaries the semantic conventions advise, and for whole calls
# (rate-limit waits and retry sleeps included) a tail doubling up to the default deadline.
_REQUEST_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10)
_CALL_BUCKETS = (*_REQUEST_BUCKETS, *(DEFAULT_DEADLINE / 2**n for n in (3, 2, 1, 0)))


@dataclass
class _OpenCall:
    """The spans of a call in progress."""

    span: Span
    attempt: Span | None = None
    attributes: Attributes = field(default_factory=dict)


class Recorder:
    """Records each call as a span with a child span per attempt, and the client metrics."""

    def __init__(
        self, tracer_provider: TracerProvider | None, meter_provider: MeterProvider | None
    ) -> None:
        self._tracer = trace.get_tracer(
            _SCOPE, __version__, tracer_provider=tracer_provider, schema_url=_SCHEMA_URL
        )
        meter = metrics.get_meter(
            _SCOPE, __version__, meter_provider=meter_provider, schema_url=_SCHEMA_URL
        )
        self._request_duration = meter.create_histogram(
            "http.client.request.duration",
            unit="s",
            description="Duration of each HTTP request (attempt) sent to Pylon.",
            explicit_bucket_boundaries_advisory=_REQUEST_BUCKETS,
        )
        self._call_duration = meter.create_histogram(
            "pylon.client.call.duration",
            unit="s",
            description="Duration of each Pylon call, retries and rate-limit waits included.",
            explicit_bucket_boundaries_advisory=_CALL_BUCKETS,
        )
        self._calls = meter.create_counter(
            "pylon.client.calls", unit="{call}", description="Pylon calls, by status or error."
        )
        self._retries = meter.create_counter(
            "pylon.client.retries", unit="{retry}", description="Retries scheduled, by reason."
        )
        self._rate_limited = meter.create_counter(
            "pylon.client.rate_limited",
            unit="{response}",
            description="429 Too Many Requests answers from Pylon.",
        )
        self._limiter_wait = meter.create_histogram(
            "pylon.client.rate_limit.wait",
            unit="s",
            description="Time the client's rate limiter held an attempt back.",
            explicit_bucket_boundaries_advisory=_CALL_BUCKETS,
        )
        self._open: dict[int, _OpenCall] = {}

    def hooks(self) -> Hooks:
        return Hooks(
            on_call_start=self.call_started,
            on_rate_limit_wait=self.rate_limit_wait,
            on_request=self.request_sent,
            on_response=self.response_received,
            on_attempt_error=self.attempt_failed,
            on_retry=self.retry_scheduled,
            on_give_up=self.gave_up,
            on_call_end=self.call_ended,
        )

    # -- the call span -------------------------------------------------------------------------

    def call_started(self, event: events.CallStarted) -> None:
        attributes = _http_attributes(event.call)
        span = self._tracer.start_span(
            _call_span_name(event.call), kind=SpanKind.INTERNAL, attributes=attributes
        )
        self._open[event.call.call_id] = _OpenCall(span, attributes=attributes)

    def rate_limit_wait(self, event: events.RateLimitWait) -> None:
        self._limiter_wait.record(event.seconds, _operation_attributes(event.call))
        self._open[event.call.call_id].span.add_event(
            "pylon.rate_limit_wait",
            {"pylon.rate_limit_wait": event.seconds, "pylon.after_429": event.after_429},
        )

    def retry_scheduled(self, event: events.RetryScheduled) -> None:
        reason = str(event.status_code) if event.status_code is not None else event.reason
        self._retries.add(1, {**_operation_attributes(event.call), "error.type": reason})
        self._open[event.call.call_id].span.add_event(
            "pylon.retry",
            {
                "pylon.retry.attempt": event.attempt,
                "pylon.retry.reason": event.reason,
                "pylon.retry.delay": event.delay,
            },
        )

    def gave_up(self, event: events.GaveUp) -> None:
        self._open[event.call.call_id].span.record_exception(event.error)

    def call_ended(self, event: events.CallEnded) -> None:
        opened = self._open.pop(event.call.call_id, None)
        attributes = _operation_attributes(event.call)
        if event.status_code is not None:
            attributes["http.response.status_code"] = event.status_code
        error_type = _error_type(event.status_code, event.error)
        if error_type is not None:
            attributes["error.type"] = error_type
        self._calls.add(1, attributes)
        self._call_duration.record(event.duration, attributes)
        if opened is None:  # its start was not recorded (that hook failed, and was logged)
            return
        span = opened.span
        span.set_attributes(attributes)
        span.set_attribute("pylon.retry_count", event.retries)
        span.set_attribute("pylon.rate_limit_wait", event.rate_limit_wait)
        if event.request_id is not None:
            span.set_attribute("pylon.request_id", event.request_id)
        _end(span, error_type)

    # -- the attempt spans ---------------------------------------------------------------------

    def request_sent(self, event: events.RequestSent) -> None:
        opened = self._open[event.call.call_id]
        attributes = dict(opened.attributes)
        if event.attempt > 1:
            attributes["http.request.resend_count"] = event.attempt - 1
        opened.attempt = self._tracer.start_span(
            _attempt_span_name(event.call),
            context=trace.set_span_in_context(opened.span),
            kind=SpanKind.CLIENT,
            attributes=attributes,
        )

    def response_received(self, event: events.ResponseReceived) -> None:
        status = event.status_code
        error_type = str(status) if status >= 400 else None
        if status == 429:
            self._rate_limited.add(1, _operation_attributes(event.call))
        self._record_attempt(event.call, event.duration, status, error_type, event.request_id)

    def attempt_failed(self, event: events.AttemptFailed) -> None:
        error_type = _qualified_name(event.error)
        self._record_attempt(event.call, event.duration, None, error_type, None)

    def _record_attempt(
        self,
        call: events.CallDetails,
        duration: float,
        status: int | None,
        error_type: str | None,
        request_id: str | None,
    ) -> None:
        attributes = _http_attributes(call)
        if status is not None:
            attributes["http.response.status_code"] = status
        if error_type is not None:
            attributes["error.type"] = error_type
        self._request_duration.record(duration, attributes)
        opened = self._open[call.call_id]
        span, opened.attempt = opened.attempt, None
        assert span is not None, "RequestSent starts every attempt"
        if status is not None:
            span.set_attribute("http.response.status_code", status)
        if request_id is not None:
            span.set_attribute("pylon.request_id", request_id)
        _end(span, error_type)


def _call_span_name(call: events.CallDetails) -> str:
    return call.operation_id or _attempt_span_name(call)


def _attempt_span_name(call: events.CallDetails) -> str:
    """`{method} {url.template}`, or the method alone for a path the spec does not know (a
    concrete path would make one span name per id)."""
    return f"{call.method} {call.path_template}" if call.path_template else call.method


def _http_attributes(call: events.CallDetails) -> Attributes:
    attributes: Attributes = {
        "http.request.method": call.method,
        "server.address": call.server_address,
    }
    if call.server_port is not None:
        attributes["server.port"] = call.server_port
    if call.path_template is not None:
        attributes["url.template"] = call.path_template
    if call.operation_id is not None:
        attributes["pylon.operation_id"] = call.operation_id
    return attributes


def _operation_attributes(call: events.CallDetails) -> Attributes:
    attributes: Attributes = {"http.request.method": call.method}
    if call.operation_id is not None:
        attributes["pylon.operation_id"] = call.operation_id
    return attributes


def _error_type(status: int | None, error: BaseException | None) -> str | None:
    """`error.type` as the conventions define it: the status code of an error answer, else the
    exception's full class name (`pylon.APITimeoutError`)."""
    code = getattr(error, "status_code", None)
    if isinstance(code, int):
        return str(code)
    if error is not None:
        return _qualified_name(error)
    return str(status) if status is not None and status >= 400 else None


def _qualified_name(error: BaseException) -> str:
    cls = type(error)
    return (
        cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
    )


def _end(span: Span, error_type: str | None) -> None:
    if error_type is not None:
        span.set_attribute("error.type", error_type)
        span.set_status(Status(StatusCode.ERROR))
    span.end()
