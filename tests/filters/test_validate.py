"""Validation against the spec's table of filterable fields (RELIABILITY B-11)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pylon.filters import And, Condition, F, Field, Filter, FilterError, Or, parse, validate
from pylon.filters._table import resolve

from ._support import DOC_TABLE, STATES, SYNTHETIC_TABLE, alternating, conditions, trees

SEARCH_FILTERS: Mapping[str, Mapping[str, Any]] = pytest.importorskip(
    "pylon_openapi.spec_tables"
).SEARCH_FILTERS

JAN1 = datetime(2024, 1, 1, tzinfo=timezone.utc)


def _refused(f: Filter | Mapping[str, Any], endpoint: str = "issues", **kw: Any) -> FilterError:
    with pytest.raises(FilterError) as info:
        validate(f, endpoint, **kw)
    return info.value


# -- the table itself ---------------------------------------------------------------------------


@pytest.mark.parametrize("operation_id", sorted(DOC_TABLE))
def test_generated_table_matches_the_documented_facts(operation_id: str) -> None:
    documented, generated = DOC_TABLE[operation_id], SEARCH_FILTERS[operation_id]
    for key in ("resource", "max_depth", "custom_fields"):
        assert generated[key] == documented[key], key
    assert set(generated["fields"]) == set(documented["fields"])
    for name, rule in documented["fields"].items():
        got = generated["fields"][name]
        assert set(got["operators"]) == set(rule["operators"]), name
        assert (got["type"], got["values"], got["open_values"]) == (
            rule["type"],
            rule["values"],
            rule["open_values"],
        ), name


def test_endpoint_by_operation_id_or_resource() -> None:
    f = F.state.in_(["new"])
    for endpoint in ("SearchIssues", "issues", "ISSUES", "searchissues"):
        assert validate(f, endpoint) is f
    assert f.validate("issues") is f
    assert validate(f, endpoint="issues") is f
    assert resolve(SEARCH_FILTERS, "custom-objects").operation_id == "SearchCustomObjects"
    error = _refused(f, "tickets")
    assert "unknown search endpoint 'tickets'" in str(error) and "SearchIssues (issues)" in str(
        error
    )
    with pytest.raises(TypeError):
        validate(f, None)  # type: ignore[arg-type]


def test_the_plans_example_is_valid() -> None:
    f = And(Field("state").in_(["new", "on_hold"]), Field("created_at").after(JAN1))
    assert f.validate("SearchIssues") is f
    assert validate(parse("state in (new, on_hold) and created_at > 2024-01-01"), "issues")


def test_wire_dicts_are_read_then_validated() -> None:
    wire = {"field": "state", "operator": "in", "values": ["new"]}
    assert validate(wire, "issues") == F.state.in_(["new"])
    assert "equals" in str(_refused({"field": "state", "operator": "equals", "values": ["a", "b"]}))
    with pytest.raises(TypeError):
        validate("state = new", "issues")  # type: ignore[arg-type]


# -- each mistake -------------------------------------------------------------------------------


def test_unknown_field_on_an_endpoint_without_custom_fields() -> None:
    error = _refused(F.name.equals("Ada"), "users")
    assert error.endpoint == "SearchUsers" and error.field == "name" and error.operator == "equals"
    message = str(error)
    assert "SearchUsers (users)" in message and "'name'" in message
    assert "email" in message and "no custom fields" in message
    assert "did you mean 'email'" in str(_refused(F.emial.equals("a@b.c"), "users"))


def test_operator_not_allowed_for_the_field() -> None:
    error = _refused(F.state.not_equals("new"))
    assert (error.endpoint, error.field, error.operator) == ("SearchIssues", "state", "not_equals")
    assert "equals, in, not_in" in str(error)
    assert "did you mean 'not_in'" in str(error)
    assert "did you mean 'contains'" in str(_refused(F.tags.string_contains("vip")))
    assert "did you mean 'string_contains'" in str(_refused(F.title.contains("refund")))
    assert "time_is_after" in str(_refused(F.created_at.greater_than(5)))
    assert "is_unset" in str(_refused(F.account_id.is_unset(), "tasks"))  # tasks: is_set only


def test_values_outside_a_closed_set() -> None:
    error = _refused(F.issue_type.in_(["conversation", "chat"]))
    assert "'chat' is not allowed" in str(error) and "conversation, ticket" in str(error)
    error = _refused(F.issue_type.equals("chat", custom=True))
    assert "takes no custom values" in str(error)
    assert "not_started, in_progress, completed" in str(_refused(F.status.equals("done"), "tasks"))


@pytest.mark.parametrize("state", ["open", "pending", "resolved", "New"])
def test_unknown_states_need_to_be_marked_custom(state: str) -> None:
    error = _refused(F.state.in_(["new", state]))
    message = str(error)
    assert f"{state!r} is not a built-in Pylon state" in message
    assert ", ".join(STATES) in message
    assert "custom status slugs" in message
    assert f"Field('state').in_(['new', {state!r}], custom=True)" in message
    assert f"custom state in (new, {state})" in message
    # ... and, marked, they are accepted, whichever way they are written.
    marked = F.state.in_(["new", state], custom=True)
    assert validate(marked, "issues") is marked
    assert validate(parse(f"custom state in (new, {state})"), "issues") == marked
    assert validate(F.state.equals(state, custom=True), "issues")


def test_marked_custom_values_must_still_look_like_slugs() -> None:
    assert "can't be a custom slug" in str(_refused(F.state.equals("on hold", custom=True)))
    assert "can't be a custom slug" in str(_refused(F.state.in_(["", "new"], custom=True)))


def test_custom_fields_are_accepted_by_slug() -> None:
    # Any unknown name is taken as a custom-field slug on endpoints that accept them ...
    for f in (
        F.renewal_tier.equals("gold"),
        F["csat-score"].greater_than(3),
        F.priority.in_(["p1", "p2"]),
        F.region.is_set(),
    ):
        assert validate(f, "issues") is f
        assert validate(f, "accounts") is f
    # ... but not where they aren't, nor when the name can't be a slug.
    assert "no custom fields" in str(_refused(F.renewal_tier.equals("gold"), "projects"))
    assert "nor a custom-field slug" in str(_refused(F["renewal tier"].equals("gold")))
    assert "nor a custom-field slug" in str(_refused(F["tier\x00"].equals("gold")))


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("status", "state"),
        ("tag", "tags"),
        ("Tags", "tags"),
        ("created", "created_at"),
        ("createdAt", "created_at"),
        ("assignee", "assignee_id"),
        ("team", "team_id"),
        ("issuetype", "issue_type"),
        ("titel", "title"),
    ],
)
def test_names_that_look_like_typos_need_custom_true(name: str, meant: str) -> None:
    f = F[name].equals("x")
    message = str(_refused(f))
    assert f"unknown field {name!r}; did you mean {meant!r}?" in message
    assert f"Field({name!r}).equals('x', custom=True)" in message
    assert f"custom {name} = x" in message
    marked = F[name].equals("x", custom=True)
    assert validate(marked, "issues") is marked


@pytest.mark.parametrize("name", ["account_tier", "priority", "region", "csat", "product_area"])
def test_names_far_from_built_in_fields_are_not_typos(name: str) -> None:
    assert validate(F[name].equals("x"), "issues")


def test_value_types_of_the_field() -> None:
    assert validate(F.is_archived.equals(True), "projects")
    assert "not a boolean value" in str(_refused(F.is_archived.equals("yes"), "projects"))
    table = {"table": SYNTHETIC_TABLE}
    assert validate(F.size.in_([1, "2.5"]), "widgets", **table)
    assert validate(F.size.greater_than(3), "widgets", **table)
    assert "not a number value" in str(_refused(F.size.equals("big"), "widgets", **table))
    assert "not a datetime value" in str(_refused(F.due.equals("soon"), "widgets", **table))
    assert validate(F.due.equals(JAN1), "widgets", **table)
    naive = _refused(F.due.equals("2024-01-01T10:00:00"), "widgets", **table)
    assert "not a datetime value (use an RFC 3339 time with an offset" in str(naive)
    future = {"SearchX": {"resource": "x", "max_depth": 3, "custom_fields": False,
                          "fields": {"f": {"operators": ("equals",), "type": "geo",
                                           "values": None, "open_values": False}}}}  # fmt: skip
    assert validate(F.f.equals("48.8,2.3"), "x", table=future)  # unknown types take any text
    assert validate(F.color.in_(["red"]), "widgets", **table)


def test_shape_mistakes_are_refused_before_validation() -> None:
    # `in` with a scalar, `equals` with a list, `is_set` with a value, a bad time: the filter
    # objects can't hold these, so they fail when built (or read), naming field and operator.
    cases: list[tuple[Any, str, str]] = [
        (lambda: F.state.in_("new"), "state", "in"),
        (lambda: F.state.equals(["new", "closed"]), "state", "equals"),  # type: ignore[arg-type]
        (lambda: Condition("assignee_id", "is_set", value="u1"), "assignee_id", "is_set"),
        (lambda: F.created_at.after("last tuesday"), "created_at", "time_is_after"),
        (
            lambda: validate({"field": "state", "operator": "in", "value": "new"}, "issues"),
            "state",
            "in",
        ),
        (
            lambda: validate(
                {"field": "created_at", "operator": "time_is_after", "value": "2024-01-01 9am"},
                "issues",
            ),
            "created_at",
            "time_is_after",
        ),
    ]
    for make, field, operator in cases:
        with pytest.raises(FilterError) as info:
            make()
        assert (info.value.field, info.value.operator) == (field, operator)


def test_empty_and_or_is_refused() -> None:
    with pytest.raises(FilterError, match="empty 'and'"):
        And()
    assert "non-empty list" in str(_refused({"operator": "or", "subfilters": []}))


def test_depth() -> None:
    leaf = F.state.equals("new")
    # Pylon's limit of 3 counts the conditions as a level (the stricter reading; the simulator
    # agrees): a & (b | c) is 3 levels and passes, a & (b | (c & d)) is 4 and is refused.
    assert validate(leaf & (leaf | leaf), "issues")
    assert validate(alternating(2, leaf), "issues")
    error = _refused(leaf & (leaf | (leaf & leaf)))
    assert "4 levels deep" in str(error) and "at most 3" in str(error)
    assert error.endpoint == "SearchIssues"
    assert "at most 2" in str(
        _refused(alternating(2, F.size.equals(1)), "widgets", table=SYNTHETIC_TABLE)
    )
    assert validate(alternating(1, F.size.equals(1)), "widgets", table=SYNTHETIC_TABLE)
    # The same-operator groups a builder makes don't add levels: they are flattened.
    assert validate(leaf & (leaf & (leaf & (leaf & leaf))), "issues")


def test_a_thousand_levels_is_a_filter_error_not_a_recursion_error() -> None:
    deep = alternating(1000, F.state.equals("new"))
    assert "1001 levels" in str(_refused(deep))
    wire: dict[str, Any] = {"field": "state", "operator": "equals", "value": "new"}
    for level in range(10_000):
        wire = {"operator": "or" if level % 2 else "and", "subfilters": [wire]}
    assert "10001 levels" in str(_refused(wire))


def test_every_problem_is_reported_with_its_path() -> None:
    f = F.state.equals("open") & (F.title.equals("x") | F.tags.contains("vip")) & F.status.is_set()
    error = _refused(f)
    assert [(p.path, p.field, p.operator) for p in error.problems] == [
        ((0,), "state", "equals"),
        ((1, 0), "title", "equals"),
        ((2,), "status", "is_set"),
    ]
    assert "3 problems" in str(error) and "subfilter 1.0, field 'title'" in str(error)
    many = And(*(F.state.equals(f"s{i}") for i in range(25)))
    assert "and 15 more" in str(_refused(many))


def test_endpoints_without_filters() -> None:
    message = str(_refused(F.state.equals("new"), "feature_requests"))
    assert "takes no filter" in message and "query" in message
    assert "takes no filter" in str(_refused(F.x.equals("1"), "nothing", table=SYNTHETIC_TABLE))


def test_filter_error_is_a_value_error_with_facts() -> None:
    error = _refused(F.state.not_equals("new"))
    assert isinstance(error, ValueError)
    assert error.problems[0].message in str(error)


# -- property: random trees either pass or raise FilterError, and the outcome is right ----------


def _oracle(f: Filter, rules: Mapping[str, Any]) -> bool | None:
    """Expected outcome from the table alone (None where the typo heuristic decides)."""
    fields = rules["fields"]
    if not fields and not rules["custom_fields"]:
        return False
    if rules["max_depth"] is not None and f.depth > rules["max_depth"]:
        return False
    outcome: bool | None = True
    for c in f.conditions():
        rule = fields.get(c.field)
        if rule is None:
            slug = all(ch.isprintable() and not ch.isspace() for ch in c.field)
            if not rules["custom_fields"] or not slug:
                return False
            if not c.custom:
                outcome = None
            continue
        if c.operator not in rule["operators"]:
            return False
        if not c.spec.enumerated:
            continue
        if rule["type"] == "boolean" and not set(c.all_values) <= {"true", "false"}:
            return False
        outside = [v for v in c.all_values if rule["values"] and v not in rule["values"]]
        if outside and (not rule["open_values"] or not c.custom):
            return False
        if any(not v or not v.isprintable() or any(ch.isspace() for ch in v) for v in outside):
            return False
    return outcome


_ENDPOINTS = sorted(SEARCH_FILTERS)
_NAMES = sorted({n for e in SEARCH_FILTERS.values() for n in e["fields"]})
_VALUES = sorted(
    {v for e in SEARCH_FILTERS.values() for f in e["fields"].values() for v in f["values"] or ()}
)

names = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(["status", "tag", "renewal_tier", "my field", "x"]),
    st.text(min_size=1, max_size=8),
)
values = st.one_of(
    st.sampled_from([*_VALUES, "open", "pending", "on hold", "", "true", "false", "1.5"]),
    st.text(max_size=6),
)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_ENDPOINTS), trees(conditions(names, values), max_leaves=6))
def test_random_trees_pass_or_raise_filter_error(endpoint: str, f: Filter) -> None:
    expected = _oracle(f, SEARCH_FILTERS[endpoint])
    try:
        result = validate(f, endpoint)
    except FilterError as error:
        assert expected is not True, f"refused a valid filter: {error}"
        assert error.endpoint == endpoint
        assert str(error).startswith(
            f"filter not accepted by {endpoint}"
        ) or "takes no filter" in str(error)
    else:
        assert expected is not False, f"accepted an invalid filter: {f}"
        assert result is f


@settings(max_examples=60, deadline=None)
@given(trees(conditions(st.sampled_from(["state", "tags", "created_at", "title"])), max_leaves=4))
def test_validation_does_not_depend_on_how_the_filter_was_made(f: Filter) -> None:
    def outcome(g: Filter | Mapping[str, Any]) -> str:
        try:
            validate(g, "issues")
        except FilterError as error:
            return str(error)
        return "ok"

    assert outcome(f) == outcome(parse(str(f)))
    if not any(c.custom for c in f.conditions()):  # the wire format has no custom mark
        assert outcome(f) == outcome(f.to_dict())


def test_or_filters_validate_each_branch() -> None:
    assert validate(Or(F.state.equals("new"), F.tags.contains("vip")), "issues")
    assert _refused(Or(F.state.equals("new"), F.tags.equals("vip"))).field == "tags"
