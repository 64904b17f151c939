"""Typed events: flat keys as attributes, lenient parsing, unknown types and keys kept (P-05)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pydantic
import pytest

from pylon.webhooks import (
    EVENT_TYPES,
    IssueEvent,
    IssueMessageNewEvent,
    IssueNewEvent,
    MessageEvent,
    WebhookEvent,
    WebhookPayloadError,
    parse_event,
)

from ._support import VECTOR_BODY

ISSUE = {
    "event_type": "issue_new",
    "issue_id": "iss_1",
    "issue_number": 36800,
    "issue_title": "Login broken",
    "issue_body": "<p>It fails</p>",
    "issue_status": "new",
    "issue_link": "https://app.usepylon.com/issues?issueNumber=36800",
    "issue_tags": ["bug", "login"],
    "issue_team_name": "Support",
    "issue_account_id": "acc_1",
    "issue_account_name": "Acme",
    "issue_account_domains": ["acme.com"],
    "issue_requester_email": "ann@acme.com",
    "issue_requesteer_id": "usr_req",
    "issue_assignee_email": "bob@example.com",
    "issue_assignee_id": "usr_bob",
    "issue_attachment_urls": ["https://files.example/a.png"],
    "issue_last_message_sent_at": "2024-12-09T10:00:00Z",
    "issue_custom_field_tier": "gold",
    "issue_custom_field_arr": 12000,
}
MESSAGE = {
    **ISSUE,
    "event_type": "issue_message_new",
    "message_id": "msg_1",
    "message_author_id": "usr_ann",
    "message_author_name": "Ann",
    "message_body_html": "<p>Any news?</p>",
    "message_ccs": ["c@acme.com"],
    "message_is_private": False,
    "message_sent_at": "2024-12-09T10:05:00+00:00",
}


def test_issue_event_exposes_flat_keys_as_typed_attributes() -> None:
    event = parse_event(json.dumps(ISSUE).encode())
    assert type(event) is IssueNewEvent
    assert isinstance(event, IssueEvent)
    assert event.issue_id == "iss_1"
    assert event.issue_number == 36800
    assert event.issue_title == "Login broken"
    assert event.issue_tags == ["bug", "login"]
    assert event.issue_account_domains == ["acme.com"]
    assert event.issue_last_message_sent_at == datetime(2024, 12, 9, 10, tzinfo=timezone.utc)
    assert event.issue_requesteer_id == event.issue_requester_id == "usr_req"
    assert event.custom_fields == {"tier": "gold", "arr": 12000}
    assert event.raw == ISSUE


def test_message_event_adds_message_keys() -> None:
    event = parse_event(MESSAGE)
    assert type(event) is IssueMessageNewEvent
    assert isinstance(event, MessageEvent)
    assert event.message_is_private is False
    assert event.message_ccs == ["c@acme.com"]
    assert event.message_sent_at == datetime(2024, 12, 9, 10, 5, tzinfo=timezone.utc)
    assert event.issue_title == "Login broken"


@pytest.mark.parametrize("event_type", sorted(EVENT_TYPES))
def test_each_known_event_type_has_its_class(event_type: str) -> None:
    event = parse_event({"event_type": event_type, "issue_id": "i"})
    assert type(event) is EVENT_TYPES[event_type]
    assert type(event).event_type_name == event_type
    assert event.event_type == event_type
    assert isinstance(event, IssueEvent)


def test_the_seven_documented_types_are_known() -> None:
    assert set(EVENT_TYPES) == {
        "issue_new",
        "issue_assigned",
        "issue_field_changed",
        "issue_status_changed",
        "issue_tags_changed",
        "issue_reaction",
        "issue_message_new",
    }
    with pytest.raises(TypeError):
        EVENT_TYPES["x"] = WebhookEvent  # type: ignore[index]


@pytest.mark.parametrize(
    "data",
    [
        {"event_type": "account_created", "account_id": "acc_1", "nested": {"a": [1, 2]}},
        {"issue_id": "no type"},
        {"event_type": None},
        {"event_type": ["issue_new"]},
        {"event_type": 5},
        {},
    ],
)
def test_unknown_or_missing_event_type_gives_a_generic_event(data: dict[str, Any]) -> None:
    event = parse_event(data)
    assert type(event) is WebhookEvent
    assert event.raw == data


def test_unknown_keys_are_kept_as_attributes() -> None:
    event = parse_event({"event_type": "account_created", "account_id": "acc_1", "issue_id": "i"})
    assert event.account_id == "acc_1"  # type: ignore[attr-defined]
    assert event.issue_id == "i"  # type: ignore[attr-defined]
    assert event.model_extra == {"account_id": "acc_1", "issue_id": "i"}


def test_the_vector_body_keeps_its_nested_data() -> None:
    event = parse_event(VECTOR_BODY)
    assert type(event) is IssueNewEvent
    assert event.data == {"id": "iss_1", "title": "Login broken"}  # type: ignore[attr-defined]
    assert event.issue_id is None


def test_keys_that_clash_with_properties_stay_in_raw() -> None:
    event = parse_event({"event_type": "issue_new", "raw": 1, "custom_fields": 2, "model_dump": 3})
    assert event.raw["raw"] == 1
    assert event.raw["custom_fields"] == 2
    assert callable(event.model_dump)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, []),
        ("", []),
        ("bug", ["bug"]),
        ("bug, login ,,urgent ", ["bug", "login", "urgent"]),
        ('["a", "b, c"]', ["a", "b, c"]),
        ("[not json", ["[not json"]),
        ('["a", 1, null, true, {"x": 1}]', ["a", "1"]),
        (["a", 2, 2.5, None, False, {"x": 1}], ["a", "2", "2.5"]),
        (("a",), ["a"]),
        ({"a": 1}, []),
        (42, []),
        ("[" * 100_000, ["[" * 100_000]),
    ],
    ids=repr,
)
def test_list_fields_are_lenient(value: Any, expected: list[str]) -> None:
    event = parse_event(
        {"event_type": "issue_tags_changed", "issue_tags": value, "message_ccs": value}
    )
    assert isinstance(event, IssueEvent)
    assert event.issue_tags == expected
    assert event.raw["issue_tags"] == value


def test_missing_list_fields_are_empty_lists() -> None:
    event = parse_event({"event_type": "issue_message_new"})
    assert isinstance(event, MessageEvent)
    assert event.issue_tags == event.message_ccs == event.issue_attachment_urls == []
    assert event.issue_id is None and event.message_is_private is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, True),
        ("true", True),
        ("false", False),
        (0, False),
        ("1", True),
        ("maybe", None),
        ([], None),
    ],
)
def test_booleans_are_lenient(value: Any, expected: bool | None) -> None:
    event = parse_event({"event_type": "issue_message_new", "message_is_private": value})
    assert isinstance(event, MessageEvent)
    assert event.message_is_private is expected
    assert event.raw["message_is_private"] == value


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("issue_number", "36800", 36800),
        ("issue_number", 36800.0, 36800),
        ("issue_number", "#36800", None),
        ("issue_number", 1.5, None),
        ("issue_id", 12345, "12345"),
        ("issue_title", {"not": "text"}, None),
        ("issue_last_message_sent_at", "yesterday", None),
        ("issue_last_message_sent_at", "", None),
    ],
)
def test_scalars_that_do_not_fit_fall_back_to_none(field: str, value: Any, expected: Any) -> None:
    event = parse_event({"event_type": "issue_new", field: value})
    assert getattr(event, field) == expected
    assert event.raw[field] == value


def test_correct_spelling_of_requester_id_is_accepted_too() -> None:
    event = parse_event({"event_type": "issue_new", "issue_requester_id": "usr_1"})
    assert isinstance(event, IssueEvent)
    assert event.issue_requester_id == event.issue_requesteer_id == "usr_1"


def test_custom_fields_ignore_the_bare_prefix() -> None:
    event = parse_event({"issue_custom_field_": 1, "issue_custom_field_a_b": [1]})
    assert event.custom_fields == {"a_b": [1]}


def test_events_are_frozen() -> None:
    event = IssueNewEvent.model_validate(ISSUE)
    with pytest.raises(pydantic.ValidationError):
        event.issue_id = "other"


def test_events_can_be_built_directly_for_tests() -> None:
    event = IssueNewEvent(issue_id="i", issue_tags="a,b")  # type: ignore[arg-type]
    assert event.issue_tags == ["a", "b"]
    assert event.raw == {"issue_id": "i", "issue_tags": "a,b"}


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"\xff", "not_utf8"),
        (b"{", "not_json"),
        (b"", "not_json"),
        (b"[1]", "not_object"),
        (b"null", "not_object"),
        (b"\xef\xbb\xbf{}", "not_json"),  # a BOM is not JSON
        (b"[" * 100_000 + b"]" * 100_000, "not_json"),  # too deep for the decoder
        ("\ud800", "not_utf8"),
    ],
)
def test_undecodable_payloads_are_payload_errors(payload: Any, reason: str) -> None:
    with pytest.raises(WebhookPayloadError) as caught:
        parse_event(payload)
    assert caught.value.reason == reason


def test_text_payload_is_accepted() -> None:
    assert parse_event(json.dumps(ISSUE)).raw == ISSUE


def test_a_mapping_pydantic_cannot_read_is_a_payload_error() -> None:
    with pytest.raises(WebhookPayloadError):
        parse_event({1: "non-str key", "event_type": "issue_new"})  # type: ignore[dict-item]
