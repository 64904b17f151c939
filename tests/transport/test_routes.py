"""Route matching and operation classes."""

from __future__ import annotations

import re

import pytest

from pylon._routes import IDEMPOTENT_ACTIONS, Route, RouteTable, classify

from ._support import OPERATIONS, ROUTES


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "op_class", "limit"),
    [
        ("GET", "/issues", "GetIssues", "read", (10, 60.0)),
        ("GET", "/issues/iss_1", "GetIssue", "read", (60, 60.0)),
        ("POST", "/issues/search", "SearchIssues", "read", (20, 60.0)),
        ("POST", "/issues", "CreateIssue", "create", (10, 60.0)),
        ("PATCH", "/issues/iss_1", "UpdateIssue", "idempotent", (20, 60.0)),
        ("DELETE", "/issues/iss_1", "DeleteIssue", "idempotent", (20, 60.0)),
        ("POST", "/issues/iss_1/reply", "CreateIssueReply", "create", (10, 60.0)),
        ("POST", "/issues/iss_1/snooze", "SnoozeIssue", "idempotent", (20, 60.0)),
        ("POST", "/custom-objects/ticket/search", "SearchCustomObjects", "read", (20, 60.0)),
        ("GET", "/custom-objects/ticket/search", "GetCustomObject", "read", (60, 60.0)),
        ("post", "/issues/search?x=1", "SearchIssues", "read", (20, 60.0)),
        ("GET", "/issues/a%2Fb", "GetIssue", "read", (60, 60.0)),
        ("GET", "/issues/search", "GetIssue", "read", (60, 60.0)),
        ("GET", "/issues/", "GetIssues", "read", (10, 60.0)),
        ("POST", "/training-data/upload-content", "UploadContent", "create", None),
    ],
)
def test_match(
    method: str, path: str, operation_id: str, op_class: str, limit: tuple | None
) -> None:
    route = ROUTES.match(method, path)
    assert (route.operation_id, route.op_class, route.rate_limit) == (operation_id, op_class, limit)


@pytest.mark.parametrize(
    ("method", "path", "op_class"),
    [
        ("GET", "/unknown", "read"),
        ("PATCH", "/unknown/1", "idempotent"),
        ("DELETE", "/unknown/1", "idempotent"),
        ("PUT", "/unknown/1", "idempotent"),
        ("POST", "/unknown", "create"),
        ("POST", "/unknown/search", "read"),
        ("GET", "/issues/iss_1/extra/segments", "read"),
        ("POST", "/issues/iss_1", "create"),
    ],
)
def test_unknown_routes_have_no_limit(method: str, path: str, op_class: str) -> None:
    route = ROUTES.match(method, path)
    assert (route.operation_id, route.rate_limit, route.op_class) == (None, None, op_class)


def test_classify() -> None:
    assert classify("GET", "/anything") == "read"
    assert classify("POST", "/issues/search/") == "read"
    assert classify("POST", "/issues/{id}/followers", "AddIssueFollowers") == "idempotent"
    assert classify("POST", "/issues/{id}/note", "CreateIssueNote") == "create"


def test_op_class_override_and_bad_values() -> None:
    table = RouteTable.from_operations(
        {"Odd": {"method": "POST", "path": "/odd", "rate_limit": None, "op_class": "idempotent"}}
    )
    assert table.match("POST", "/odd").op_class == "idempotent"
    with pytest.raises(ValueError, match="op_class"):
        RouteTable.from_operations({"X": {"method": "GET", "path": "/x", "op_class": "maybe"}})
    for bad in [(0, 60), (10, 0), ("10", 60), (10,), {"requests": 10}, 7]:
        with pytest.raises(ValueError, match="rate_limit"):
            RouteTable.from_operations({"X": {"method": "GET", "path": "/x", "rate_limit": bad}})


def test_duplicate_operations_are_refused() -> None:
    twice = [Route("GET", "/a/{id}", "A", None, "read"), Route("GET", "/a/{x}", "B", None, "read")]
    with pytest.raises(ValueError, match="two operations"):
        RouteTable(twice)


def test_table_is_iterable() -> None:
    assert len(ROUTES) == len(OPERATIONS)
    assert {route.operation_id for route in ROUTES} == set(OPERATIONS)


# -- the generated table from the spec ----------------------------------------------------------


@pytest.fixture(scope="module")
def spec_operations() -> dict:
    tables = pytest.importorskip("pylon_openapi.spec_tables")
    return tables.OPERATIONS  # type: ignore[no-any-return]


def test_every_spec_operation_matches_itself(spec_operations: dict) -> None:
    table = RouteTable.from_operations(spec_operations)
    for operation_id, spec in spec_operations.items():
        concrete = re.sub(r"\{[^}]+\}", "x_1", spec["path"])
        assert table.match(spec["method"], concrete).operation_id == operation_id


def test_spec_classes(spec_operations: dict) -> None:
    table = RouteTable.from_operations(spec_operations)
    by_class: dict[str, set[str]] = {}
    for route in table:
        by_class.setdefault(route.op_class, set()).add(route.operation_id or "")
    searches = {r.operation_id for r in table if r.method == "POST" and r.op_class == "read"}
    assert len(searches) == 9 and all(op and op.startswith("Search") for op in searches)
    assert by_class["idempotent"] >= IDEMPOTENT_ACTIONS
    assert {"CreateIssue", "CreateIssueReply", "CreateIssueNote", "CreateAttachment"} <= by_class[
        "create"
    ]
    limits = {route.rate_limit for route in table}
    assert limits <= {(10, 60.0), (20, 60.0), (60, 60.0), None}
