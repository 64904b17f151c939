"""Search: every field and operator of every search endpoint agrees with a plain Python filter.

The reference semantics below are written independently of the simulator's evaluator, from the
documented rules (README section): list fields match when any element matches, string_contains
is case-insensitive, time_range is [start, end), time_is_after/before are strict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pylon_openapi.spec_tables import OPERATIONS, SEARCH_FILTERS

from pylon.testing import Simulator

from .conftest import client_for

SEARCH_PATHS = {
    "SearchIssues": ("/issues/search", "issues", ()),
    "SearchAccounts": ("/accounts/search", "accounts", ()),
    "SearchContacts": ("/contacts/search", "contacts", ()),
    "SearchCustomObjects": (
        "/custom-objects/subscription/search",
        "custom-objects",
        ("subscription",),
    ),
    "SearchProjects": ("/projects/search", "projects", ()),
    "SearchTasks": ("/tasks/search", "tasks", ()),
    "SearchUsers": ("/users/search", "users", ()),
    "SearchSurveys": ("/surveys/search", "surveys", ()),
}
CUSTOM_SLUGS = {
    "SearchIssues": {
        "priority": "select",
        "severity_score": "number",
        "region": "text",
        "components": "multiselect",
        "due_on": "date",
    },
    "SearchAccounts": {"plan": "select", "arr": "number"},
    "SearchContacts": {"job_title": "text"},
    "SearchCustomObjects": {"seats": "number"},
}
CUSTOM_OPS = {
    "text": (
        "equals",
        "not_equals",
        "in",
        "not_in",
        "string_contains",
        "string_does_not_contain",
        "is_set",
        "is_unset",
    ),
    "number": (
        "equals",
        "not_equals",
        "in",
        "not_in",
        "greater_than",
        "less_than",
        "greater_than_or_equals",
        "less_than_or_equals",
        "is_set",
        "is_unset",
    ),
    "select": ("equals", "not_equals", "in", "not_in", "is_set", "is_unset"),
    "multiselect": ("contains", "does_not_contain", "in", "not_in", "is_set", "is_unset"),
    "date": ("time_is_after", "time_is_before", "time_range", "is_set", "is_unset"),
}
SPECIAL_FIELDS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "issue_type": lambda r: r.get("type"),
    "resolved_at": lambda r: r.get("resolution_time"),
    "latest_message_activity_at": lambda r: r.get("latest_message_time"),
    "follower_user_id": lambda r: r.get("_follower_user_ids"),
    "follower_contact_id": lambda r: r.get("_follower_contact_ids"),
    "ticket_form_id": lambda r: r.get("_ticket_form_id"),
}


def reference_value(op: str, record: dict[str, Any], field: str) -> Any:
    if field in SPECIAL_FIELDS and op == "SearchIssues":
        return SPECIAL_FIELDS[field](record)
    if op == "SearchTasks" and field == "assignee_id":
        return ((record.get("assignee") or {}).get("user") or {}).get("id")
    if field == "external_ids":
        return [e["external_id"] for e in record.get("external_ids", [])]
    if field in record:
        return record[field]
    if field.endswith("_id") and isinstance(record.get(field[:-3]), dict):
        return record[field[:-3]].get("id")
    custom = (record.get("custom_fields") or {}).get(field)
    if isinstance(custom, dict):
        return custom.get("values") or custom.get("value")
    return None


def _items(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, bool):
        return ["true" if value else "false"]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _num(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def reference_match(value: Any, operator: str, operand: Any) -> bool:
    is_set = value not in (None, "", [], {})
    if operator == "is_set":
        return is_set
    if operator == "is_unset":
        return not is_set
    if operator == "equals":
        return operand in _items(value)
    if operator == "not_equals":
        return operand not in _items(value)
    if operator == "in":
        return bool(set(_items(value)) & set(operand))
    if operator == "not_in":
        return not set(_items(value)) & set(operand)
    if operator in ("contains", "does_not_contain"):
        has = (
            operand in _items(value)
            if isinstance(value, list)
            else operand.lower() in str(value or "").lower()
        )
        return has if operator == "contains" else not has
    if operator == "string_contains":
        return operand.lower() in str(value or "").lower()
    if operator == "string_does_not_contain":
        return operand.lower() not in str(value or "").lower()
    if operator == "time_is_after":
        return is_set and value > operand
    if operator == "time_is_before":
        return is_set and value < operand
    if operator == "time_range":
        return is_set and operand[0] <= value < operand[1]
    number, target = _num(value), _num(operand)
    if number is None or target is None:
        return False
    return {
        "greater_than": number > target,
        "less_than": number < target,
        "greater_than_or_equals": number >= target,
        "less_than_or_equals": number <= target,
    }[operator]


def candidate_operands(
    values: list[Any], operator: str, field_values: tuple[str, ...] | None
) -> list[Any]:
    present = sorted({v for value in values for v in _items(value)})
    if operator in ("is_set", "is_unset"):
        return [None]
    if operator.startswith("time_"):
        stamps = sorted(v for v in present if "T" in v)
        if not stamps:
            return []
        mid = stamps[len(stamps) // 2]
        return [[stamps[0], mid]] if operator == "time_range" else [mid]
    pool = list(field_values or ()) or present
    if not pool:
        return []
    if operator in ("in", "not_in"):
        return [pool[:2]]
    if operator in ("string_contains", "string_does_not_contain"):
        return [pool[len(pool) // 2][1:4].upper()]
    return [pool[len(pool) // 2]]


def search_all(
    c: httpx.Client, path: str, flt: dict[str, Any], paged: bool, limit: int = 999
) -> list[str]:
    ids: list[str] = []
    body: dict[str, Any] = {"filter": flt}
    if paged:
        body["limit"] = limit
    while True:
        response = c.post(path, json=body)
        assert response.status_code == 200, (flt, response.text)
        data = response.json()
        ids += [item.get("id") for item in data["data"]]
        page = data.get("pagination")
        if not page or not page["has_next_page"]:
            return ids
        body["cursor"] = page["cursor"]


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for op, facts in SEARCH_FILTERS.items():
        if op not in SEARCH_PATHS:
            continue
        for field, spec in facts["fields"].items():
            cases += [(op, field, operator) for operator in spec["operators"]]
        for slug, kind in CUSTOM_SLUGS.get(op, {}).items():
            cases += [(op, slug, operator) for operator in CUSTOM_OPS[kind]]
    return cases


@pytest.fixture(scope="module")
def searched() -> tuple[Simulator, httpx.Client]:
    from datetime import datetime, timezone

    sim = Simulator(clock=lambda: datetime(2025, 6, 1, tzinfo=timezone.utc))
    sim.seed(issues=300, seed=7, now=datetime(2025, 6, 1, tzinfo=timezone.utc))
    return sim, client_for(sim)


@pytest.mark.parametrize(("op", "field", "operator"), _cases())
def test_operator_agrees_with_reference(
    searched: tuple[Simulator, httpx.Client], op: str, field: str, operator: str
) -> None:
    sim, c = searched
    path, collection, scope = SEARCH_PATHS[op]
    records = list(sim.store.collection(collection, scope))
    spec = SEARCH_FILTERS[op]["fields"].get(field, {})
    values = [reference_value(op, r, field) for r in records]
    operands = candidate_operands(values, operator, spec.get("values"))
    if not operands:
        pytest.skip(f"no data for {field}")
    pagination = OPERATIONS[op]["pagination"]
    paged = pagination is not None
    for operand in operands:
        flt: dict[str, Any] = {"field": field, "operator": operator}
        if operator in ("in", "not_in", "time_range"):
            flt["values"] = operand
        elif operand is not None:
            flt["value"] = operand
        got = search_all(c, path, flt, paged, (pagination or {}).get("limit_max") or 999)
        expected = [
            r["id"]
            for r, v in zip(records, values, strict=True)
            if reference_match(v, operator, operand)
        ]
        assert sorted(got) == sorted(expected), (flt, len(got), len(expected))
        assert len(got) == len(set(got))


def test_every_documented_operator_is_exercised() -> None:
    used = {operator for _, _, operator in _cases()}
    from pylon.testing._filters import ALL_OPERATORS

    assert used | {"and", "or"} == ALL_OPERATORS


def test_nested_and_or_agree_with_reference(searched: tuple[Simulator, httpx.Client]) -> None:
    sim, c = searched
    issues = list(sim.store.collection("issues"))
    flt = {
        "operator": "and",
        "subfilters": [
            {"field": "tags", "operator": "contains", "value": "billing"},
            {
                "operator": "or",
                "subfilters": [
                    {"field": "state", "operator": "in", "values": ["closed", "resolved"]},
                    {"field": "priority", "operator": "equals", "value": "high"},
                ],
            },
        ],
    }
    expected = [
        i["id"]
        for i in issues
        if "billing" in i["tags"]
        and (
            i["state"] in ("closed", "resolved")
            or i["custom_fields"]["priority"]["value"] == "high"
        )
    ]
    assert expected
    assert sorted(search_all(c, "/issues/search", flt, True)) == sorted(expected)


def test_single_subfilter_and_is_accepted(searched: tuple[Simulator, httpx.Client]) -> None:
    _, c = searched
    flt = {
        "operator": "and",
        "subfilters": [{"field": "state", "operator": "equals", "value": "new"}],
    }
    assert c.post("/issues/search", json={"filter": flt}).status_code == 200


def test_depth_limit(searched: tuple[Simulator, httpx.Client]) -> None:
    _, c = searched
    leaf = {"field": "state", "operator": "equals", "value": "new"}
    depth3 = {"operator": "and", "subfilters": [{"operator": "or", "subfilters": [leaf]}]}
    depth4 = {"operator": "and", "subfilters": [depth3]}
    assert c.post("/issues/search", json={"filter": depth3}).status_code == 200
    response = c.post("/issues/search", json={"filter": depth4})
    assert response.status_code == 400
    assert "deep" in response.json()["errors"][0]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({}, "filter is required"),
        ({"filter": "state=new"}, "must be an object"),
        (
            {"filter": {"field": "state", "operator": "regex", "value": "x"}},
            "unknown filter operator",
        ),
        ({"filter": {"field": "state", "operator": "contains", "value": "new"}}, "not allowed"),
        (
            {"filter": {"field": "priority_level", "operator": "equals", "value": "x"}},
            "cannot be used",
        ),
        ({"filter": {"field": "state", "operator": "in", "value": "new"}}, "values"),
        ({"filter": {"field": "state", "operator": "equals"}}, "value"),
        (
            {"filter": {"field": "issue_type", "operator": "equals", "value": "bug"}},
            "invalid value",
        ),
        (
            {"filter": {"field": "created_at", "operator": "time_is_after", "value": "yesterday"}},
            "RFC 3339",
        ),
        (
            {
                "filter": {
                    "field": "created_at",
                    "operator": "time_range",
                    "values": ["2025-01-01T00:00:00Z"],
                }
            },
            "time_range",
        ),
        ({"filter": {"operator": "or", "subfilters": []}}, "subfilters"),
        ({"filter": {"operator": "equals", "value": "x"}}, "needs a field"),
    ],
)
def test_bad_filters_are_400(
    searched: tuple[Simulator, httpx.Client], body: dict[str, Any], fragment: str
) -> None:
    _, c = searched
    response = c.post("/issues/search", json=body)
    assert response.status_code == 400, response.text
    error = response.json()
    assert set(error) == {"errors", "request_id"}
    assert fragment in error["errors"][0]


def test_field_allowed_elsewhere_is_rejected_here(searched: tuple[Simulator, httpx.Client]) -> None:
    _, c = searched
    response = c.post(
        "/contacts/search", json={"filter": {"field": "tags", "operator": "contains", "value": "x"}}
    )
    assert response.status_code == 400


def test_state_accepts_custom_statuses(searched: tuple[Simulator, httpx.Client]) -> None:
    sim, c = searched
    got = search_all(
        c, "/issues/search", {"field": "state", "operator": "equals", "value": "resolved"}, True
    )
    assert got and all(sim.store.get("issues", i)["state"] == "resolved" for i in got)  # type: ignore[index]


def test_feature_request_search_uses_its_own_fields(
    searched: tuple[Simulator, httpx.Client],
) -> None:
    sim, c = searched
    features = list(sim.store.collection("feature-requests"))
    account = features[0]["evidence"][0]["account_id"]
    data = c.post("/feature-requests/search", json={"account_ids": [account]}).json()["data"]
    assert {f["id"] for f in data} == {
        f["id"] for f in features if any(e["account_id"] == account for e in f["evidence"])
    }
    data = c.post(
        "/feature-requests/search", json={"query": "DARK", "request_statuses": ["new"]}
    ).json()["data"]
    assert [f["title"] for f in data] == ["Dark mode"]
    assert c.post("/feature-requests/search", json={"limit": 0}).status_code == 400
