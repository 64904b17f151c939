"""Raw request bodies: coercion to bytes, size caps, and decoding to a JSON object.

Adapters read the body as bytes, bounded, before anything parses it: the signature covers the
exact bytes, and a sender (or an attacker) must not be able to make us buffer without limit.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .._constants import DEFAULT_WEBHOOK_MAX_BODY_BYTES as DEFAULT_MAX_BODY_BYTES
from ._errors import WebhookPayloadError

__all__ = ["DEFAULT_MAX_BODY_BYTES", "BodyBuffer", "BodyLike", "as_bytes", "load_json_object"]

_CHUNK_SIZE = 64 * 1024

#: A raw body; text is accepted for platforms that only hand out text.
BodyLike = bytes | bytearray | memoryview | str


def as_bytes(payload: BodyLike) -> bytes:
    """The raw body as bytes; text is accepted (some platforms hand it out) and re-encoded."""
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, (bytearray, memoryview)):
        return bytes(payload)
    if isinstance(payload, str):
        try:
            return payload.encode("utf-8")
        except UnicodeEncodeError:
            pass
        raise WebhookPayloadError(
            "the payload text is not valid Unicode; pass the raw body bytes", "not_utf8"
        )
    raise TypeError(f"the payload must be the raw body as bytes, not {type(payload).__name__}")


def load_json_object(body: bytes) -> dict[str, Any]:
    """Decode an authentic body: strict UTF-8, JSON, and an object at the top level.

    The original decoding error is not chained: its text quotes the document, and the typed
    error says all a receiver needs.
    """
    try:
        text: str | None = body.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        raise WebhookPayloadError("the body is not valid UTF-8", "not_utf8")
    try:
        data: object = json.loads(text)
        decoded = True
    except (ValueError, RecursionError):
        decoded = False
    if not decoded:
        raise WebhookPayloadError("the body is not valid JSON", "not_json")
    if not isinstance(data, dict):
        raise WebhookPayloadError(
            f"the body is a JSON {type(data).__name__}, not an object", "not_object"
        )
    return data


class BodyBuffer:
    """Accumulates body chunks up to ``limit`` bytes, for sync and async readers alike."""

    __slots__ = ("_chunks", "_size", "limit")

    def __init__(self, limit: int) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ValueError("max_body_bytes must be an int >= 0")
        self.limit = limit
        self._chunks: list[bytes] = []
        self._size = 0

    @property
    def overflowed(self) -> bool:
        """Whether more than ``limit`` bytes arrived; the caller should answer 413."""
        return self._size > self.limit

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; return False once the limit is exceeded (stop reading then)."""
        self._size += len(chunk)
        if not self.overflowed:
            self._chunks.append(chunk)
        return not self.overflowed

    def read_from(self, read: Callable[[int], bytes], length: int | None = None) -> None:
        """Drain a blocking ``read(n)`` (a WSGI input, a file) until EOF, ``length`` or the cap.

        With a known ``length`` never ask for more: a WSGI server may block reading past it.
        """
        remaining = length
        while remaining is None or remaining > 0:
            want = min(_CHUNK_SIZE, self.limit + 1 - self._size)
            if remaining is not None:
                want = min(want, remaining)
            chunk = read(want)
            if not chunk or not self.add(bytes(chunk)):
                return
            if remaining is not None:
                remaining -= len(chunk)

    def getvalue(self) -> bytes:
        return b"".join(self._chunks)
