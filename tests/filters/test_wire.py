"""Reading the wire format back (``Filter.from_dict``) and the to_dict / from_dict round trip."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from pylon.filters import And, Condition, F, Filter, FilterError, from_dict

from ._support import conditions, trees


@settings(max_examples=75, deadline=None)
@given(trees(conditions()))
def test_round_trip_through_json(f: Filter) -> None:
    wire = json.loads(json.dumps(f.to_dict()))
    unmarked = from_dict(wire)
    # The wire format has no custom mark; apart from it the filter comes back equal.
    assert unmarked.to_dict() == wire
    if not any(c.custom for c in f.conditions()):
        assert unmarked == f


def test_values_are_always_strings_on_the_wire() -> None:
    f = F.n.greater_than(5) & F.b.equals(True) & F.xs.in_([1, 2.5])
    for condition in f.to_dict()["subfilters"]:
        for value in condition.get("values", [condition.get("value")]):
            assert isinstance(value, str)


def test_compound_without_field_or_with_empty_field() -> None:
    sub = {"field": "x", "operator": "equals", "value": "1"}
    assert from_dict({"operator": "and", "subfilters": [sub]}) == And(F.x.equals("1"))
    assert from_dict({"field": "", "operator": "or", "subfilters": [sub]}).to_dict() == {
        "operator": "or",
        "subfilters": [sub],
    }


def test_lenient_where_meaning_is_clear() -> None:
    assert from_dict({"field": "x", "operator": "equals", "value": "1", "values": None}) == (
        F.x.equals("1")
    )


@pytest.mark.parametrize(
    ("data", "where", "words"),
    [
        ([], "the filter", "expected an object"),
        ({"operator": "and"}, "the filter", "non-empty list of subfilters"),
        ({"operator": "and", "subfilters": []}, "the filter", "non-empty list"),
        ({"operator": "and", "subfilters": {}}, "the filter", "non-empty list"),
        (
            {"operator": "and", "subfilters": [{"field": "x"}]},
            "the filter.subfilters[0]",
            "string 'field' and a string 'operator'",
        ),
        (
            {"operator": "or", "field": "x", "subfilters": [{"field": "x", "operator": "is_set"}]},
            "the filter",
            "takes no field",
        ),
        (
            {"operator": "and", "value": "1", "subfilters": [{"field": "x", "operator": "is_set"}]},
            "the filter",
            "takes no value",
        ),
        ({"field": "x", "operator": "in", "values": "a"}, "the filter", "must be a list"),
        ({"field": "x", "operator": "in", "value": "a"}, "the filter", "not a single value"),
        ({"field": "x", "operator": "equals", "values": ["a"]}, "the filter", "not values="),
        ({"field": "x", "operator": "is_set", "value": "a"}, "the filter", "takes no value"),
        ({"field": "x", "operator": "equals", "value": "1", "x": 1}, "the filter", "unknown key"),
        ({"field": "x", "operator": "near", "value": "1"}, "the filter", "unknown operator"),
        (
            {
                "operator": "or",
                "subfilters": [
                    {"field": "x", "operator": "is_set"},
                    {
                        "operator": "and",
                        "subfilters": [
                            {"field": "t", "operator": "time_is_after", "value": "soon"}
                        ],
                    },
                ],
            },
            "the filter.subfilters[1].subfilters[0]",
            "not an RFC 3339 time",
        ),
    ],
)
def test_malformed_wire_filters_name_the_path(data: Any, where: str, words: str) -> None:
    with pytest.raises(FilterError) as info:
        from_dict(data)
    message = str(info.value)
    assert message.startswith(where + ":"), message
    assert words in message


def test_from_dict_is_the_classmethod() -> None:
    assert from_dict == Filter.from_dict
    assert Condition.from_dict({"field": "x", "operator": "is_set"}) == F.x.is_set()
