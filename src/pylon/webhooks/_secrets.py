"""Webhook secrets: validated once, held as bytes, never shown.

A secret read from an env file often carries a trailing newline; we strip surrounding whitespace
(as we do for the API key) instead of failing every delivery with a confusing mismatch. What is
left must be non-empty and free of control characters. Several secrets may be configured at once
so a secret can be rotated without downtime: a delivery passes if it matches any of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ._errors import WebhookConfigError

__all__ = ["SecretLike", "SigningKeys", "normalise_secret"]

#: One secret, or several during a rotation.
SecretLike = str | Iterable[str]


def normalise_secret(secret: object) -> bytes:
    """Strip, validate and encode one secret; the message never quotes it."""
    if not isinstance(secret, str):
        raise WebhookConfigError(
            f"a webhook secret must be a str, not {type(secret).__name__}", "bad_type"
        )
    stripped = secret.strip()
    if not stripped:
        raise WebhookConfigError("the webhook secret is empty", "empty")
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in stripped):
        raise WebhookConfigError("the webhook secret contains control characters", "control")
    return stripped.encode("utf-8")


class SigningKeys:
    """The configured secrets as UTF-8 bytes, deduplicated, in the order given.

    Its ``repr`` shows only how many there are, so a handler printed in a log or a debugger never
    reveals a secret.
    """

    __slots__ = ("_keys",)

    def __init__(self, secret: SecretLike) -> None:
        candidates: Iterable[object] = (secret,) if isinstance(secret, str) else secret
        if isinstance(secret, (bytes, bytearray)) or not isinstance(candidates, Iterable):
            raise WebhookConfigError(
                "the webhook secret must be a str or a sequence of str", "bad_type"
            )
        keys = tuple(dict.fromkeys(normalise_secret(item) for item in candidates))
        if not keys:
            raise WebhookConfigError("no webhook secret configured", "empty")
        self._keys = keys

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"<SigningKeys: {len(self._keys)} secret(s), hidden>"
