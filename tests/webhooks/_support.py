"""Shared vectors and helpers for the webhook tests."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from pylon.webhooks import sign

# The fixed vector of RELIABILITY.md 4.5.
SECRET = "pylon-test-secret"
VECTOR_BODY = b'{"event_type":"issue_new","data":{"id":"iss_1","title":"Login broken"}}'
VECTOR_HEX = "1522b6aa74a8ad50bd8df393c5ac061736796a5bf65c0fb1cfc352fce082d1af"
SPACED_BODY = VECTOR_BODY.replace(b":", b": ", 1)
VECTOR_TS = 1733750000
NOW = VECTOR_TS

OTHER_SECRET = "pylon-other-secret"


def hex_mac(message: bytes, secret: str = SECRET, digest: Any = hashlib.sha256) -> str:
    """An independent HMAC, so tests never check the code under test against itself."""
    return hmac.new(secret.encode(), message, digest).hexdigest()


def body_for(event_type: str = "issue_new", **fields: Any) -> bytes:
    return json.dumps({"event_type": event_type, **fields}, separators=(",", ":")).encode()


def signed(body: bytes, secret: str = SECRET, timestamp: int | None = None) -> dict[str, str]:
    return sign(body, secret, timestamp)


def timestamped(body: bytes, timestamp: int = VECTOR_TS, secret: str = SECRET) -> dict[str, str]:
    return {
        "Pylon-Webhook-Timestamp": str(timestamp),
        "Pylon-Webhook-Signature": "hs256=" + hex_mac(b"%d." % timestamp + body, secret),
    }
