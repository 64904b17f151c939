"""Signature verification for Pylon webhook deliveries, and signing for tests and the simulator.

Two schemes are accepted:

* **Body signature** (Pylon's documented scheme): ``X-Pylon-Signature`` holds the hex
  HMAC-SHA256 of the raw body, keyed with the secret's UTF-8 bytes. It carries no timestamp, so
  it cannot stop a replay by itself; the handler's dedup store is the defence.
* **Timestamped signature** (reported by integrations, unconfirmed): ``Pylon-Webhook-Timestamp``
  (unix seconds) and ``Pylon-Webhook-Signature`` (``hs256=<hex>`` or bare hex) over
  ``"<timestamp>.<raw body>"``. The timestamp is signed exactly as received and must lie within
  ``tolerance`` seconds of now, in either direction.

When the timestamped headers are present they are the ones checked. ``require_timestamp=True``
refuses body-only deliveries, so an attacker cannot strip the timestamp to downgrade a delivery.

Received signatures are decoded strictly (exactly 64 hex digits, either case, after trimming
spaces and tabs) into 32 bytes, then compared with :func:`hmac.compare_digest` on bytes, against
every configured secret. The length of the header is checked before anything else, so a
megabyte of garbage costs nothing. Several signatures (repeated headers, or one comma-joined
header) are accepted when any of them matches: that is how a sender rotates secrets.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from dataclasses import dataclass
from typing import Literal

from .._constants import DEFAULT_WEBHOOK_TOLERANCE as DEFAULT_TOLERANCE
from ._body import BodyLike, as_bytes
from ._errors import WebhookConfigError, WebhookSignatureError, WebhookTimestampError
from ._headers import HeaderMap, HeadersLike
from ._secrets import SecretLike, SigningKeys, normalise_secret

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "TIMESTAMPED_SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "Verified",
    "check",
    "check_tolerance",
    "sign",
    "verify",
]

SIGNATURE_HEADER = "X-Pylon-Signature"
TIMESTAMP_HEADER = "Pylon-Webhook-Timestamp"
TIMESTAMPED_SIGNATURE_HEADER = "Pylon-Webhook-Signature"

# Fourteen labelled signatures fit in 1 KiB; anything longer is refused before it is split or parsed.
_MAX_SIGNATURE_CHARS = 1024
_HEX_MAC = re.compile("[0-9a-fA-F]{64}")
# ASCII digits only: no sign, no fraction, no exponent, no spaces. Twelve digits reach far past
# any real unix time in seconds, and bound the int() conversion.
_TIMESTAMP = re.compile("[0-9]{1,12}")
_LABEL = "hs256="
_OWS = " \t"


@dataclass(frozen=True)
class Verified:
    """What a successful check established: which scheme matched, and its signed timestamp."""

    scheme: Literal["signature", "timestamp"]
    timestamp: int | None = None


def check_tolerance(tolerance: float | None) -> float | None:
    """Validate a tolerance setting: ``None`` disables the window, otherwise seconds >= 0."""
    if tolerance is None:
        return None
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or tolerance < 0:
        raise WebhookConfigError("tolerance must be a number of seconds >= 0, or None", "tolerance")
    return tolerance


def _mac(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, hashlib.sha256).digest()


def _decode(entry: str) -> bytes | None:
    text = entry.strip(_OWS)
    if len(text) != 64 or _HEX_MAC.fullmatch(text) is None:
        return None
    return bytes.fromhex(text)


def _unlabel(entry: str) -> str:
    # The label is framing, not part of the MAC, so its case and the spaces around it are
    # forgiven (`hs256=`, `HS256=`, `hs256= <hex>`); the hex itself is still decoded strictly.
    text = entry.strip(_OWS)
    return text[len(_LABEL) :] if text[: len(_LABEL)].lower() == _LABEL else text


def _candidates(values: list[str], header: str, *, labelled: bool) -> list[bytes]:
    if sum(len(value) for value in values) > _MAX_SIGNATURE_CHARS:
        raise WebhookSignatureError(f"the {header} header is too long", "malformed")
    macs = []
    for value in values:
        for entry in value.split(","):
            decoded = _decode(_unlabel(entry) if labelled else entry)
            if decoded is not None:
                macs.append(decoded)
    if not macs:
        raise WebhookSignatureError(
            f"the {header} header does not hold a 64-digit hex HMAC-SHA256", "malformed"
        )
    return macs


def _matches(macs: list[bytes], keys: SigningKeys, message: bytes) -> bool:
    # Every pair is compared (no early exit), so timing says nothing about which secret matched.
    matched = False
    for key in keys:
        expected = _mac(key, message)
        for candidate in macs:
            matched |= hmac.compare_digest(candidate, expected)
    return matched


def _require_match(macs: list[bytes], keys: SigningKeys, message: bytes, header: str) -> None:
    if not _matches(macs, keys, message):
        raise WebhookSignatureError(
            f"the {header} header matches no configured webhook secret", "mismatch"
        )


def _timestamp_text(headers: HeaderMap) -> str:
    if not headers.present(TIMESTAMP_HEADER):
        raise WebhookTimestampError(
            f"{TIMESTAMPED_SIGNATURE_HEADER} was sent without {TIMESTAMP_HEADER}", "missing"
        )
    values = headers.get_all(TIMESTAMP_HEADER)
    if len(values) > 1:
        raise WebhookTimestampError(f"more than one {TIMESTAMP_HEADER} header", "malformed")
    if _TIMESTAMP.fullmatch(values[0]) is None:
        raise WebhookTimestampError(
            f"{TIMESTAMP_HEADER} must be unix seconds written as ASCII digits", "malformed"
        )
    return values[0]


def _check_window(timestamp: int, now: float, tolerance: float | None) -> None:
    if tolerance is None:
        return
    age = now - timestamp
    if age > tolerance:
        raise WebhookTimestampError(
            f"the delivery is {age:.1f} s old, beyond the {tolerance:g} s tolerance", "too_old"
        )
    if -age > tolerance:
        raise WebhookTimestampError(
            f"the delivery is {-age:.1f} s in the future, beyond the {tolerance:g} s tolerance",
            "too_new",
        )


def _check_timestamped(
    payload: bytes, headers: HeaderMap, keys: SigningKeys, tolerance: float | None, now: float
) -> Verified:
    text = _timestamp_text(headers)
    macs = _candidates(
        headers.present(TIMESTAMPED_SIGNATURE_HEADER), TIMESTAMPED_SIGNATURE_HEADER, labelled=True
    )
    _require_match(macs, keys, text.encode("ascii") + b"." + payload, TIMESTAMPED_SIGNATURE_HEADER)
    # Only an authentic timestamp is judged against the clock, so a forged delivery is reported
    # as forged, not as stale.
    timestamp = int(text)
    _check_window(timestamp, now, tolerance)
    return Verified("timestamp", timestamp)


def check(
    payload: bytes,
    headers: HeaderMap,
    keys: SigningKeys,
    *,
    tolerance: float | None,
    require_timestamp: bool,
    now: float,
) -> Verified:
    """Verify one delivery with prepared inputs; raise a typed error or say what matched."""
    if headers.present(TIMESTAMPED_SIGNATURE_HEADER):
        return _check_timestamped(payload, headers, keys, tolerance, now)
    plain = headers.present(SIGNATURE_HEADER)
    if require_timestamp:
        if plain:
            raise WebhookTimestampError(
                f"a timestamped signature ({TIMESTAMP_HEADER} and {TIMESTAMPED_SIGNATURE_HEADER})"
                f" is required; the delivery has only {SIGNATURE_HEADER}",
                "required",
            )
        raise WebhookSignatureError(f"missing {TIMESTAMPED_SIGNATURE_HEADER} header", "missing")
    if not plain:
        raise WebhookSignatureError(
            f"missing {SIGNATURE_HEADER} (or {TIMESTAMPED_SIGNATURE_HEADER}) header", "missing"
        )
    _require_match(
        _candidates(plain, SIGNATURE_HEADER, labelled=False), keys, payload, SIGNATURE_HEADER
    )
    return Verified("signature")


def verify(
    payload: BodyLike,
    headers: HeadersLike,
    secret: SecretLike,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    require_timestamp: bool = False,
    now: float | None = None,
) -> None:
    """Check that ``payload`` was signed by Pylon with ``secret``; raise if it was not.

    ``payload`` must be the raw request body, before any JSON parsing: a re-serialised body no
    longer matches. ``headers`` may be any mapping or list of pairs (see the module docs).
    ``secret`` is one secret or several (rotation); surrounding whitespace is stripped.
    ``tolerance`` bounds the age of a timestamped delivery in both directions (``None``: no
    window); ``now`` overrides the clock (unix seconds), for tests.

    Raises :class:`WebhookSignatureError`, :class:`WebhookTimestampError`, or
    :class:`WebhookConfigError` for an unusable secret or tolerance.
    """
    check(
        as_bytes(payload),
        HeaderMap(headers),
        SigningKeys(secret),
        tolerance=check_tolerance(tolerance),
        require_timestamp=require_timestamp,
        now=time.time() if now is None else now,
    )


def sign(payload: BodyLike, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """The headers Pylon would send with ``payload``, for tests and the simulator.

    Without ``timestamp``: ``X-Pylon-Signature``. With it: ``Pylon-Webhook-Timestamp`` and
    ``Pylon-Webhook-Signature: hs256=<hex>`` over ``"<timestamp>.<payload>"``.
    """
    key, body = normalise_secret(secret), as_bytes(payload)
    if timestamp is None:
        return {SIGNATURE_HEADER: _mac(key, body).hex()}
    if isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise ValueError("timestamp must be a non-negative int (unix seconds)")
    text = str(timestamp)
    signature = _mac(key, text.encode("ascii") + b"." + body).hex()
    return {TIMESTAMP_HEADER: text, TIMESTAMPED_SIGNATURE_HEADER: _LABEL + signature}
