"""What processing a delivery produced, as plain immutable values."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

from ._events import WebhookEvent

__all__ = ["Delivery", "HandlerFailure", "WebhookResult", "default_dedup_key"]


@dataclass(frozen=True)
class Delivery:
    """A verified delivery: the raw body, how it was signed, and the parsed event."""

    body: bytes
    event: WebhookEvent
    scheme: Literal["signature", "timestamp"]
    #: The signed unix timestamp, for the timestamped scheme; None for the body signature.
    timestamp: int | None = None

    def __repr__(self) -> str:
        return (
            f"Delivery(event_type={self.event.event_type!r}, scheme={self.scheme!r}, "
            f"timestamp={self.timestamp!r}, body=<{len(self.body)} bytes>)"
        )


def default_dedup_key(delivery: Delivery) -> str:
    """The default dedup key: a SHA-256 over exactly what the signature covered.

    Pylon documents no delivery id, so the key is the signed content: the raw body, plus the
    timestamp for the timestamped scheme. Only authenticated inputs go in, so an attacker cannot
    vary the key of a captured delivery. Two consequences to know: two distinct events whose
    bodies are byte-identical (and, if timestamped, share a second) count as one; and a sender
    that re-signs a retry with a fresh timestamp produces a new key, so only a replay within the
    tolerance window is caught for that scheme (the window itself rejects older ones).
    """
    signed = delivery.body
    if delivery.timestamp is not None:
        signed = b"%d." % delivery.timestamp + signed
    return f"{delivery.scheme}:{hashlib.sha256(signed).hexdigest()}"


@dataclass(frozen=True)
class HandlerFailure:
    """A handler that raised; the others still ran."""

    handler: str
    exception: Exception


@dataclass(frozen=True)
class WebhookResult:
    """The outcome of a verified delivery.

    ``duplicate`` is True when the delivery was seen within the dedup window (no handler ran);
    ``in_progress`` too when its first copy is still being handled (it may yet fail, so the
    sender should deliver again later). ``handled`` counts the handlers that ran; ``failures``
    lists those that raised.
    """

    event: WebhookEvent
    duplicate: bool = False
    in_progress: bool = False
    handled: int = 0
    failures: tuple[HandlerFailure, ...] = ()
    dedup_key: str | None = None

    @property
    def ok(self) -> bool:
        """True when no handler failed."""
        return not self.failures
