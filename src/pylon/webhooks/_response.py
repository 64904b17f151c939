"""The HTTP answer to a delivery, in a shape web frameworks take as it is.

:class:`WebhookResponse` is a ``(body, status, headers)`` named tuple, the tuple Flask accepts
from a view; ``to_wsgi`` answers through WSGI's ``start_response``. It knows no optional web
framework: each framework's adapter owns its conversion (``pylon.webhooks.starlette`` has
``to_starlette_response``). Error bodies name the error kind and reason only; they never echo the
received headers or exception details.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, NamedTuple

from ._errors import WebhookError
from ._result import WebhookResult

__all__ = ["WebhookResponse"]

_JSON = "application/json"
#: What a retryable answer (a copy still in progress, the store down) asks the sender to wait.
RETRY_AFTER_SECONDS = 30


# The `error` codes receivers match on, fixed: they must not change with the Python version, and
# Python 3.13 renamed HTTPStatus(413)'s phrase from "Request Entity Too Large" to "Content Too Large".
_ERROR_CODES = {
    400: "bad_request",
    405: "method_not_allowed",
    411: "length_required",
    413: "request_entity_too_large",
}


class WebhookResponse(NamedTuple):
    """``(body, status, headers)``: return it from a Flask view, or convert it (``to_wsgi``, or
    ``pylon.webhooks.starlette.to_starlette_response``)."""

    body: str
    status: int
    headers: dict[str, str]

    @classmethod
    def json(cls, status: int, content: Mapping[str, Any]) -> WebhookResponse:
        """A JSON response with the given status."""
        return cls(json.dumps(content, separators=(",", ":")), status, {"Content-Type": _JSON})

    @classmethod
    def for_error(cls, error: WebhookError) -> WebhookResponse:
        """401 for signature and timestamp errors, 400 for payload errors, 503 with Retry-After
        when the dedup store could not answer."""
        response = cls.json(
            error.http_status, {"ok": False, "error": error.code, "reason": error.reason}
        )
        if error.http_status == 503:
            response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response

    @classmethod
    def for_result(cls, result: WebhookResult) -> WebhookResponse:
        """200 when handled or a duplicate of a handled delivery; 503 with Retry-After when its
        first copy is still in progress; 500 when a handler failed. Both make the sender retry."""
        if result.failures:
            return cls.json(500, {"ok": False, "error": "handler_failed"})
        if result.in_progress:
            response = cls.json(503, {"ok": False, "error": "in_progress", "duplicate": True})
            response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
            return response
        if result.duplicate:
            return cls.json(200, {"ok": True, "duplicate": True})
        return cls.json(200, {"ok": True})

    @classmethod
    def for_status(cls, status: int, **extra: str) -> WebhookResponse:
        """An error answered before a delivery reaches the handler (405, 411, 413, ...)."""
        error = _ERROR_CODES.get(status) or HTTPStatus(status).phrase.lower().replace(" ", "_")
        response = cls.json(status, {"ok": False, "error": error})
        response.headers.update(extra)
        return response

    @property
    def body_bytes(self) -> bytes:
        return self.body.encode("utf-8")

    @property
    def status_line(self) -> str:
        """``"401 Unauthorized"``: the status as WSGI's ``start_response`` wants it."""
        return f"{self.status} {HTTPStatus(self.status).phrase}"

    def to_wsgi(self, start_response: Callable[..., Any]) -> list[bytes]:
        """Start a WSGI response and return its body iterable."""
        body = self.body_bytes
        headers = [*self.headers.items(), ("Content-Length", str(len(body)))]
        start_response(self.status_line, headers)
        return [body]
