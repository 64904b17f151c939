"""The SDK's exceptions: one hierarchy rooted at `PylonError`.

```
PylonError
├── PylonConfigError (also ValueError)        bad client configuration, raised at construction
├── PylonValidationError (also ValueError)    bad input caught before sending (ids, limits)
│   └── FilterError                           pylon.filters: a filter the endpoint does not take
│       └── FilterParseError                  pylon.filters: filter text that does not parse
├── APIError                                  Pylon answered with an error status
│   ├── BadRequestError            400  (also PylonValidationError)
│   ├── AuthenticationError        401
│   ├── PermissionDeniedError      403
│   ├── NotFoundError              404
│   ├── ConflictError              409
│   ├── UnprocessableEntityError   422  (also PylonValidationError)
│   ├── RateLimitError             429
│   ├── ServerError                5xx
│   └── APIResponseValidationError 2xx whose body is not JSON or not the documented shape
├── APIConnectionError                        no usable response (network, protocol)
│   └── APITimeoutError                       a timeout or the per-call deadline
├── CircuitOpenError                          Pylon is failing: the call was not sent (breaker open)
├── PaginationError                           a page walk that would never end
├── JobError                                  pylon.jobs: a long-running job stopped
│   ├── JobInputError (also PylonValidationError)  its input refused before any request
│   │   ├── JobMismatchError                  a checkpoint or journal of another command
│   │   └── OutputExistsError                 the output exists and is not ours to continue
│   └── ExportStoppedError                    an export stopped; the same call resumes it
├── MissingExtraError (also ImportError)      an optional package a feature needs is missing
├── StoreUnavailableError                     the shared-state store (SQLite, Redis) did not answer
├── UnsupportedOperationError                 no endpoint for it (also NotImplementedError)
└── WebhookError                              pylon.webhooks: a delivery that cannot be accepted
    ├── WebhookConfigError (also ValueError)  a receiver set up wrongly
    ├── WebhookSignatureError                 missing, malformed or unmatched signature
    ├── WebhookTimestampError                 missing, malformed or stale timestamp
    ├── WebhookPayloadError                   a verified body that is not a JSON object
    └── WebhookUnavailableError               the dedup store did not answer (answered 503)
```

Every class is defined here except the filter and webhook errors, which live with the pure code
that raises them (`pylon.filters`, `pylon.webhooks`) and subclass the classes above.

`BadRequestError` and `UnprocessableEntityError` inherit from both `APIError` and
`PylonValidationError` so that the plan's `except PylonValidationError` catches the server's
400/422 as well as the SDK's own input checks; they are still `APIError`s with a status.

The status decides the class *before* any parsing: Pylon documents no 401 or 429 and a proxy can
answer with an HTML page, so a body is parsed only to enrich the error, never to classify it, and
parsing never raises. Messages say what happened and what to do; nothing here ever holds the API
key (the transport adds it to a private copy of each request). Errors pickle and unpickle.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx

from ._constants import ERROR_BODY_SNIPPET_CHARS, ERROR_MESSAGE_DETAIL_CHARS, MAX_RETRY_AFTER
from ._public import publish
from ._response_info import (
    CallInfo,
    call_info,
    not_retried_advice,
    parse_retry_after,
    request_id,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CircuitOpenError",
    "ConflictError",
    "ExportStoppedError",
    "JobError",
    "JobInputError",
    "JobMismatchError",
    "MissingExtraError",
    "NotFoundError",
    "OutputExistsError",
    "PaginationError",
    "PermissionDeniedError",
    "PylonAPIError",
    "PylonAuthenticationError",
    "PylonConfigError",
    "PylonError",
    "PylonNotFoundError",
    "PylonRateLimitError",
    "PylonServerError",
    "PylonValidationError",
    "RateLimitError",
    "ServerError",
    "StoreUnavailableError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "error_for_response",
    "response_json",
]


def _restore(cls: type[PylonError], message: str) -> PylonError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    return error


class PylonError(Exception):
    """Base class of every error the SDK raises.

    An error raised while a pager walks pages also says where to resume: `cursor` is the cursor of
    the page that failed (pass it as `cursor=` to a new search or list) and `items_delivered` how
    many items the pager had yielded. For a walk over time windows (`issues.list`), `window` is
    the part of the range not yet fully delivered, `(start, end)` as aware datetimes: pass them
    back as `issues.list(since=exc.window[0], until=exc.window[1])`. All are None for errors
    outside a page walk (`window` also for walks that are not split into time windows).
    """

    cursor: str | None = None
    items_delivered: int | None = None
    window: tuple[datetime, datetime] | None = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors defeat Exception's default pickling (it replays `args`), so
        # rebuild from the message and restore the attributes as state.
        return (_restore, (type(self), self.message), self.__dict__.copy())


class PylonConfigError(PylonError, ValueError):
    """The client was configured wrongly (missing key, bad base URL, bad timeout...)."""


class PylonValidationError(PylonError, ValueError):
    """Input rejected: by the SDK before sending, or by Pylon with 400/422 (see subclasses)."""


class APIError(PylonError):
    """Pylon (or something in front of it) answered with an error status.

    **Attributes:**

    * `status_code` - the HTTP status.
    * `request_id` - Pylon's request id, from the JSON body (`request_id`) or a response header.
    * `errors` - the messages from the body's `errors` list, as strings (`[]` if none).
    * `exists_id` - for duplicate errors, the id of the object that already exists.
    * `body` - the start of the response body, for debugging.
    * `json_body` - the decoded JSON body, or None when it was not JSON.
    * `response` / `request` / `headers` - the httpx objects (the request never carries the key).
    * `retries_taken` - how many times the SDK retried before giving up.
    * `maybe_processed` - True when the server may have acted on the request anyway.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        response: httpx.Response,
        *,
        request_id: str | None = None,
        errors: Sequence[str] = (),
        exists_id: str | None = None,
        body: str = "",
        json_body: object = None,
        retries_taken: int = 0,
        maybe_processed: bool = False,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request = _request_of(response)
        self.request_id = request_id
        self.errors = list(errors)
        self.exists_id = exists_id
        self.body = body[:ERROR_BODY_SNIPPET_CHARS]
        self.json_body = json_body
        self.retries_taken = retries_taken
        self.maybe_processed = maybe_processed

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"request_id={self.request_id!r}, message={self.message!r})"
        )


class BadRequestError(APIError, PylonValidationError):
    """400: Pylon rejected the request's parameters or body; see `.errors`."""


class AuthenticationError(APIError):
    """401: the API key was rejected (missing, revoked, or from the other region)."""


class PermissionDeniedError(APIError):
    """403: the key is valid but may not perform this operation."""


class NotFoundError(APIError):
    """404: no such object (or path)."""


class ConflictError(APIError):
    """409: the request conflicts with existing state; see `.exists_id`."""


class UnprocessableEntityError(APIError, PylonValidationError):
    """422: the body was well-formed but semantically invalid; see `.errors`."""


class RateLimitError(APIError):
    """429: too many requests. `retry_after` is the server's requested wait in seconds, if any."""

    def __init__(
        self, message: str, response: httpx.Response, *, retry_after: float | None = None, **kw: Any
    ) -> None:
        super().__init__(message, response, **kw)
        self.retry_after = retry_after


class ServerError(APIError):
    """5xx: Pylon, or a proxy in front of it, failed. Reads are retried before this is raised."""


class APIResponseValidationError(APIError):
    """A success status whose body is not JSON or not the documented shape."""


class APIConnectionError(PylonError):
    """No usable response: the connection failed, broke, or the server misbehaved at HTTP level.

    `maybe_processed` is False only when the request certainly never reached the server (the
    connection could not be made); otherwise Pylon may have acted on it.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        maybe_processed: bool = True,
        retries_taken: int = 0,
    ) -> None:
        super().__init__(message)
        self.request = request
        self.maybe_processed = maybe_processed
        self.retries_taken = retries_taken


class APITimeoutError(APIConnectionError):
    """A timeout: connect, read or write, or the per-call deadline across all attempts."""


class CircuitOpenError(PylonError):
    """Pylon has been failing (connection errors or 5xx), so the circuit breaker is open and the
    request was not sent.

    `host` is the host whose circuit is open, `retry_after` the seconds until a probe may go out
    again (0 while a probe is under way), and `retry_at` that moment as a wall-clock Unix
    timestamp. `maybe_processed` is True only when an earlier attempt of the same call (before
    the circuit opened) may have reached Pylon.
    """

    def __init__(
        self,
        message: str,
        *,
        host: str,
        retry_after: float,
        retry_at: float,
        maybe_processed: bool = False,
    ) -> None:
        super().__init__(message)
        self.host = host
        self.retry_after = retry_after
        self.retry_at = retry_at
        self.maybe_processed = maybe_processed


class PaginationError(PylonError):
    """The server's pagination would never end (a repeated cursor, endless empty pages).

    `cursor`, `items_delivered` and `window` say where a new walk can resume (see `PylonError`).
    """

    def __init__(
        self,
        message: str,
        *,
        cursor: str | None,
        items_delivered: int,
        window: tuple[Any, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.cursor = cursor
        self.items_delivered = items_delivered
        self.window = window


class UnsupportedOperationError(PylonError, NotImplementedError):
    """Pylon's API has no endpoint for what was asked."""


class JobError(PylonError):
    """A long-running job stopped; `resumable` says whether running the same command continues it."""

    resumable: bool = False


class JobInputError(JobError, PylonValidationError):
    """A job's input is refused before any request: an unknown collection or format, a bad option."""


class JobMismatchError(JobInputError):
    """A checkpoint or journal belongs to a different command; `differences` names what differs."""

    def __init__(self, message: str, differences: dict[str, tuple[object, object]]) -> None:
        super().__init__(message)
        self.differences = differences


class OutputExistsError(JobInputError):
    """The output exists and no checkpoint says it is ours to continue (pass overwrite=True)."""


class ExportStoppedError(JobError):
    """The export stopped on an error; what it had written is kept, and the same call resumes."""

    resumable = True


class MissingExtraError(PylonError, ImportError):
    """An optional package a feature needs is not installed; the message says what to install."""


class StoreUnavailableError(PylonError):
    """The shared-state store (SQLite or Redis) did not answer in time.

    The limiter never lets it reach a caller (it paces in-process instead); the webhook handler
    answers 503 with Retry-After so the sender delivers again later.
    """


# The names of the project's original plan: the same objects, not copies.
PylonAPIError = APIError
PylonAuthenticationError = AuthenticationError
PylonRateLimitError = RateLimitError
PylonNotFoundError = NotFoundError
PylonServerError = ServerError

_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _class_for_status(status: int) -> type[APIError]:
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, APIError)


@dataclass
class _ErrorBody:
    text: str = ""
    data: object = None
    errors: list[str] = field(default_factory=list)
    request_id: str | None = None
    exists_id: str | None = None
    content_type: str = ""
    size: int = 0

    is_json: bool = False


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


def _read_body(response: httpx.Response) -> bytes:
    try:
        return response.read()
    except (httpx.HTTPError, httpx.StreamError, RuntimeError):
        return b""


_NOT_JSON: Any = object()  # `null` is valid JSON, so None can't mean "not JSON"


def _decode_json(raw: bytes) -> object:
    if not raw.strip():
        return _NOT_JSON
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return _NOT_JSON


def _text(raw: bytes, response: httpx.Response) -> str:
    try:
        return raw.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


def _as_messages(value: object) -> list[str]:
    """Pylon documents `errors` as strings; accept objects and scalars too."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [item if isinstance(item, str) else _compact(item) for item in items]


def _compact(value: object) -> str:
    if isinstance(value, dict):
        message = value.get("message") or value.get("error") or value.get("detail")
        if isinstance(message, str):
            return message
    try:
        return json.dumps(value, sort_keys=True, default=str)
    except (TypeError, ValueError):
        return str(value)


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _parse_body(response: httpx.Response) -> _ErrorBody:
    raw = _read_body(response)
    data = _decode_json(raw)
    body = _ErrorBody(
        text=_text(raw, response),
        data=None if data is _NOT_JSON else data,
        is_json=data is not _NOT_JSON,
        content_type=response.headers.get("content-type", "").split(";")[0].strip(),
        size=len(raw),
    )
    if isinstance(body.data, dict):
        body.errors = _as_messages(body.data.get("errors"))
        if not body.errors and isinstance(body.data.get("message"), str):
            body.errors = [body.data["message"]]
        body.exists_id = _optional_str(body.data.get("exists_id"))
    body.request_id = request_id(response.headers, body.data)
    return body


def _where(response: httpx.Response) -> str:
    request = _request_of(response)
    return f" for {request.method} {request.url.path}" if request is not None else ""


def _host(response: httpx.Response) -> str:
    request = _request_of(response)
    if request is None:
        return "the configured host"
    return f"{request.url.scheme}://{request.url.host}"


def _summary(response: httpx.Response, body: _ErrorBody) -> str:
    status = response.status_code
    phrase = response.reason_phrase or ""
    head = f"Pylon returned {status} {phrase}".rstrip() + _where(response)
    if body.errors:
        detail = "; ".join(body.errors)
        if len(detail) > ERROR_MESSAGE_DETAIL_CHARS:
            detail = detail[: ERROR_MESSAGE_DETAIL_CHARS - 1] + "…"
        head += f": {detail}"
    elif not body.is_json and body.size:
        kind = body.content_type or "unknown content type"
        head += (
            f" with a body that is not JSON ({kind}, {body.size} bytes), usually a proxy or load"
            " balancer page; see .body for the start of it"
        )
    if body.request_id:
        head += f" (request_id {body.request_id})"
    return head + "."


def _advice(
    cls: type[APIError], response: httpx.Response, body: _ErrorBody, info: CallInfo | None
) -> str:
    status = response.status_code
    parts: list[str] = []
    if cls is AuthenticationError:
        parts.append(
            f" The API key was rejected by {_host(response)}. Pylon API tokens are region-bound:"
            " a US token only works on https://api.usepylon.com and an EU token only on"
            " https://api.eu.usepylon.com. Check the key (api_key / PYLON_API_KEY) and the"
            " region (region= / base_url= / PYLON_BASE_URL)."
        )
    elif cls is PermissionDeniedError:
        parts.append(" The API key is valid but not allowed to perform this operation.")
    elif cls is NotFoundError and _retried_delete(response, info):
        parts.append(" An earlier attempt of this DELETE may already have deleted it.")
    elif body.exists_id:
        parts.append(f" An object with this identity already exists: {body.exists_id}.")
    elif 300 <= status < 400:
        location = response.headers.get("location", "")
        parts.append(
            f" Redirects are not followed (so the API key is never sent elsewhere): {location!r}."
            " Check base_url."
        )
    if info is not None:
        if info.stop_reason == "maybe_processed":
            parts.append(" Pylon may have processed this create before failing.")
        parts.append(not_retried_advice(info.stop_reason))
        if info.retries_taken:
            parts.append(f" Gave up after {info.attempts} attempts.")
    return "".join(parts)


def _retried_delete(response: httpx.Response, info: CallInfo | None) -> bool:
    request = _request_of(response)
    return bool(info and info.retries_taken and request is not None and request.method == "DELETE")


def _rate_limit_advice(retry_after: float | None, info: CallInfo | None) -> str:
    if retry_after is None:
        return " Lower the request rate or retry later."
    if info is not None and info.stop_reason == "retry_after_too_long":
        return (
            f" Pylon asked to wait {retry_after:g} s, longer than the {MAX_RETRY_AFTER:g} s the SDK"
            " waits on its own; retry after that (see .retry_after)."
        )
    return f" Pylon asked to wait {retry_after:g} s (see .retry_after)."


def error_for_response(response: httpx.Response) -> APIError:
    """Build the typed error for a non-2xx response (or a 2xx the caller found unusable).

    The class comes from the status alone; the body (JSON or not) only enriches the error.
    Never raises while doing so.
    """
    cls = _class_for_status(response.status_code)
    body = _parse_body(response)
    info = call_info(response)
    message = _summary(response, body) + _advice(cls, response, body, info)
    kwargs: dict[str, Any] = {
        "request_id": body.request_id,
        "errors": body.errors,
        "exists_id": body.exists_id,
        "body": body.text,
        "json_body": body.data,
        "retries_taken": info.retries_taken if info is not None else 0,
        # The server may have acted on a request it answered 408 or 5xx.
        "maybe_processed": response.status_code == 408 or response.status_code >= 500,
    }
    if cls is RateLimitError:
        retry_after = parse_retry_after(response.headers, time.time())
        message += _rate_limit_advice(retry_after, info)
        return RateLimitError(message, response, retry_after=retry_after, **kwargs)
    return cls(message, response, **kwargs)


def response_json(response: httpx.Response) -> Any:
    """Decode a success response's JSON body, or raise `APIResponseValidationError`.

    A captive portal, a wrong base URL or a truncated body gives a typed error that names the
    content type, never a bare `JSONDecodeError`.
    """
    raw = _read_body(response)
    data = _decode_json(raw)
    if data is _NOT_JSON:
        content_type = response.headers.get("content-type", "no content type").split(";")[0]
        message = (
            f"Expected a JSON body from Pylon{_where(response)} but got {content_type}"
            f" ({len(raw)} bytes). Check base_url; see .body for the start of the response."
        )
        raise response_validation_error(response, message)
    return data


def response_validation_error(response: httpx.Response, message: str) -> APIResponseValidationError:
    """An `APIResponseValidationError` for `response`, with its body snippet and request id."""
    body = _parse_body(response)
    info = call_info(response)
    return APIResponseValidationError(
        message,
        response,
        request_id=body.request_id,
        body=body.text,
        json_body=body.data,
        retries_taken=info.retries_taken if info is not None else 0,
    )


publish(__name__)
