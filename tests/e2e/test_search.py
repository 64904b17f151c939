"""Issue search end to end: for every filterable field and each of its operators (as the spec's
filter table lists them), the SDK's results, built with `pylon.filters` and paged over HTTP, equal
a plain Python filter over the simulator's seeded issues. The oracle below is written from the
documented semantics (README "Search semantics"), not from the simulator's code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from pylon_openapi.spec_tables import SEARCH_FILTERS

from pylon import Pylon, filters
from pylon.filters import Field

from .conftest import Served

ISSUE_FIELDS: dict[str, Any] = SEARCH_FILTERS["SearchIssues"]["fields"]

# Where each filter field lives on a stored issue record.
REFERENCES = {"account_id", "assignee_id", "requester_id", "team_id"}
STORED_AS = {
    "issue_type": "type",
    "resolved_at": "resolution_time",
    "latest_message_activity_at": "latest_message_time",
    "follower_user_id": "_follower_user_ids",
    "follower_contact_id": "_follower_contact_ids",
    "ticket_form_id": "_ticket_form_id",
}
CUSTOM = {"priority", "severity_score", "region", "components", "due_on"}


def stored_value(record: dict[str, Any], field: str) -> Any:
    if field in REFERENCES:
        ref = record.get(field.removesuffix("_id"))
        return ref.get("id") if isinstance(ref, dict) else None
    if field in CUSTOM:
        entry = (record.get("custom_fields") or {}).get(field) or {}
        return entry.get("values") if entry.get("values") is not None else entry.get("value")
    return record.get(STORED_AS.get(field, field))


def as_list(value: Any) -> list[Any]:
    if value in (None, ""):
        return []
    return list(value) if isinstance(value, list) else [value]


def when(text: Any) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def matches(record: dict[str, Any], field: str, operator: str, operand: Any) -> bool:
    """The documented semantics of one leaf filter, on one stored issue."""
    value = stored_value(record, field)
    items = [str(v) for v in as_list(value)]
    if operator == "is_set":
        return bool(items)
    if operator == "is_unset":
        return not items
    if operator == "equals":
        return operand in items
    if operator in ("in", "not_in"):
        hit = any(v in operand for v in items)
        return hit if operator == "in" else not hit
    if operator in ("contains", "does_not_contain"):
        hit = operand in items if isinstance(value, list) else operand.lower() in str(value).lower()
        return hit if operator == "contains" else not hit
    if operator in ("string_contains", "string_does_not_contain"):
        hit = operand.lower() in ("" if value is None else str(value)).lower()
        return hit if operator == "string_contains" else not hit
    if operator in ("greater_than", "less_than"):
        if not items:
            return False
        number = float(items[0])
        return number > operand if operator == "greater_than" else number < operand
    moment = when(value)
    if moment is None:  # an unset timestamp never matches a time operator
        return False
    if operator == "time_is_after":
        return moment > operand
    if operator == "time_is_before":
        return moment < operand
    assert operator == "time_range"
    return operand[0] <= moment < operand[1]


# -- operands chosen from the seeded data, so every case selects a real, partial subset -----


def common_values(records: list[dict[str, Any]], field: str, n: int) -> list[str]:
    counts = Counter(str(v) for r in records for v in as_list(stored_value(r, field)))
    return [value for value, _ in counts.most_common(n)]


def times(records: list[dict[str, Any]], field: str) -> list[datetime]:
    return sorted(t for r in records if (t := when(stored_value(r, field))) is not None)


def operand_for(records: list[dict[str, Any]], field: str, operator: str) -> Any:
    if operator in ("is_set", "is_unset"):
        return None
    if operator in ("time_is_after", "time_is_before"):
        moments = times(records, field)
        return moments[len(moments) // 2]
    if operator == "time_range":
        moments = times(records, field)
        return (moments[len(moments) // 4], moments[3 * len(moments) // 4])
    if operator in ("string_contains", "string_does_not_contain"):
        return "RATE limit"  # case-insensitive on the server
    if operator in ("greater_than", "less_than"):
        return 50.0
    if operator in ("in", "not_in"):  # two values, or one where there are only two in all
        values = common_values(records, field, 3)
        return values[:2] if len(values) > 2 else values[:1]
    return common_values(records, field, 1)[0]


def build(field: str, operator: str, operand: Any, *, custom: bool = False) -> filters.Filter:
    method = getattr(Field(field), {"in": "in_"}.get(operator, operator))
    if operator in ("is_set", "is_unset"):
        return method(custom=custom)  # type: ignore[no-any-return]
    if operator == "time_range":
        return method(*operand, custom=custom)  # type: ignore[no-any-return]
    if operator in ("greater_than", "less_than"):
        return method(str(int(operand)), custom=custom)  # type: ignore[no-any-return]
    return method(operand, custom=custom)  # type: ignore[no-any-return]


SPEC_CASES = [(f, op) for f, facts in sorted(ISSUE_FIELDS.items()) for op in facts["operators"]]
CUSTOM_CASES = [
    ("priority", "equals"),
    ("priority", "in"),
    ("severity_score", "greater_than"),
    ("severity_score", "less_than"),
    ("components", "contains"),
    ("region", "is_unset"),
    ("due_on", "time_is_after"),
]


def search_ids(client: Pylon, flt: filters.Filter) -> list[str]:
    return [issue.id for issue in client.issues.search(flt, limit=99)]


def check_agreement(
    client: Pylon, served: Served, flt: filters.Filter, keep: Callable[[dict[str, Any]], bool]
) -> None:
    records = served.records("issues")
    expected = {r["id"] for r in records if keep(r)}
    got = search_ids(client, flt)
    assert len(got) == len(set(got)), "an issue came back twice"
    assert set(got) == expected, str(flt)


def test_every_spec_field_and_operator_is_covered() -> None:
    assert len(SPEC_CASES) == sum(len(f["operators"]) for f in ISSUE_FIELDS.values())
    assert len(SPEC_CASES) >= 50


@pytest.mark.parametrize(("field", "operator"), SPEC_CASES)
def test_search_field_operator(field: str, operator: str, client: Pylon, served: Served) -> None:
    operand = operand_for(served.records("issues"), field, operator)
    flt = build(field, operator, operand)
    check_agreement(client, served, flt, lambda r: matches(r, field, operator, operand))


@pytest.mark.parametrize(("field", "operator"), CUSTOM_CASES)
def test_search_custom_field(field: str, operator: str, client: Pylon, served: Served) -> None:
    operand = operand_for(served.records("issues"), field, operator)
    flt = build(field, operator, operand, custom=True)
    check_agreement(client, served, flt, lambda r: matches(r, field, operator, operand))


def test_custom_status_and_compound_filters(client: Pylon, served: Served) -> None:
    states = ["resolved", "waiting_on_you"]
    flt = filters.And(
        Field("state").in_(states, custom=True),
        filters.Or(Field("tags").contains("billing"), Field("title").string_contains("slow")),
    )

    def keep(r: dict[str, Any]) -> bool:
        return r["state"] in states and (
            "billing" in r.get("tags", []) or "slow" in r["title"].lower()
        )

    check_agreement(client, served, flt, keep)


def test_text_form_equals_builder(client: Pylon, served: Served) -> None:
    text = "state in (closed, on_hold) and tags contains api"
    built = Field("state").in_(["closed", "on_hold"]) & Field("tags").contains("api")
    assert search_ids(client, filters.parse(text)) == search_ids(client, built)
    assert client.issues.search(text).collect()  # the text form is accepted by the facade too


def test_operand_choices_select_partial_subsets(served: Served) -> None:
    """Guard the guard: a value operator must select some issues and not all of them (else the
    agreement above would be vacuous); `is_set`/`is_unset` must split at least some fields."""
    records = served.records("issues")
    splits: dict[tuple[str, str], bool] = {}
    for field, operator in SPEC_CASES:
        operand = operand_for(records, field, operator)
        selected = sum(matches(r, field, operator, operand) for r in records)
        splits[(field, operator)] = 0 < selected < len(records)
    by_value = {k: v for k, v in splits.items() if k[1] not in ("is_set", "is_unset")}
    assert all(by_value.values()), [k for k, v in by_value.items() if not v]
    assert sum(v for k, v in splits.items() if k[1] == "is_set") >= 2
