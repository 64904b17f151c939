"""W-20 and S-07: no error, log line, repr or response ever shows the secret, the expected MAC or
the full received signature header."""

from __future__ import annotations

import logging
import pickle
import traceback
from collections.abc import Callable
from typing import Any

import pytest

from pylon.webhooks import (
    WebhookError,
    WebhookHandler,
    WebhookPayloadError,
    WebhookSignatureError,
    WebhookTimestampError,
    verify,
)
from pylon.webhooks._secrets import SigningKeys

from ._support import NOW, VECTOR_BODY, VECTOR_TS, hex_mac

CANARY = "whsec_CANARY_7f3a9c1e5b"
EXPECTED = hex_mac(VECTOR_BODY, CANARY)
STAMPED = hex_mac(b"%d." % VECTOR_TS + VECTOR_BODY, CANARY)
RECEIVED = "deadbeef" * 8
A = "X-Pylon-Signature"

FAILURES: list[tuple[str, bytes, dict[str, str], dict[str, Any]]] = [
    ("mismatch", VECTOR_BODY, {A: RECEIVED}, {}),
    ("malformed", VECTOR_BODY, {A: RECEIVED + "xyz"}, {}),
    ("several", VECTOR_BODY, {A: f"{RECEIVED},{RECEIVED[::-1]}"}, {}),
    ("huge", VECTOR_BODY, {A: RECEIVED * 1000}, {}),
    ("missing", VECTOR_BODY, {}, {}),
    ("required", VECTOR_BODY, {A: EXPECTED}, {"require_timestamp": True}),
    (
        "stale",
        VECTOR_BODY,
        {"Pylon-Webhook-Timestamp": str(VECTOR_TS), "Pylon-Webhook-Signature": STAMPED},
        {"now": NOW + 3600},
    ),
    (
        "stamped-mismatch",
        VECTOR_BODY,
        {"Pylon-Webhook-Timestamp": str(VECTOR_TS), "Pylon-Webhook-Signature": "hs256=" + RECEIVED},
        {},
    ),
    (
        "bad-ts",
        VECTOR_BODY,
        {"Pylon-Webhook-Timestamp": "x", "Pylon-Webhook-Signature": RECEIVED},
        {},
    ),
]


def renderings(error: BaseException) -> str:
    parts = [str(error), repr(error), *map(repr, error.args), repr(vars(error))]
    parts += traceback.format_exception(type(error), error, error.__traceback__)
    for linked in (error.__cause__, error.__context__):
        if linked is not None:
            parts.append(renderings(linked))
    return "\n".join(parts)


def assert_clean(text: str, received: str = RECEIVED) -> None:
    for needle in (CANARY, CANARY.upper(), EXPECTED, STAMPED, received):
        assert needle not in text
    assert CANARY.encode().hex() not in text


@pytest.mark.parametrize(
    ("case", "body", "headers", "options"), FAILURES, ids=[f[0] for f in FAILURES]
)
def test_w20_verify_errors_never_show_secrets_or_macs(
    case: str, body: bytes, headers: dict[str, str], options: dict[str, Any]
) -> None:
    options.setdefault("now", NOW)
    with pytest.raises((WebhookSignatureError, WebhookTimestampError)) as caught:
        verify(body, headers, [CANARY, f"{CANARY}-old"], **options)
    assert_clean(renderings(caught.value))
    clone = pickle.loads(pickle.dumps(caught.value))
    assert (type(clone), str(clone), clone.reason) == (
        type(caught.value),
        str(caught.value),
        caught.value.reason,
    )


@pytest.mark.parametrize(
    ("case", "body", "headers", "options"), FAILURES, ids=[f[0] for f in FAILURES]
)
def test_w20_handler_logs_and_responses_never_show_secrets(
    case: str,
    body: bytes,
    headers: dict[str, str],
    options: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    now = options.get("now", NOW)
    handler = WebhookHandler(
        CANARY, require_timestamp=options.get("require_timestamp", False), clock=lambda: now
    )
    with caplog.at_level(logging.DEBUG, logger="pylon.webhooks"):
        response = handler.handle(body, headers)
    assert response.status == 401
    assert caplog.records, "a rejected delivery is logged"
    assert_clean(caplog.text + response.body + repr(response) + repr(handler))


def test_payload_errors_do_not_chain_the_decoder_error() -> None:
    body = b'{"event_type": "issue_new", "issue_body": "\xff"}'
    with pytest.raises(WebhookPayloadError) as caught:
        WebhookHandler(CANARY).process(body, {A: hex_mac(body, CANARY)})
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__ or caught.value.__context__ is None
    assert_clean(renderings(caught.value))


@pytest.mark.parametrize(
    "render", [repr, str, lambda obj: repr(vars(obj)) if hasattr(obj, "__dict__") else ""]
)
def test_s07_handler_and_keys_never_show_the_secret(render: Callable[[object], str]) -> None:
    handler = WebhookHandler([CANARY, "second-secret"])
    assert_clean(render(handler))
    assert_clean(render(SigningKeys(CANARY)))
    assert "2 secret" in repr(vars(handler)["_keys"])


def test_config_errors_never_show_the_secret() -> None:
    with pytest.raises(WebhookError) as caught:
        WebhookHandler(f"{CANARY}\x00")
    assert_clean(renderings(caught.value))
