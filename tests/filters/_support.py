"""Shared tables and hypothesis strategies for the filter tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from pylon.filters import And, Condition, Filter, Or
from pylon.filters._operators import OPERATORS

# The documented facts (Pylon's own endpoint descriptions), written out by hand as a cross-check
# of the generated table, plus a synthetic endpoint for the value types no real field has yet.
_T = ("time_is_after", "time_is_before", "time_range")
_EQ = ("equals", "in", "not_in")
_EQ_SET = (*_EQ, "is_set", "is_unset")
_MULTI = ("contains", "does_not_contain", "in", "not_in")
_TEXT = ("string_contains", "string_does_not_contain")


def _f(
    operators: tuple[str, ...],
    type: str = "string",
    values: tuple[str, ...] | None = None,
    open_values: bool = False,
) -> dict[str, Any]:
    return {"operators": operators, "type": type, "values": values, "open_values": open_values}


STATES = ("new", "waiting_on_you", "waiting_on_customer", "on_hold", "closed")

DOC_TABLE: dict[str, dict[str, Any]] = {
    "SearchIssues": {
        "resource": "issues",
        "max_depth": 3,
        "custom_fields": True,
        "fields": {
            "created_at": _f(_T, "datetime"),
            "resolved_at": _f(_T, "datetime"),
            "latest_message_activity_at": _f(_T, "datetime"),
            "updated_at": _f(_T, "datetime"),
            "account_id": _f(_EQ_SET),
            "ticket_form_id": _f(_EQ_SET),
            "requester_id": _f(_EQ_SET),
            "assignee_id": _f(_EQ_SET),
            "follower_user_id": _f(_EQ),
            "follower_contact_id": _f(_EQ),
            "team_id": _f(_EQ),
            "state": _f(_EQ, values=STATES, open_values=True),
            "tags": _f(_MULTI),
            "title": _f(_TEXT),
            "body_html": _f(_TEXT),
            "issue_type": _f(_EQ_SET, values=("conversation", "ticket")),
        },
    },
    "SearchAccounts": {
        "resource": "accounts",
        "max_depth": 3,
        "custom_fields": True,
        "fields": {
            "id": _f(_EQ),
            "domains": _f(_MULTI),
            "tags": _f(_MULTI),
            "name": _f((*_EQ, "string_contains")),
            "external_ids": _f(_EQ_SET),
            "owner_id": _f(_EQ_SET),
        },
    },
    "SearchContacts": {
        "resource": "contacts",
        "max_depth": 3,
        "custom_fields": True,
        "fields": {
            "id": _f(_EQ),
            "email": _f((*_EQ, "string_contains")),
            "account_id": _f(_EQ),
        },
    },
    "SearchUsers": {
        "resource": "users",
        "max_depth": 3,
        "custom_fields": False,
        "fields": {"email": _f(_EQ)},
    },
}

SYNTHETIC_TABLE: dict[str, dict[str, Any]] = {
    "SearchWidgets": {
        "resource": "widgets",
        "max_depth": 2,
        "custom_fields": False,
        "fields": {
            "size": _f(("equals", "in", "greater_than", "less_than_or_equals"), "number"),
            "is_archived": _f(("equals",), "boolean"),
            "due": _f(("equals", *_T), "datetime"),
            "color": _f(("equals", "in"), values=("red", "blue")),
        },
    },
    "SearchNothing": {
        "resource": "nothing",
        "max_depth": None,
        "custom_fields": False,
        "fields": {},
        "request_fields": ("query",),
    },
}


# -- strategies -------------------------------------------------------------------------------

ZONES = st.sampled_from(
    [timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
)
aware_datetimes = st.datetimes(
    min_value=datetime(1900, 1, 2), max_value=datetime(2200, 1, 1), timezones=ZONES
)
dates = st.dates(min_value=date(1900, 1, 2), max_value=date(2200, 1, 1))
times = st.one_of(aware_datetimes, dates, aware_datetimes.map(lambda d: d.isoformat()))
numbers = st.one_of(
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.decimals(allow_nan=False, allow_infinity=False),
)
#: Text that must survive quoting: keywords, syntax characters, escapes, control characters.
TRICKY = [
    "and", "OR", "not", "custom", "in", "is", "set", "(", ")", ",", '"', "'", "\\", " ", "",
    "a b", "x,y", "=", "!=", "~", "2026-01-01", "-5", "\n", "\t", "\x00", "\u200b", "é", "🙂",
]  # fmt: skip
plain_values = st.one_of(
    st.text(max_size=12), st.sampled_from(TRICKY), st.integers().map(str), st.booleans()
)
field_names = st.one_of(
    st.sampled_from(["state", "created_at", "tags", "custom", "and", "in", "x y", "a-b"]),
    st.text(min_size=1, max_size=10),
)


@st.composite
def conditions(
    draw: st.DrawFn,
    fields: st.SearchStrategy[str] = field_names,
    values: st.SearchStrategy[Any] = plain_values,
) -> Condition:
    spec = draw(st.sampled_from(list(OPERATORS.values())))
    field = draw(fields)
    custom = draw(st.booleans())
    if spec.shape == "none":
        return Condition(field, spec.name, custom=custom)
    if spec.shape == "range":
        start, end = sorted([draw(aware_datetimes), draw(aware_datetimes)])
        return Condition(field, spec.name, values=[start, end], custom=custom)
    kind = {"plain": values, "time": times, "number": numbers}[spec.kind]
    if spec.shape == "value":
        return Condition(field, spec.name, value=draw(kind), custom=custom)
    return Condition(
        field, spec.name, values=draw(st.lists(kind, min_size=1, max_size=3)), custom=custom
    )


def trees(leaves: st.SearchStrategy[Condition], max_leaves: int = 10) -> st.SearchStrategy[Filter]:
    def combine(children: st.SearchStrategy[Filter]) -> st.SearchStrategy[Filter]:
        return st.builds(
            lambda op, subs: op(*subs),
            st.sampled_from([And, Or]),
            st.lists(children, min_size=1, max_size=4),
        )

    return st.recursive(leaves, combine, max_leaves=max_leaves)


def alternating(groups: int, leaf: Filter) -> Filter:
    """``groups`` nested and/or groups (a tree ``groups + 1`` deep), alternating so that
    nothing flattens."""
    node = leaf
    for level in range(groups):
        node = (And if level % 2 else Or)(node, leaf)
    return node


__all__ = [
    "DOC_TABLE",
    "STATES",
    "SYNTHETIC_TABLE",
    "alternating",
    "aware_datetimes",
    "conditions",
    "numbers",
    "plain_values",
    "times",
    "trees",
]
