"""The one exception the handlers raise to answer with Pylon's error shape.

Handlers never build error responses themselves: they raise :class:`ApiError` and the request
pipeline turns it into ``{"errors": [...], "request_id": ...}`` (plus ``exists_id`` for
duplicates), so every error, from every layer, has the same shape and a request id.
"""

from __future__ import annotations


class ApiError(Exception):
    """An API-level failure: an HTTP status, Pylon's ``errors`` strings, optional extras."""

    def __init__(
        self,
        status: int,
        *messages: str,
        exists_id: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status}: {'; '.join(messages)}")
        self.status = status
        self.messages = list(messages) or ["error"]
        self.exists_id = exists_id
        self.headers = dict(headers or {})


def bad_request(*messages: str) -> ApiError:
    return ApiError(400, *messages)


def not_found(what: str, ident: str | None = None) -> ApiError:
    return ApiError(404, f"{what} not found" if ident is None else f"{what} {ident!r} not found")
