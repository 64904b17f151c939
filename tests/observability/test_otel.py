"""`pylon.otel` against the simulator with faults, read back through the OpenTelemetry SDK's own
`InMemorySpanExporter` and `InMemoryMetricReader` (providers passed explicitly: no global state,
so tests in parallel workers cannot see each other's spans)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from pylon import APITimeoutError, AsyncPylon, Hooks, NotFoundError, otel
from pylon._errors import MissingExtraError
from pylon.testing import Simulator

from ..transport._support import CANARY, FakeClock, make_config, wired_client
from .conftest import FAST_RETRY


@dataclass
class Telemetry:
    spans: InMemorySpanExporter
    metrics: InMemoryMetricReader
    tracer_provider: TracerProvider
    meter_provider: MeterProvider

    def hooks(self) -> Hooks:
        return otel.hooks(tracer_provider=self.tracer_provider, meter_provider=self.meter_provider)

    def finished(self) -> list[ReadableSpan]:
        return sorted(self.spans.get_finished_spans(), key=lambda s: s.start_time or 0)

    def points(self, name: str) -> list[Any]:
        """The data points of one instrument, as the reader collected them now."""
        data = self.metrics.get_metrics_data()
        found: list[Any] = []
        for resource in data.resource_metrics if data else ():
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    if metric.name == name:
                        found.extend(metric.data.data_points)
        return found

    def dump(self) -> str:
        data = self.metrics.get_metrics_data()
        spans = [span.to_json() for span in self.spans.get_finished_spans()]
        return "\n".join(spans) + (data.to_json() if data else "")


@pytest.fixture
def telemetry() -> Iterator[Telemetry]:
    spans = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    metrics = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[metrics])
    yield Telemetry(spans, metrics, tracer_provider, meter_provider)
    tracer_provider.shutdown()
    meter_provider.shutdown()


def _check_retried_call(telemetry: Telemetry, sim: Simulator) -> None:
    attempts, (call,) = (
        [s for s in telemetry.finished() if s.kind is SpanKind.CLIENT],
        [s for s in telemetry.finished() if s.kind is SpanKind.INTERNAL],
    )
    assert call.name == "GetIssue"
    assert [s.name for s in attempts] == ["GET /issues/{id}"] * 3
    assert all(s.parent is not None and s.parent.span_id == call.context.span_id for s in attempts)
    assert all(s.context.trace_id == call.context.trace_id for s in attempts)
    records = [r.request_id for r in sim.requests]
    for number, (span, request_id) in enumerate(zip(attempts, records, strict=True)):
        attributes = dict(span.attributes or {})
        assert attributes["http.request.method"] == "GET"
        assert attributes["url.template"] == "/issues/{id}"
        assert attributes["server.address"] == "127.0.0.1"
        assert attributes["pylon.operation_id"] == "GetIssue"
        assert attributes["pylon.request_id"] == request_id
        assert attributes.get("http.request.resend_count") == (number or None)
        failed = number < 2
        assert attributes["http.response.status_code"] == (503 if failed else 200)
        assert attributes.get("error.type") == ("503" if failed else None)
        assert span.status.status_code is (StatusCode.ERROR if failed else StatusCode.UNSET)
    # Attempts in order, one after another, inside the call's span.
    assert all(a.end_time <= b.start_time for a, b in itertools.pairwise(attempts))  # type: ignore[operator]
    assert call.start_time <= attempts[0].start_time  # type: ignore[operator]
    assert attempts[-1].end_time <= call.end_time  # type: ignore[operator]
    attributes = dict(call.attributes or {})
    assert attributes["pylon.retry_count"] == 2
    assert attributes["pylon.request_id"] == records[-1]
    assert attributes["http.response.status_code"] == 200
    assert attributes["pylon.rate_limit_wait"] == 0.0
    assert "error.type" not in attributes
    assert [e.name for e in call.events] == ["pylon.retry", "pylon.retry"]
    assert [dict(e.attributes or {})["pylon.retry.attempt"] for e in call.events] == [1, 2]

    durations = telemetry.points("http.client.request.duration")
    by_status = {dict(p.attributes)["http.response.status_code"]: p.count for p in durations}
    assert by_status == {503: 2, 200: 1}
    (calls,) = telemetry.points("pylon.client.calls")
    assert (dict(calls.attributes)["http.response.status_code"], calls.value) == (200, 1)
    (retries,) = telemetry.points("pylon.client.retries")
    assert (dict(retries.attributes)["error.type"], retries.value) == ("503", 2)
    (call_duration,) = telemetry.points("pylon.client.call.duration")
    assert call_duration.count == 1 and call_duration.sum >= sum(p.sum for p in durations)


def test_a_span_per_call_and_a_child_per_attempt_in_order(
    telemetry: Telemetry, make_client: Any, sim: Simulator, issue_id: str
) -> None:
    client = make_client(hooks=telemetry.hooks())
    sim.faults.add(operation="GetIssue", status=503, headers=FAST_RETRY, times=2)
    client.issues.get(issue_id)
    _check_retried_call(telemetry, sim)


async def test_async_calls_are_traced_the_same_way(
    telemetry: Telemetry, make_client: Any, sim: Simulator, issue_id: str
) -> None:
    client = make_client(AsyncPylon, hooks=telemetry.hooks())
    sim.faults.add(operation="GetIssue", status=503, headers=FAST_RETRY, times=2)
    await client.issues.get(issue_id)
    _check_retried_call(telemetry, sim)


def test_the_call_span_is_a_child_of_the_callers_span(
    telemetry: Telemetry, make_client: Any, issue_id: str
) -> None:
    client = make_client(hooks=telemetry.hooks())
    tracer = telemetry.tracer_provider.get_tracer("app")
    with tracer.start_as_current_span("handle webhook") as outer:
        client.issues.get(issue_id)
    call = next(s for s in telemetry.finished() if s.name == "GetIssue")
    assert call.parent is not None and call.parent.span_id == outer.get_span_context().span_id


def test_a_failed_call_marks_its_span_and_counts_by_status(
    telemetry: Telemetry, make_client: Any
) -> None:
    client = make_client(hooks=telemetry.hooks())
    with pytest.raises(NotFoundError):
        client.issues.get("missing")
    attempt, call = telemetry.finished()[1], telemetry.finished()[0]
    for span in (attempt, call):
        assert span.status.status_code is StatusCode.ERROR
        assert dict(span.attributes or {})["error.type"] == "404"
    (exception,) = [e for e in call.events if e.name == "exception"]
    assert dict(exception.attributes or {})["exception.type"].endswith("NotFoundError")
    (calls,) = telemetry.points("pylon.client.calls")
    assert dict(calls.attributes)["error.type"] == "404"


def test_a_timeout_names_the_error_types(
    telemetry: Telemetry, make_client: Any, sim: Simulator, issue_id: str
) -> None:
    client = make_client(hooks=telemetry.hooks(), timeout=0.02, max_retries=0)
    sim.faults.add(operation="GetIssue", delay=1.0, times=1)
    with pytest.raises(APITimeoutError):
        client.issues.get(issue_id)
    call, attempt = telemetry.finished()
    assert dict(call.attributes or {})["error.type"] == "pylon.APITimeoutError"
    assert dict(attempt.attributes or {})["error.type"] == "httpx.ReadTimeout"
    assert "http.response.status_code" not in dict(call.attributes or {})


def test_429s_and_limiter_waits_are_counted(
    telemetry: Telemetry, sim: Simulator, issue_id: str
) -> None:
    clock = FakeClock()
    config = make_config(hooks=telemetry.hooks(), rate_limit={"GetIssue": (1, 60.0)})
    sim.faults.add(operation="GetIssue", status=429, headers=FAST_RETRY, times=1)
    with wired_client(config, transport=sim.transport(), hooks=clock.hooks()) as http:
        for _ in range(3):
            http.get(f"/issues/{issue_id}")
    (rate_limited,) = telemetry.points("pylon.client.rate_limited")
    assert (dict(rate_limited.attributes)["pylon.operation_id"], rate_limited.value) == (
        "GetIssue", 1,
    )  # fmt: skip
    (waits,) = telemetry.points("pylon.client.rate_limit.wait")
    assert waits.count >= 1 and waits.sum == pytest.approx(sum(clock.sleeps[-waits.count :]))
    calls = [s for s in telemetry.finished() if s.kind is SpanKind.INTERNAL]
    waited = [dict(s.attributes or {})["pylon.rate_limit_wait"] for s in calls]
    assert sum(waited) == pytest.approx(waits.sum)
    assert any(e.name == "pylon.rate_limit_wait" for s in calls for e in s.events)


def test_no_span_or_metric_holds_the_key(
    telemetry: Telemetry, make_client: Any, sim: Simulator, issue_id: str
) -> None:
    client = make_client(hooks=telemetry.hooks(), max_retries=1)
    sim.faults.add(operation="GetIssue", status=503, headers=FAST_RETRY, times=1)
    sim.faults.add(operation="GetMe", drop="before_response")
    client.issues.get(issue_id)
    client.issues.create(title="traced", body_html="<p>x</p>")
    for call in (lambda: client.issues.get("missing"), client.me.get):
        with pytest.raises(Exception) as raised:
            call()
        assert CANARY not in str(raised.value)
    dumped = telemetry.dump()
    assert "GetMe" in dumped and "CreateIssue" in dumped and "pylon.retry" in dumped
    fragments = {CANARY[i : i + 8] for i in range(len(CANARY) - 7)}
    assert not any(fragment in dumped for fragment in fragments)
    assert "traced" not in dumped  # no body either


def test_hooks_without_the_extra_name_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)
    monkeypatch.delitem(sys.modules, "pylon.otel._recorder", raising=False)
    with pytest.raises(MissingExtraError, match=r"py-usepylon-sdk\[otel\]"):
        otel.hooks()


def test_importing_pylon_and_pylon_otel_loads_no_opentelemetry() -> None:
    code = (
        "import sys, json, pylon, pylon.otel\n"
        "pylon.Hooks\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('opentelemetry'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert json.loads(out) == []


def test_a_path_the_spec_does_not_know_is_named_by_its_method_alone(
    telemetry: Telemetry, make_client: Any
) -> None:
    client = make_client(hooks=telemetry.hooks())
    with pytest.raises(NotFoundError):
        client.request("GET", "/not-an-endpoint/abc123")
    call, attempt = telemetry.finished()
    assert call.name == attempt.name == "GET"  # never the concrete path: one name per id
    for span in (call, attempt):
        attributes = dict(span.attributes or {})
        assert "url.template" not in attributes and "pylon.operation_id" not in attributes
        assert attributes["http.request.method"] == "GET"


def test_a_failing_start_hook_loses_the_span_but_not_the_metrics(
    telemetry: Telemetry, make_client: Any, issue_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from opentelemetry.sdk.trace import Tracer

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("exporter down")

    hooks = telemetry.hooks()
    monkeypatch.setattr(Tracer, "start_span", broken)
    assert make_client(hooks=hooks).issues.get(issue_id).id == issue_id
    assert telemetry.finished() == []
    (calls,) = telemetry.points("pylon.client.calls")
    assert calls.value == 1
