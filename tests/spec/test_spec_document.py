"""spec/ is a valid OpenAPI document, structurally equal to upstream but for the listed corrections,
with the prose facts made machine-readable and no upstream prose copied."""

from __future__ import annotations

import json
from typing import Any

from openapi_spec_validator import validate

from codegen import spec_diff
from codegen._jsondoc import iter_operations
from codegen.normalize import summary_for
from tests.spec.conftest import ROOT, SPEC_PATH

SEARCH_OPERATIONS = {
    "SearchAccounts", "SearchContacts", "SearchCustomObjects", "SearchFeatureRequests",
    "SearchIssues", "SearchProjects", "SearchSurveys", "SearchTasks", "SearchUsers",
}  # fmt: skip


def _ops(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for _, _, op in iter_operations(document)}


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)


def test_spec_has_every_operation(spec: dict[str, Any]) -> None:
    ops = list(iter_operations(spec))
    assert len(ops) == 114
    assert len({path for _, path, _ in ops}) == 75
    assert len(_ops(spec)) == 114  # operation ids are unique


def test_structure_equals_upstream_except_listed_corrections(
    spec: dict[str, Any], reference: dict[str, Any], corrections: list[dict[str, Any]]
) -> None:
    changes = spec_diff.explain(spec_diff.diff(reference, spec), corrections)
    unexplained = [c.line() for c in changes if c.correction is None]
    assert unexplained == []
    # every correction is actually needed: each explains at least one difference (or a server entry)
    used = {c.correction for c in changes}
    for correction in corrections:
        touches_operations = any("operation" in step for step in correction["patch"])
        assert not touches_operations or correction["id"] in used, correction["id"]


def test_schemas_and_enums_equal_upstream(spec: dict[str, Any], reference: dict[str, Any]) -> None:
    """Beyond operations: every component schema keeps its properties, types, enums and required."""

    def shape(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: shape(v)
                for k, v in node.items()
                if k not in {"description", "example"}
                and not (k == "title" and isinstance(v, str))  # prose titles are dropped too
                and not k.startswith("x-")
            }
        if isinstance(node, list):
            return [shape(v) for v in node]
        return node

    ours, theirs = spec["components"]["schemas"], reference["components"]["schemas"]
    assert ours.keys() == theirs.keys()
    corrected = {"Filter"}  # see spec/corrections.json: compound-filter-has-no-field
    for name in theirs.keys() - corrected:
        assert shape(ours[name]) == shape(theirs[name]), name
    assert theirs["Filter"]["required"] == ["field", "operator"]
    assert ours["Filter"]["required"] == ["operator"]


def test_no_upstream_prose_is_copied(spec: dict[str, Any], reference: dict[str, Any]) -> None:
    ours = SPEC_PATH.read_text()
    prose: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in {"description", "summary"} and isinstance(value, str) and len(value) > 24:
                    prose.add(value)
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(reference)
    # Our summaries are derived from operation ids; where upstream's says the same, that's not a copy.
    derived = {summary_for(op["operationId"]) for _, _, op in iter_operations(reference)}
    copied = [p[:60] for p in prose - derived if json.dumps(p)[1:-1] in ours]
    assert copied == []


def test_every_operation_has_a_rate_limit(spec: dict[str, Any]) -> None:
    for op_id, op in _ops(spec).items():
        limit = op.get("x-rate-limit")
        assert limit and limit["per"] == "minute" and limit["requests"] in {10, 20, 60}, op_id


def test_rate_limit_spot_checks(spec: dict[str, Any]) -> None:
    ops = _ops(spec)
    assert ops["GetIssues"]["x-rate-limit"] == {"requests": 10, "per": "minute"}
    assert ops["SearchIssues"]["x-rate-limit"] == {"requests": 20, "per": "minute"}
    assert ops["GetMe"]["x-rate-limit"] == {"requests": 60, "per": "minute"}
    counts: dict[int, int] = {}
    for op in ops.values():
        counts[op["x-rate-limit"]["requests"]] = counts.get(op["x-rate-limit"]["requests"], 0) + 1
    # 22 / 42 / 49 as documented, plus the one correction (upload-content assumed 10/min)
    assert counts == {10: 23, 20: 42, 60: 49}


def test_every_search_endpoint_has_filterable_fields(spec: dict[str, Any]) -> None:
    ops = _ops(spec)
    assert {i for i, op in ops.items() if "x-filter" in op} == SEARCH_OPERATIONS
    issues = ops["SearchIssues"]["x-filter"]
    assert set(issues["fields"]) == {
        "created_at", "account_id", "ticket_form_id", "requester_id", "follower_user_id",
        "follower_contact_id", "state", "tags", "title", "body_html", "assignee_id", "team_id",
        "issue_type", "resolved_at", "latest_message_activity_at", "updated_at",
    }  # fmt: skip
    assert issues["custom_fields"] is True
    assert issues["max_depth"] == 3
    assert "time_range" in issues["fields"]["created_at"]["operators"]
    assert issues["fields"]["created_at"]["type"] == "datetime"
    state = issues["fields"]["state"]
    assert state["values"] == ["new", "waiting_on_you", "waiting_on_customer", "on_hold", "closed"]
    assert state["open_values"] is True
    assert issues["fields"]["issue_type"]["open_values"] is False
    assert ops["SearchProjects"]["x-filter"]["fields"]["is_archived"]["type"] == "boolean"
    assert ops["SearchFeatureRequests"]["x-filter"]["request_fields"] == [
        "account_ids", "query", "request_statuses",
    ]  # fmt: skip


def test_pagination_and_window_facts(spec: dict[str, Any]) -> None:
    ops = _ops(spec)
    assert ops["SearchIssues"]["x-pagination"] == {
        "cursor": "body", "limit": {"minimum": 1, "maximum": 999, "default": 100},
    }  # fmt: skip
    assert ops["GetAccounts"]["x-pagination"]["cursor"] == "query"
    assert ops["SearchCustomObjects"]["x-pagination"]["limit"] == {
        "minimum": 1, "maximum": 100, "default": 25,
    }  # fmt: skip
    assert ops["GetIssues"]["x-time-window"] == {
        "start": "start_time",
        "end": "end_time",
        "max_days": 30,
    }
    # the corrections: pagination moved from the single-contact GET to the contact list
    assert {p["name"] for p in ops["GetContact"]["parameters"]} == {"id"}
    assert ops["GetContacts"]["x-pagination"]["cursor"] == "query"


def test_lock_records_upstream(reference: dict[str, Any]) -> None:
    import hashlib

    lock = json.loads((ROOT / "spec" / "pylon-api.lock.json").read_text())
    ref = sorted((ROOT.parent / "shared" / "reference").glob("*.json"))[-1]
    assert lock["upstream_version"] == "7.19.0"
    assert lock["upstream_sha256"] == hashlib.sha256(ref.read_bytes()).hexdigest()


def test_import_is_reproducible(
    reference: dict[str, Any], corrections: list[dict[str, Any]]
) -> None:
    """Re-importing the pinned upstream document gives exactly the committed spec."""
    from codegen._jsondoc import dump_json
    from codegen.normalize import normalize

    lock = json.loads((ROOT / "spec" / "pylon-api.lock.json").read_text())
    assert (
        dump_json(normalize(reference, corrections, lock["upstream_version"]))
        == SPEC_PATH.read_text()
    )
