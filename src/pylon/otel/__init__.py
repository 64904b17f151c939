"""OpenTelemetry for Pylon clients: a span per call, a child span per attempt, and metrics.

    from pylon import Pylon, otel

    client = Pylon(hooks=otel.hooks())

`hooks()` returns a `pylon.Hooks` that records, through the OpenTelemetry API (the extra
`py-usepylon-sdk[otel]`), to the tracer and meter providers you pass or, by default, the global
ones your application configured. It is built on the client's event hooks like any other hook,
so it can be combined with your own and added for some calls only (`client.with_options(hooks=...)`).

Spans follow OpenTelemetry's HTTP client conventions:

* one span per call, named after the operation (`GetIssue`), a child of the span that was current
  when the call began; attributes `http.request.method`, `url.template`, `server.address`,
  `server.port`, `http.response.status_code`, `error.type`, and `pylon.operation_id`,
  `pylon.request_id`, `pylon.retry_count`, `pylon.rate_limit_wait` (seconds); span events
  `pylon.retry` and `pylon.rate_limit_wait`;
* one child span (kind CLIENT) per attempt, named `GET /issues/{id}`, with the same HTTP
  attributes and `http.request.resend_count` on retries.

Metrics: `http.client.request.duration` (seconds, per attempt, the standard HTTP client
histogram), `pylon.client.call.duration` (seconds, per call, rate-limit waits and retries
included), `pylon.client.calls` (calls by operation and status or error), `pylon.client.retries`,
`pylon.client.rate_limited` (429 answers) and `pylon.client.rate_limit.wait` (seconds the
client's limiter held attempts back).

Nothing recorded holds the API key, a header or a body. `import pylon.otel` does not import
OpenTelemetry; `hooks()` does, and says which extra to install when it is missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.trace import TracerProvider

    from ..hooks import Hooks

__all__ = ["hooks"]


def hooks(
    *,
    tracer_provider: TracerProvider | None = None,
    meter_provider: MeterProvider | None = None,
) -> Hooks:
    """A `pylon.Hooks` that records spans and metrics for every call of the clients it is given to.

    `tracer_provider` / `meter_provider` default to OpenTelemetry's global providers.
    Raises `MissingExtraError` when `opentelemetry-api` is not installed.
    """
    try:
        from ._recorder import Recorder
    except ModuleNotFoundError as exc:  # the only modules it needs that may be missing
        from .._errors import MissingExtraError

        raise MissingExtraError(
            "pylon.otel needs opentelemetry-api, which is not installed: pip install"
            " 'py-usepylon-sdk[otel]'."
        ) from exc
    return Recorder(tracer_provider, meter_provider).hooks()
