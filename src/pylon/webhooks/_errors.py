"""The webhook error hierarchy.

Every failure a delivery can cause is one of three typed errors, so a receiver can map them to HTTP
statuses without catching builtins: a forged or broken signature, a stale or malformed timestamp,
or a body that is authentic but unusable. None of them ever carries the secret, the expected MAC or
the received signature header: messages name the header and the reason, nothing more.
"""

from __future__ import annotations

from typing import ClassVar

from .._errors import PylonError

__all__ = [
    "WebhookConfigError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WebhookTimestampError",
    "WebhookUnavailableError",
]


# Rooted at the SDK's error so `except PylonError` catches webhook failures too.
class WebhookError(PylonError):
    """Base class of every webhook error.

    ``reason`` is a short machine-readable word (``"missing"``, ``"malformed"``, ``"mismatch"``,
    ``"too_old"``, ...) that adapters put in their error responses; ``code`` names the error kind
    and ``http_status`` is the status a receiver should answer with.
    """

    code: ClassVar[str] = "webhook_error"
    http_status: ClassVar[int] = 400

    def __init__(self, message: str, reason: str = "invalid") -> None:
        super().__init__(message)
        self.reason = reason


class WebhookConfigError(WebhookError, ValueError):
    """The receiver is misconfigured (for example an empty secret). Raised at construction."""

    code = "webhook_config"
    http_status = 500


class WebhookSignatureError(WebhookError):
    """The signature header is missing, malformed, or matches none of the configured secrets."""

    code = "invalid_signature"
    http_status = 401


class WebhookTimestampError(WebhookError):
    """The signed timestamp is missing (when required), malformed, or outside the tolerance."""

    code = "invalid_timestamp"
    http_status = 401


class WebhookPayloadError(WebhookError):
    """The body passed verification but is not UTF-8 JSON holding an object."""

    code = "invalid_payload"
    http_status = 400


class WebhookUnavailableError(WebhookError):
    """The dedup store could not answer, so the delivery was not processed: answer 503 with
    Retry-After and the sender delivers it again."""

    code = "store_unavailable"
    http_status = 503
