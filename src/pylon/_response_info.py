"""What a response says beyond its data: the transport's report of the call, the server's
`Retry-After`, and Pylon's request id.

A leaf: the retry policy, the transport and the errors module all read these facts, and none of
them needs another to do so.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Literal

from ._constants import MAX_BODY_FOR_REQUEST_ID, MAX_RETRY_AFTER, REQUEST_ID_HEADERS

if TYPE_CHECKING:
    import httpx

__all__ = [
    "EXTENSION_KEY",
    "STOP_PHRASES",
    "CallInfo",
    "OpClass",
    "StopReason",
    "call_info",
    "not_retried_advice",
    "parse_retry_after",
    "request_id",
    "request_id_in_body",
    "request_id_of",
]

OpClass = Literal["read", "idempotent", "create"]
"""How safe an operation is to repeat: reads and idempotent writes may be retried after the server
may have seen them; creates only when they certainly never reached it."""

StopReason = Literal[
    "retries_exhausted",
    "deadline",
    "retry_after_too_long",
    "not_replayable",
    "maybe_processed",
    "creates_not_retried_on_429",
]
"""Why the retry policy stopped before a success."""

STOP_PHRASES: Mapping[StopReason, str] = {
    "retries_exhausted": "no retries left",
    "deadline": "the per-call deadline left no time for another attempt",
    "retry_after_too_long": f"Retry-After exceeds {MAX_RETRY_AFTER:g} s",
    "not_replayable": "the request body is a one-shot stream, which cannot be replayed",
    "maybe_processed": "a create may have been processed, so it is not repeated",
    "creates_not_retried_on_429": "retry_creates_on_429 is off",
}
"""Each stop reason as a phrase, for log lines and error messages."""

EXTENSION_KEY = "pylon"
"""The key of the `CallInfo` in the extensions of a response the transport returns."""


@dataclass(frozen=True)
class CallInfo:
    """What the transport did for one call, attached to the response it returns.

    Read it with `call_info(response)`; the facade uses it to say in an error message whether a
    request was retried, or why not (for example a create that may have been processed).
    """

    operation_id: str | None
    op_class: OpClass
    attempts: int
    stop_reason: StopReason | None = None
    maybe_processed: bool = False

    @property
    def retries_taken(self) -> int:
        return max(self.attempts - 1, 0)


def call_info(response: httpx.Response) -> CallInfo | None:
    """The `CallInfo` the Pylon transport attached to `response`, if it went through one."""
    info = response.extensions.get(EXTENSION_KEY)
    return info if isinstance(info, CallInfo) else None


def not_retried_advice(stop_reason: StopReason | None) -> str:
    """For an error message: why a failed call was not retried and what to do, or "" when the
    reason needs no word (no retries left, or nothing stopped it)."""
    if stop_reason == "maybe_processed":
        return (
            " It was not retried because Pylon has no idempotency key and repeating a create"
            " could duplicate it: check whether the object exists (for example by its external"
            " id) before sending it again."
        )
    if stop_reason in ("not_replayable", "deadline"):
        return f" Not retried: {STOP_PHRASES[stop_reason]}."
    return ""


# -- Retry-After -----------------------------------------------------------------------------------


def parse_retry_after(headers: Mapping[str, str] | None, now: float) -> float | None:
    """Seconds the server asked us to wait, or None when it said nothing usable.

    `retry-after-ms` wins over `Retry-After`; `Retry-After` may be (fractional) seconds or an
    HTTP date, compared with `now` (wall-clock epoch seconds). Zero, negative, non-finite and
    unparsable values give None, so the caller falls back to its own backoff. Never raises.
    """
    if not headers:
        return None
    lowered = {key.lower(): value for key, value in headers.items()}
    millis = _positive_float(lowered.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000.0
    raw = lowered.get("retry-after")
    if raw is None:
        return None
    seconds = _positive_float(raw)
    if seconds is not None:
        return seconds
    return _seconds_until_http_date(raw, now)


def _positive_float(raw: str | None) -> float | None:
    if raw is None:
        return None
    try:
        value = float(raw.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and value > 0 else None


def _seconds_until_http_date(raw: str, now: float) -> float | None:
    try:
        moment = parsedate_to_datetime(raw.strip())
        delay = moment.timestamp() - now
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return delay if math.isfinite(delay) and delay > 0 else None


# -- request id ------------------------------------------------------------------------------------


def request_id(headers: Mapping[str, str], payload: object = None) -> str | None:
    """Pylon's request id: the body's `request_id`, where Pylon documents it, else one of the
    headers proxies add. `payload` is the decoded JSON body, for callers that have decoded it."""
    if isinstance(payload, dict):
        found = payload.get("request_id")
        if isinstance(found, str) and found:
            return found
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def request_id_of(response: httpx.Response) -> str | None:
    """`request_id` for a response whose body the caller has not decoded. The body (in memory,
    not a live stream) is decoded only when it is small enough to be worth it for an id."""
    return request_id_in_body(response.headers, response.read())


def request_id_in_body(headers: httpx.Headers, body: bytes) -> str | None:
    """`request_id` from a response's headers and raw body bytes, without touching a response
    object (reading one that httpx has not yet wrapped would stop httpx from ever setting its
    `.elapsed`)."""
    payload: object = None
    if body and len(body) <= MAX_BODY_FOR_REQUEST_ID:
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError included
            payload = None
    return request_id(headers, payload)
