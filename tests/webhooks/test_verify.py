"""Signature verification: the attack catalogue W-01..W-21 of RELIABILITY.md 4.5 (W-13, W-22 and
W-23 live in test_handler.py, the adapter tests and test_fuzz.py)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import httpx
import pytest
from starlette.datastructures import Headers as StarletteHeaders
from werkzeug.datastructures import EnvironHeaders
from werkzeug.datastructures import Headers as WerkzeugHeaders

from pylon.webhooks import (
    WebhookConfigError,
    WebhookError,
    WebhookHandler,
    WebhookPayloadError,
    WebhookSignatureError,
    WebhookTimestampError,
    sign,
    verify,
)

from ._support import (
    NOW,
    OTHER_SECRET,
    SECRET,
    SPACED_BODY,
    VECTOR_BODY,
    VECTOR_HEX,
    VECTOR_TS,
    hex_mac,
    timestamped,
)

A = "X-Pylon-Signature"


def verify_at(body: bytes, headers: Any, secret: Any = SECRET, **kwargs: Any) -> None:
    kwargs.setdefault("now", NOW)
    verify(body, headers, secret, **kwargs)


# -- the fixed vector ----------------------------------------------------------------------------


def test_fixed_vector_matches_the_values_stated_in_reliability_md() -> None:
    assert len(VECTOR_BODY) == 71
    assert hex_mac(VECTOR_BODY) == VECTOR_HEX
    spaced = hex_mac(SPACED_BODY)
    assert (spaced[:8], spaced[-4:]) == ("247660a1", "48e0")
    stamped = hex_mac(b"%d." % VECTOR_TS + VECTOR_BODY)
    assert (stamped[:8], stamped[-4:]) == ("522bab07", "92a7")
    empty = hex_mac(b"")
    assert (empty[:8], empty[-4:]) == ("b121bb26", "adc0")


def test_sign_produces_the_vector_in_both_schemes() -> None:
    assert sign(VECTOR_BODY, SECRET) == {A: VECTOR_HEX}
    assert sign(VECTOR_BODY, SECRET, VECTOR_TS) == {
        "Pylon-Webhook-Timestamp": str(VECTOR_TS),
        "Pylon-Webhook-Signature": "hs256=" + hex_mac(b"%d." % VECTOR_TS + VECTOR_BODY),
    }


@pytest.mark.parametrize("timestamp", [-1, True, 1.5, "1733750000"])
def test_sign_refuses_a_bad_timestamp(timestamp: Any) -> None:
    with pytest.raises(ValueError):
        sign(VECTOR_BODY, SECRET, timestamp)


# -- W-01 ------------------------------------------------------------------------------------------


def test_w01_valid_vector_is_accepted() -> None:
    verify_at(VECTOR_BODY, {A: VECTOR_HEX})
    event = WebhookHandler(SECRET).process(VECTOR_BODY, {A: VECTOR_HEX}).event
    assert event.event_type == "issue_new"
    assert event.raw == {
        "event_type": "issue_new",
        "data": {"id": "iss_1", "title": "Login broken"},
    }


def test_payload_may_be_bytearray_memoryview_or_text() -> None:
    for body in (bytearray(VECTOR_BODY), memoryview(VECTOR_BODY), VECTOR_BODY.decode()):
        verify_at(body, {A: VECTOR_HEX})  # type: ignore[arg-type]


def test_payload_of_another_type_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        verify_at({"event_type": "issue_new"}, {A: VECTOR_HEX})  # type: ignore[arg-type]


# -- W-02, W-03: the exact bytes are signed ------------------------------------------------------

PRETTY = json.dumps({"event_type": "issue_new", "issue_id": "i"}, indent=2).encode()


@pytest.mark.parametrize(
    ("original", "tampered"),
    [
        (VECTOR_BODY, VECTOR_BODY[:10] + bytes([VECTOR_BODY[10] ^ 1]) + VECTOR_BODY[11:]),
        (VECTOR_BODY, VECTOR_BODY + b"\n"),
        (PRETTY, PRETTY.replace(b"\n", b"\r\n")),
        (VECTOR_BODY, SPACED_BODY),
        (VECTOR_BODY, json.dumps(json.loads(VECTOR_BODY)).encode()),  # W-03: re-serialised
    ],
    ids=["flipped-byte", "trailing-newline", "crlf", "added-space", "reserialised"],
)
def test_w02_w03_tampered_body_is_rejected(original: bytes, tampered: bytes) -> None:
    assert original != tampered
    headers = {A: hex_mac(original)}
    verify_at(original, headers)
    with pytest.raises(WebhookSignatureError) as caught:
        verify_at(tampered, headers)
    assert caught.value.reason == "mismatch"


# -- W-04, W-21: secrets -------------------------------------------------------------------------


def test_w04_wrong_secret_is_rejected() -> None:
    with pytest.raises(WebhookSignatureError):
        verify_at(VECTOR_BODY, {A: VECTOR_HEX}, OTHER_SECRET)


@pytest.mark.parametrize("padded", [f"  {SECRET}\n", f"\t{SECRET}\r\n", f"{SECRET} "])
def test_w04_surrounding_whitespace_is_stripped(padded: str) -> None:
    verify_at(VECTOR_BODY, {A: VECTOR_HEX}, padded)
    assert WebhookHandler(padded).process(VECTOR_BODY, {A: VECTOR_HEX}).ok
    assert sign(VECTOR_BODY, padded) == {A: VECTOR_HEX}


@pytest.mark.parametrize(
    "secret",
    ["", "   ", "\n", [], (), ["  "], [SECRET, ""], "pylon\x00secret", "a\nb", None, b"bytes", 42],
    ids=repr,
)
def test_w21_unusable_secret_is_a_config_error_at_construction(secret: Any) -> None:
    with pytest.raises(WebhookConfigError) as caught:
        WebhookHandler(secret)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, WebhookError)
    with pytest.raises(WebhookConfigError):
        verify(VECTOR_BODY, {A: VECTOR_HEX}, secret)


@pytest.mark.parametrize("tolerance", [-1, "300", True])
def test_bad_tolerance_is_a_config_error(tolerance: Any) -> None:
    with pytest.raises(WebhookConfigError):
        WebhookHandler(SECRET, tolerance=tolerance)


# -- W-05 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [{}, [], {A: ""}, {A: "   "}, {A: "\t"}, [(A, ""), (A, " ")], {"Content-Type": "x"}],
    ids=repr,
)
def test_w05_missing_empty_or_blank_header(headers: Any) -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_at(VECTOR_BODY, headers)
    assert caught.value.reason == "missing"
    assert str(caught.value).startswith("missing")


# -- W-06: header containers and case ------------------------------------------------------------

NAMES = ["x-pylon-signature", "X-PYLON-SIGNATURE", "X-Pylon-Signature", "x-PyLoN-sIgNaTuRe"]


def containers(name: str, value: str) -> dict[str, Any]:
    environ_key = "HTTP_" + name.upper().replace("-", "_")
    environ = {environ_key: value, "REQUEST_METHOD": "POST", "wsgi.input": object()}
    return {
        "dict": {name: value},
        "pairs": [(name, value)],
        "byte-pairs (ASGI scope)": [(name.lower().encode(), value.encode())],
        "starlette": StarletteHeaders(headers={name: value}),
        "werkzeug": WerkzeugHeaders([(name, value)]),
        "werkzeug-environ": EnvironHeaders(environ),
        "wsgi-environ": environ,
        "httpx": httpx.Headers({name: value}),
        "dict-of-lists (multiValueHeaders)": {name: ["", value]},
    }


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("kind", list(containers("x", "y")))
def test_w06_every_container_and_case(name: str, kind: str) -> None:
    verify_at(VECTOR_BODY, containers(name, VECTOR_HEX)[kind])
    with pytest.raises(WebhookSignatureError):
        verify_at(VECTOR_BODY, containers(name, hex_mac(b"other"))[kind])


def test_w06_timestamped_headers_from_a_wsgi_environ() -> None:
    environ = {
        "HTTP_" + name.upper().replace("-", "_"): value
        for name, value in timestamped(VECTOR_BODY).items()
    }
    verify_at(VECTOR_BODY, environ, require_timestamp=True)


def test_underscore_spelling_outside_an_environ_is_another_header() -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_at(VECTOR_BODY, {"X_Pylon_Signature": VECTOR_HEX})
    assert caught.value.reason == "missing"


def test_a_container_that_is_not_pairs_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        verify_at(VECTOR_BODY, [A, VECTOR_HEX])


def test_non_text_entries_are_ignored() -> None:
    verify_at(VECTOR_BODY, {A: VECTOR_HEX, "wsgi.input": object(), 3: "x", "n": None})


# -- W-07, W-08, W-09: strict decoding -----------------------------------------------------------

MAC = bytes.fromhex(VECTOR_HEX)


@pytest.mark.parametrize(
    "value",
    [
        "zz" * 32,
        "g" + VECTOR_HEX[1:],
        base64.b64encode(MAC).decode(),
        base64.urlsafe_b64encode(MAC).decode(),
        "sha256=" + VECTOR_HEX,
        "hs256=" + VECTOR_HEX,  # the label belongs to the timestamped header only
        f"t={VECTOR_TS},v1={VECTOR_HEX}",
        "v1=" + VECTOR_HEX,
        VECTOR_HEX[:63],  # W-08
        VECTOR_HEX + "0",
        VECTOR_HEX[:32],
        VECTOR_HEX[:-2] + " " + VECTOR_HEX[-2:],
        "0x" + VECTOR_HEX[2:],
        "é" * 64,  # W-09
        "\x00" * 64,
        VECTOR_HEX[:10] + "\x00" + VECTOR_HEX[11:],
        VECTOR_HEX.replace("a", "\uff41"),  # full-width 'a': not ASCII hex
        "٣" * 64,  # Arabic-Indic digits pass str.isdigit(), not our check
    ],
    ids=lambda v: repr(v)[:40],
)
def test_w07_w08_w09_malformed_values_are_typed_rejections(value: str) -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_at(VECTOR_BODY, {A: value})
    assert caught.value.reason == "malformed"


@pytest.mark.parametrize(
    "value", [VECTOR_HEX.upper(), f"  {VECTOR_HEX}\t", VECTOR_HEX[:32].upper() + VECTOR_HEX[32:]]
)
def test_w07_uppercase_and_padded_hex_are_accepted(value: str) -> None:
    verify_at(VECTOR_BODY, {A: value})


@pytest.fixture
def hmac_spies(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[tuple[Any, ...]]]:
    calls: dict[str, list[tuple[Any, ...]]] = {"compare_digest": [], "new": []}
    real_compare, real_new = hmac.compare_digest, hmac.new

    def compare_digest(a: Any, b: Any) -> bool:
        calls["compare_digest"].append((a, b))
        return real_compare(a, b)

    def new(*args: Any, **kwargs: Any) -> Any:
        calls["new"].append(args)
        return real_new(*args, **kwargs)

    monkeypatch.setattr(hmac, "compare_digest", compare_digest)
    monkeypatch.setattr(hmac, "new", new)
    return calls


@pytest.mark.parametrize("value", ["a" * 1_000_000, VECTOR_HEX + "," * 1_000_000, "é" * 1_000_000])
def test_w09_huge_header_is_refused_before_any_hmac(
    value: str, hmac_spies: dict[str, list[Any]]
) -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_at(VECTOR_BODY, {A: value})
    assert caught.value.reason == "malformed"
    assert hmac_spies == {"compare_digest": [], "new": []}


# -- W-10: naive constructions -------------------------------------------------------------------

KEY = SECRET.encode()


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (hashlib.sha256(KEY + VECTOR_BODY).hexdigest(), "mismatch"),
        (hashlib.sha256(VECTOR_BODY + KEY).hexdigest(), "mismatch"),
        (hmac.new(VECTOR_BODY, KEY, hashlib.sha256).hexdigest(), "mismatch"),
        (hashlib.sha256(VECTOR_BODY).hexdigest(), "mismatch"),
        (hmac.new(KEY, VECTOR_BODY, hashlib.sha512).hexdigest()[:64], "mismatch"),
        (hmac.new(KEY, VECTOR_BODY, hashlib.sha512).hexdigest(), "malformed"),
        (hmac.new(KEY, VECTOR_BODY, hashlib.sha1).hexdigest(), "malformed"),
        (hmac.new(KEY, VECTOR_BODY, hashlib.sha3_256).hexdigest(), "mismatch"),
    ],
    ids=[
        "sha256(k|m)",
        "sha256(m|k)",
        "hmac(m,k)",
        "sha256(m)",
        "sha512/256",
        "sha512",
        "sha1",
        "sha3",
    ],
)
def test_w10_length_extension_family_is_rejected(value: str, reason: str) -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_at(VECTOR_BODY, {A: value})
    assert caught.value.reason == reason


# -- W-11: several signatures --------------------------------------------------------------------

GARBAGE = "not-a-signature"
WRONG = hex_mac(b"something else")


@pytest.mark.parametrize(
    "headers",
    [
        [(A, GARBAGE), (A, VECTOR_HEX)],
        [(A, VECTOR_HEX), (A, GARBAGE)],
        [(A, WRONG), (A, VECTOR_HEX)],
        {A: f"{GARBAGE}, {VECTOR_HEX}"},
        {A: f"{WRONG},{VECTOR_HEX},"},
        httpx.Headers([(A, WRONG), (A, VECTOR_HEX)]),
        StarletteHeaders(
            raw=[
                (A.lower().encode(), GARBAGE.encode()),
                (b"x-pylon-signature", VECTOR_HEX.encode()),
            ]
        ),
        WerkzeugHeaders([(A, WRONG), (A, VECTOR_HEX)]),
        {A: [GARBAGE, VECTOR_HEX]},
    ],
    ids=repr,
)
def test_w11_any_matching_candidate_is_accepted(headers: Any) -> None:
    verify_at(VECTOR_BODY, headers)


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ([(A, WRONG), (A, WRONG)], "mismatch"),
        ([(A, GARBAGE), (A, WRONG)], "mismatch"),
        ([(A, GARBAGE), (A, GARBAGE)], "malformed"),
        ({A: ",,, ,"}, "malformed"),
    ],
)
def test_w11_no_matching_candidate_is_rejected(headers: Any, reason: str) -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_at(VECTOR_BODY, headers)
    assert caught.value.reason == reason


# -- W-12: authentic but unusable bodies ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "reason"),
    [(b"", "not_json"), (b"[]", "not_object"), (b'"x"', "not_object"), (b"\xff\xfe{}", "not_utf8")],
)
def test_w12_valid_signature_over_unusable_body(body: bytes, reason: str) -> None:
    headers = {A: hex_mac(body)}
    verify_at(body, headers)  # the signature itself is fine
    with pytest.raises(WebhookPayloadError) as caught:
        WebhookHandler(SECRET).process(body, headers)
    assert caught.value.reason == reason


def test_w12_empty_body_vector() -> None:
    verify_at(b"", {A: hex_mac(b"")})
    assert hex_mac(b"").startswith("b121bb26")


# -- W-14, W-15: the timestamped scheme ----------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "outcome"),
    [
        (VECTOR_TS + 300, None),
        (VECTOR_TS + 301, "too_old"),
        (VECTOR_TS - 300, None),
        (VECTOR_TS - 301, "too_new"),
        (VECTOR_TS, None),
        (VECTOR_TS + 300.5, "too_old"),
    ],
)
def test_w14_tolerance_is_symmetric_and_inclusive(now: float, outcome: str | None) -> None:
    headers = timestamped(VECTOR_BODY)
    assert headers["Pylon-Webhook-Signature"][6:14] == "522bab07"
    if outcome is None:
        verify_at(VECTOR_BODY, headers, now=now)
        return
    with pytest.raises(WebhookTimestampError) as caught:
        verify_at(VECTOR_BODY, headers, now=now)
    assert caught.value.reason == outcome


def test_w14_tolerance_is_configurable_and_can_be_disabled() -> None:
    headers = timestamped(VECTOR_BODY)
    verify_at(VECTOR_BODY, headers, now=VECTOR_TS + 10_000, tolerance=None)
    verify_at(VECTOR_BODY, headers, now=VECTOR_TS + 10, tolerance=10)
    with pytest.raises(WebhookTimestampError):
        verify_at(VECTOR_BODY, headers, now=VECTOR_TS + 11, tolerance=10)


def test_w14_a_forged_stale_delivery_is_reported_as_forged() -> None:
    headers = timestamped(VECTOR_BODY, secret=OTHER_SECRET)
    with pytest.raises(WebhookSignatureError):
        verify_at(VECTOR_BODY, headers, now=VECTOR_TS + 10_000)


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "1.5",
        "1e9",
        "+1733750000",
        "-1733750000",
        " 1733750000 ",
        "1733750000 ",
        "1733750000.9",
        "1733750000000",  # milliseconds
        "1" * 5000,  # would overflow int() limits without the length bound
        "١٧٣٣٧٥٠٠٠٠",  # non-ASCII digits
        "0x6756",
        "1_733_750_000",
    ],
)
def test_w15_malformed_timestamps_are_typed_rejections(text: str) -> None:
    # Signed over the exact text, so only the format check can reject it.
    headers = {
        "Pylon-Webhook-Timestamp": text,
        "Pylon-Webhook-Signature": hex_mac(text.encode() + b"." + VECTOR_BODY),
    }
    with pytest.raises(WebhookTimestampError) as caught:
        verify_at(VECTOR_BODY, headers)
    assert caught.value.reason == "malformed"


@pytest.mark.parametrize("text", ["", "  "])
def test_w15_empty_timestamp_counts_as_missing(text: str) -> None:
    headers = {**timestamped(VECTOR_BODY), "Pylon-Webhook-Timestamp": text}
    with pytest.raises(WebhookTimestampError) as caught:
        verify_at(VECTOR_BODY, headers)
    assert caught.value.reason == "missing"


def test_w15_the_signature_covers_the_timestamp_text_exactly() -> None:
    headers = {**timestamped(VECTOR_BODY), "Pylon-Webhook-Timestamp": f"0{VECTOR_TS}"}
    with pytest.raises(WebhookSignatureError):
        verify_at(VECTOR_BODY, headers)
    # ... and a leading zero is fine when it is what was signed.
    text = f"0{VECTOR_TS}"
    signed_text = {
        "Pylon-Webhook-Timestamp": text,
        "Pylon-Webhook-Signature": hex_mac(text.encode() + b"." + VECTOR_BODY),
    }
    verify_at(VECTOR_BODY, signed_text)


def test_w15_more_than_one_timestamp_is_malformed() -> None:
    pairs = [*timestamped(VECTOR_BODY).items(), ("Pylon-Webhook-Timestamp", str(VECTOR_TS))]
    with pytest.raises(WebhookTimestampError) as caught:
        verify_at(VECTOR_BODY, pairs)
    assert caught.value.reason == "malformed"


# -- W-16, W-17: downgrades ----------------------------------------------------------------------


def test_w16_timestamp_dropped_from_a_timestamped_delivery() -> None:
    headers = timestamped(VECTOR_BODY)
    del headers["Pylon-Webhook-Timestamp"]
    for require in (False, True):
        with pytest.raises(WebhookTimestampError) as caught:
            verify_at(VECTOR_BODY, headers, require_timestamp=require)
        assert caught.value.reason == "missing"


def test_w16_body_only_delivery_refused_when_timestamps_are_required() -> None:
    verify_at(VECTOR_BODY, {A: VECTOR_HEX})
    with pytest.raises(WebhookTimestampError) as caught:
        verify_at(VECTOR_BODY, {A: VECTOR_HEX}, require_timestamp=True)
    assert caught.value.reason == "required"
    with pytest.raises(WebhookSignatureError) as missing:
        verify_at(VECTOR_BODY, {"Pylon-Webhook-Timestamp": str(VECTOR_TS)}, require_timestamp=True)
    assert missing.value.reason == "missing"


def test_timestamped_headers_win_over_the_body_signature() -> None:
    headers = {**timestamped(VECTOR_BODY, secret=OTHER_SECRET), A: VECTOR_HEX}
    with pytest.raises(WebhookSignatureError):
        verify_at(VECTOR_BODY, headers)


def test_w17_cross_scheme_splice() -> None:
    spliced = b"%d." % VECTOR_TS + VECTOR_BODY
    headers = {A: timestamped(VECTOR_BODY)["Pylon-Webhook-Signature"].removeprefix("hs256=")}
    # With one secret for both schemes the MAC itself verifies ...
    verify_at(spliced, headers)
    # ... the body is then not a JSON object ...
    with pytest.raises(WebhookPayloadError):
        WebhookHandler(SECRET, clock=lambda: NOW).process(spliced, headers)
    # ... and the policy refuses body-only deliveries outright.
    with pytest.raises(WebhookTimestampError):
        WebhookHandler(SECRET, require_timestamp=True, clock=lambda: NOW).process(spliced, headers)


# -- W-18: the hs256 label -----------------------------------------------------------------------

STAMPED_HEX = hex_mac(b"%d." % VECTOR_TS + VECTOR_BODY)


@pytest.mark.parametrize(
    "value",
    [
        f"hs256={STAMPED_HEX}",
        STAMPED_HEX,
        f"HS256={STAMPED_HEX}",
        f"Hs256={STAMPED_HEX.upper()}",
        f"hs256= {STAMPED_HEX}",
        f"  hs256={STAMPED_HEX}  ",
        f"hs256=garbage, hs256={STAMPED_HEX}",
    ],
)
def test_w18_accepted_label_variants(value: str) -> None:
    verify_at(
        VECTOR_BODY, {"Pylon-Webhook-Timestamp": str(VECTOR_TS), "Pylon-Webhook-Signature": value}
    )


@pytest.mark.parametrize(
    "value",
    [
        f"hs256 ={STAMPED_HEX}",
        f"sha256={STAMPED_HEX}",
        f"v1={STAMPED_HEX}",
        f"hs256=hs256={STAMPED_HEX}",
        f"hs512={STAMPED_HEX}",
        "hs256=",
        f"hs256:{STAMPED_HEX}",
    ],
)
def test_w18_other_labels_are_malformed(value: str) -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_at(
            VECTOR_BODY,
            {"Pylon-Webhook-Timestamp": str(VECTOR_TS), "Pylon-Webhook-Signature": value},
        )
    assert caught.value.reason == "malformed"


# -- W-19: rotation and constant-time comparison -------------------------------------------------


@pytest.mark.parametrize("order", [[SECRET, OTHER_SECRET], [OTHER_SECRET, SECRET]])
@pytest.mark.parametrize("signer", [SECRET, OTHER_SECRET])
def test_w19_rotation_accepts_either_secret(order: list[str], signer: str) -> None:
    verify_at(VECTOR_BODY, {A: hex_mac(VECTOR_BODY, signer)}, order)
    verify_at(VECTOR_BODY, timestamped(VECTOR_BODY, secret=signer), tuple(order))
    assert WebhookHandler(order).process(VECTOR_BODY, {A: hex_mac(VECTOR_BODY, signer)}).ok


def test_w19_rotation_rejects_a_third_secret() -> None:
    with pytest.raises(WebhookSignatureError):
        verify_at(VECTOR_BODY, {A: hex_mac(VECTOR_BODY, "third")}, [SECRET, OTHER_SECRET])


OTHER_HEX = hex_mac(VECTOR_BODY, OTHER_SECRET)


def test_w19_every_comparison_is_compare_digest_on_32_bytes(
    hmac_spies: dict[str, list[tuple[Any, ...]]],
) -> None:
    verify_at(VECTOR_BODY, {A: OTHER_HEX}, [OTHER_SECRET, SECRET])
    compared = hmac_spies["compare_digest"]
    # once per secret, with no early exit after the first secret matched
    assert len(compared) == 2
    assert len(hmac_spies["new"]) == 2
    for a, b in compared:
        assert type(a) is bytes and type(b) is bytes
        assert len(a) == len(b) == 32
    assert bytes.fromhex(OTHER_HEX) in {a for a, _ in compared}


def test_w19_a_mismatch_also_goes_through_compare_digest(
    hmac_spies: dict[str, list[tuple[Any, ...]]],
) -> None:
    with pytest.raises(WebhookSignatureError):
        verify_at(VECTOR_BODY, [(A, WRONG), (A, GARBAGE), (A, WRONG.upper())], SECRET)
    assert len(hmac_spies["compare_digest"]) == 2


def test_repeated_secrets_are_compared_once(hmac_spies: dict[str, list[Any]]) -> None:
    verify_at(VECTOR_BODY, {A: VECTOR_HEX}, [SECRET, f" {SECRET} "])
    assert len(hmac_spies["compare_digest"]) == 1
