"""`client.health()`: one short, bounded call that says whether the client can work.

It sends `GET /me` (the organization the key belongs to) once - no retries, every phase and any
wait for a rate-limit slot bounded by `timeout` - and answers with a `Health` whatever happened:
an unhealthy answer is a result with a `reason`, never an exception, so a readiness probe can
return it as it is. The check is one flow, run by the sync and the async client alike.
"""

from __future__ import annotations

import math
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ._calls import RawCall
from ._config import REGIONS
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    PermissionDeniedError,
    PylonConfigError,
    PylonError,
    RateLimitError,
    ServerError,
)
from ._public import publish
from ._response_info import EXTENSION_KEY

if TYPE_CHECKING:
    from ._ratelimit_state import RateLimits

__all__ = ["Health", "HealthReason", "check_timeout", "health_flow"]

HealthReason = Literal[
    "bad_key",
    "forbidden",
    "rate_limited",
    "server_error",
    "timeout",
    "unreachable",
    "unexpected_response",
    "client_closed",
]


@dataclass(frozen=True)
class Health:
    """What `client.health()` found. Truthy when `ok`.

    * `ok` - the key works and Pylon answered; `reason` says why not (`"bad_key"`,
      `"forbidden"`, `"rate_limited"`, `"server_error"`, `"timeout"`, `"unreachable"`,
      `"unexpected_response"`, `"client_closed"`) and `detail` in one sentence;
    * `organization_id`, `organization_name` - the workspace the key reaches (`GET /me`);
    * `base_url`, `region` - where the client sends requests (`region` None for another host);
    * `round_trip` - seconds the call took (None when nothing answered);
    * `status_code`, `request_id` - of Pylon's answer, when there was one;
    * `held_back` - the operations the client has called whose limiter holds calls back now
      (`limiter_holding`).

    It never holds the API key.
    """

    ok: bool
    reason: HealthReason | None
    detail: str | None
    organization_id: str | None
    organization_name: str | None
    base_url: str
    region: str | None
    round_trip: float | None
    status_code: int | None
    request_id: str | None
    held_back: tuple[str, ...]

    @property
    def limiter_holding(self) -> bool:
        """Whether the client's limiter is holding any operation's calls back right now."""
        return bool(self.held_back)

    def __bool__(self) -> bool:
        return self.ok


def check_timeout(timeout: object) -> float:
    """`health(timeout=...)`: a positive, finite number of seconds."""
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, (int, float))
        or not (math.isfinite(timeout) and timeout > 0)
    ):
        raise PylonConfigError(
            f"health(timeout=...) must be a positive number of seconds, e.g. 5; got {timeout!r}."
        )
    return float(timeout)


def health_flow(probe: Any, limits: RateLimits) -> Generator[Any, Any, Health]:
    """Call `GET /me` once through `probe` (a client without retries, bounded by the timeout)
    and describe the outcome; `limits` is the client's rate-limit view."""
    from ._operations import operation

    where = {"base_url": probe.base_url, "region": probe.config.region}
    if probe._closed:
        return _result(where, limits, None, "client_closed", "The client is closed.")
    call = RawCall.build("GET", operation("GetMe").path, {})
    started = time.perf_counter()
    try:
        body = yield call
    except PylonError as error:
        answered = _answered(error)
        round_trip = time.perf_counter() - started if answered else None
        reason, detail = _diagnose(error, probe)
        return _result(where, limits, round_trip, reason, detail, error if answered else None)
    round_trip = time.perf_counter() - started
    data = body.get("data") if isinstance(body, Mapping) else None
    request_id = body.get("request_id") if isinstance(body, Mapping) else None
    if not isinstance(data, Mapping) or not isinstance(data.get("id"), str):
        return _result(
            where, limits, round_trip, "unexpected_response",
            f"{probe.base_url} answered GET /me without an organization: is it Pylon's API?",
            status_code=200, request_id=request_id if isinstance(request_id, str) else None,
        )  # fmt: skip
    return Health(
        ok=True,
        reason=None,
        detail=None,
        organization_id=data["id"],
        organization_name=data.get("name") if isinstance(data.get("name"), str) else None,
        round_trip=round_trip,
        status_code=200,
        request_id=request_id if isinstance(request_id, str) else None,
        held_back=_held_back(limits),
        **where,
    )


def _result(
    where: dict[str, Any],
    limits: RateLimits,
    round_trip: float | None,
    reason: HealthReason,
    detail: str,
    error: PylonError | None = None,
    *,
    status_code: int | None = None,
    request_id: str | None = None,
) -> Health:
    if isinstance(error, APIError):
        status_code, request_id = error.status_code, error.request_id
    return Health(
        ok=False,
        reason=reason,
        detail=detail,
        organization_id=None,
        organization_name=None,
        round_trip=round_trip,
        status_code=status_code,
        request_id=request_id,
        held_back=_held_back(limits),
        **where,
    )


def _diagnose(error: PylonError, probe: Any) -> tuple[HealthReason, str]:
    """The reason code and a one-line explanation (the errors' own messages never hold the key)."""
    host = probe.base_url
    if isinstance(error, AuthenticationError):
        others = [url for name, url in REGIONS.items() if name != probe.config.region]
        hint = (
            f", or belongs to another region ({', '.join(others)})" if probe.config.region else ""
        )
        return "bad_key", f"{host} refused the key (401): it is wrong or revoked{hint}."
    if isinstance(error, PermissionDeniedError):
        return "forbidden", f"{host} accepted the key but refused GET /me (403)."
    if isinstance(error, RateLimitError):
        wait = "" if error.retry_after is None else f"; retry in {error.retry_after:g} s"
        if not _answered(error):
            return "rate_limited", f"The limiter holds GET /me past the timeout (not sent){wait}."
        return "rate_limited", f"{host} answered GET /me with 429{wait}."
    if isinstance(error, ServerError):
        return "server_error", f"{host} failed ({error.status_code})."
    if isinstance(error, APITimeoutError):
        return "timeout", f"{host} did not answer within the health check's timeout."
    if isinstance(error, APIConnectionError):
        return "unreachable", str(error)
    status = f" ({error.status_code})" if isinstance(error, APIError) else ""
    return "unexpected_response", f"GET /me on {host} failed{status}: {error}"


def _answered(error: PylonError) -> bool:
    """Whether Pylon answered (the transport finished its response), rather than the SDK refusing
    to send, e.g. a rate-limit slot past the timeout."""
    return isinstance(error, APIError) and EXTENSION_KEY in error.response.extensions


def _held_back(limits: RateLimits) -> tuple[str, ...]:
    return tuple(state.operation_id for state in limits.held_back())


publish(__name__)
