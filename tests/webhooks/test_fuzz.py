"""W-23: hypothesis over header maps and bodies. Only the three typed errors may escape.

The example count is kept small for the everyday suite; set PYLON_FUZZ_EXAMPLES=10000 for the
depth RELIABILITY.md asks of a release run.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pylon.webhooks import (
    WebhookEvent,
    WebhookHandler,
    WebhookPayloadError,
    WebhookSignatureError,
    WebhookTimestampError,
    parse_event,
    sign,
    verify,
)

from ._support import NOW, OTHER_SECRET, SECRET, VECTOR_BODY, VECTOR_TS

TYPED = (WebhookSignatureError, WebhookTimestampError, WebhookPayloadError)
FUZZ = settings(
    max_examples=int(os.environ.get("PYLON_FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

KNOWN_NAMES = ["X-Pylon-Signature", "Pylon-Webhook-Signature", "Pylon-Webhook-Timestamp"]


@st.composite
def header_names(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(KNOWN_NAMES))
    spelled = "".join(c.upper() if draw(st.booleans()) else c.lower() for c in name)
    return draw(st.sampled_from([spelled, "HTTP_" + name.upper().replace("-", "_")]))


header_values = st.one_of(
    st.text(max_size=80),
    st.text(alphabet="0123456789abcdefABCDEF, \t=hs", max_size=140),
    st.from_regex(r"[ \t]*(hs256=|HS256=)?[0-9a-fA-F]{64}[ \t]*", fullmatch=True),
    st.from_regex(r"[0-9]{1,14}(\.[0-9])?", fullmatch=True),
    st.just(str(VECTOR_TS)),
    st.just(sign(VECTOR_BODY, SECRET)["X-Pylon-Signature"]),
    st.builds(
        str.__mul__, st.sampled_from(["a", "0", "é", ",", " ", "\x00"]), st.integers(1000, 10**6)
    ),
)
names = st.one_of(header_names(), st.text(max_size=20))
header_maps = st.one_of(
    st.dictionaries(names, header_values, max_size=5),
    st.lists(st.tuples(names, header_values), max_size=6),
    st.lists(st.tuples(names.map(str.encode), header_values.map(lambda v: v.encode())), max_size=6),
)
bodies = st.one_of(
    st.binary(max_size=300),
    st.just(VECTOR_BODY),
    st.builds(lambda b, i: b[:i] + b"x" + b[i:], st.just(VECTOR_BODY), st.integers(0, 71)),
)


@FUZZ
@given(body=bodies, headers=header_maps, require=st.booleans())
def test_verify_raises_only_typed_errors(body: bytes, headers: Any, require: bool) -> None:
    with contextlib.suppress(*TYPED):
        verify(body, headers, [SECRET, OTHER_SECRET], now=NOW, require_timestamp=require)


@FUZZ
@given(
    body=bodies,
    timestamp=st.one_of(st.none(), st.integers(0, 10**12)),
    mutations=st.lists(st.tuples(header_names(), header_values), max_size=3),
    drop=st.sets(st.sampled_from(KNOWN_NAMES)),
)
def test_mutated_genuine_deliveries_are_handled_or_typed(
    body: bytes, timestamp: int | None, mutations: list[tuple[str, str]], drop: set[str]
) -> None:
    headers = [(k, v) for k, v in sign(body, SECRET, timestamp).items() if k not in drop]
    headers += mutations
    handler = WebhookHandler(SECRET, clock=lambda: NOW)
    try:
        result = handler.process(body, headers)
    except TYPED:
        response = handler.handle(body, headers)
        assert response.status in (400, 401)
        return
    assert isinstance(result.event, WebhookEvent)
    assert handler.handle(body, headers).status == 200  # a duplicate by now


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
FIELD_NAMES = [
    "event_type",
    "issue_id",
    "issue_number",
    "issue_tags",
    "issue_requesteer_id",
    "issue_requester_id",
    "issue_last_message_sent_at",
    "message_is_private",
    "message_ccs",
    "message_sent_at",
    "issue_custom_field_tier",
    "raw",
    "custom_fields",
    "model_config",
    "_raw",
    "__class__",
]
EVENT_TYPE_VALUES = st.sampled_from(
    ["issue_new", "issue_message_new", "issue_reaction", "issue_tags_changed", "unknown"]
)


@FUZZ
@given(
    data=st.dictionaries(
        st.sampled_from(FIELD_NAMES) | st.text(max_size=12), json_values, max_size=8
    ),
    event_type=EVENT_TYPE_VALUES | json_values,
)
def test_parse_event_never_fails_on_a_json_object(data: dict[str, Any], event_type: Any) -> None:
    event = parse_event({**data, "event_type": event_type})
    assert event.raw["event_type"] == event_type
    assert isinstance(event.custom_fields, dict)
