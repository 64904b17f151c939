"""Reading a request body for an adapter: raw bytes, before any parsing, within a size cap.

Each adapter hands over its framework's way of reading; the checks and the answers to a bad
request (400 for a garbled Content-Length, 411 when a length is needed, 413 when too large) are
decided here once.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Callable

from ._body import BodyBuffer
from ._response import WebhookResponse

__all__ = ["check_length", "read_body", "read_body_async"]


def check_length(
    content_length: str | None, max_body_bytes: int, *, length_required: bool = False
) -> tuple[int | None, WebhookResponse | None]:
    """The declared length, or the response that ends the request before any byte is read."""
    text = (content_length or "").strip()
    if not text:
        return None, WebhookResponse.for_status(411) if length_required else None
    if not (text.isascii() and text.isdigit()) or len(text) > 18:
        return None, WebhookResponse.for_status(400)
    declared = int(text)
    if declared > max_body_bytes:
        return declared, WebhookResponse.for_status(413)
    return declared, None


def read_body(
    read: Callable[[int], bytes],
    content_length: str | None,
    max_body_bytes: int,
    *,
    length_required: bool = False,
) -> bytes | WebhookResponse:
    """Read a body through a blocking ``read(n)``; a response instead when it must be refused."""
    buffer = BodyBuffer(max_body_bytes)
    declared, refusal = check_length(
        content_length, max_body_bytes, length_required=length_required
    )
    if refusal is not None:
        return refusal
    buffer.read_from(read, declared)
    return WebhookResponse.for_status(413) if buffer.overflowed else buffer.getvalue()


async def read_body_async(
    chunks: AsyncIterable[bytes], content_length: str | None, max_body_bytes: int
) -> bytes | WebhookResponse:
    """Read a body from an async chunk stream; a response instead when it must be refused."""
    buffer = BodyBuffer(max_body_bytes)
    _, refusal = check_length(content_length, max_body_bytes)
    if refusal is not None:
        return refusal
    async for chunk in chunks:
        if not buffer.add(chunk):
            return WebhookResponse.for_status(413)
    return buffer.getvalue()
