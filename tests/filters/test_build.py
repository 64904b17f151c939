"""Building filters: every operator's wire form, value rules, combinators, value semantics."""

from __future__ import annotations

import copy
import enum
import pickle
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from pylon import filters
from pylon.filters import And, Condition, F, Field, Filter, FilterError, Or, and_, or_
from pylon.filters._operators import OPERATORS

from ._support import alternating

UTC = timezone.utc
JAN1 = datetime(2024, 1, 1, tzinfo=UTC)
FEB1 = datetime(2024, 2, 1, tzinfo=UTC)


class Color(enum.Enum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


# Every builder method, the wire dict it must produce. One row per method name, so a method
# added to the operator table without a row here fails `test_every_method_is_covered`.
WIRE_CASES: list[tuple[Condition, dict[str, Any]]] = [
    (F.state.equals("new"), {"field": "state", "operator": "equals", "value": "new"}),
    (F.state.not_equals("new"), {"field": "state", "operator": "not_equals", "value": "new"}),
    (F.tags.contains("vip"), {"field": "tags", "operator": "contains", "value": "vip"}),
    (
        F.tags.does_not_contain("vip"),
        {"field": "tags", "operator": "does_not_contain", "value": "vip"},
    ),
    (
        F.state.in_(["new", "on_hold"]),
        {"field": "state", "operator": "in", "values": ["new", "on_hold"]},
    ),
    (F.state.not_in(["closed"]), {"field": "state", "operator": "not_in", "values": ["closed"]}),
    (
        F.title.string_contains("refund"),
        {"field": "title", "operator": "string_contains", "value": "refund"},
    ),
    (
        F.title.string_does_not_contain("refund"),
        {"field": "title", "operator": "string_does_not_contain", "value": "refund"},
    ),
    (F.assignee_id.is_set(), {"field": "assignee_id", "operator": "is_set"}),
    (F.assignee_id.is_unset(), {"field": "assignee_id", "operator": "is_unset"}),
    (
        F.created_at.after(JAN1),
        {"field": "created_at", "operator": "time_is_after", "value": "2024-01-01T00:00:00Z"},
    ),
    (
        F.created_at.time_is_after(JAN1),
        {"field": "created_at", "operator": "time_is_after", "value": "2024-01-01T00:00:00Z"},
    ),
    (
        F.created_at.before(JAN1),
        {"field": "created_at", "operator": "time_is_before", "value": "2024-01-01T00:00:00Z"},
    ),
    (
        F.created_at.time_is_before(JAN1),
        {"field": "created_at", "operator": "time_is_before", "value": "2024-01-01T00:00:00Z"},
    ),
    (
        F.created_at.between(JAN1, FEB1),
        {
            "field": "created_at",
            "operator": "time_range",
            "values": ["2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"],
        },
    ),
    (
        F.created_at.time_range(JAN1, FEB1),
        {
            "field": "created_at",
            "operator": "time_range",
            "values": ["2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"],
        },
    ),
    (F.n.greater_than(5), {"field": "n", "operator": "greater_than", "value": "5"}),
    (F.n.less_than(5), {"field": "n", "operator": "less_than", "value": "5"}),
    (
        F.n.greater_than_or_equals(5),
        {"field": "n", "operator": "greater_than_or_equals", "value": "5"},
    ),
    (
        F.n.less_than_or_equals(5),
        {"field": "n", "operator": "less_than_or_equals", "value": "5"},
    ),
]


@pytest.mark.parametrize(("condition", "wire"), WIRE_CASES, ids=lambda x: str(x)[:40])
def test_each_operator_serialises_to_the_wire_format(
    condition: Condition, wire: dict[str, Any]
) -> None:
    assert condition.to_dict() == wire
    assert Filter.from_dict(wire) == condition


def test_every_method_is_covered() -> None:
    methods = {name for spec in OPERATORS.values() for name in spec.methods}
    assert len(WIRE_CASES) == len(methods)
    ops = {case.operator for case, _ in WIRE_CASES}
    assert ops == set(OPERATORS)


def test_every_table_method_exists_on_field_with_the_tables_shape() -> None:
    for spec in OPERATORS.values():
        for name in spec.methods:
            descriptor = Field.__dict__[name]
            assert descriptor.spec is spec
            assert getattr(F.x, name).__doc__ == spec.doc


def test_compound_wire_format_and_plan_example() -> None:
    f = filters.And(
        filters.Field("state").in_(["new", "on_hold"]),
        filters.Field("created_at").after(datetime(2024, 1, 1, tzinfo=UTC)),
    )
    assert f.to_dict() == {
        "operator": "and",
        "subfilters": [
            {"field": "state", "operator": "in", "values": ["new", "on_hold"]},
            {"field": "created_at", "operator": "time_is_after", "value": "2024-01-01T00:00:00Z"},
        ],
    }
    assert (F.a.equals(1) | F.b.equals(2)).to_dict()["operator"] == "or"


# -- values -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        ("text", "text"),
        (True, "true"),
        (False, "false"),
        (42, "42"),
        (-7, "-7"),
        (1.5, "1.5"),
        (1e20, "100000000000000000000"),
        (1e-7, "0.0000001"),
        (Decimal("1.50"), "1.50"),
        (Decimal("1E+3"), "1000"),
        (Color.RED, "red"),
        (Level.HIGH, "3"),
        (date(2024, 3, 5), "2024-03-05T00:00:00Z"),
        (datetime(2024, 3, 5, 9, 30, tzinfo=UTC), "2024-03-05T09:30:00Z"),
        (datetime(2024, 3, 5, 9, 30, 0, 250000, tzinfo=UTC), "2024-03-05T09:30:00.250000Z"),
    ],
)
def test_plain_values_become_wire_strings(value: Any, wire: str) -> None:
    assert F.x.equals(value).value == wire


@pytest.mark.parametrize("value", [None, b"bytes", object(), 3j, {"a": 1}])
def test_other_value_types_are_refused(value: Any) -> None:
    with pytest.raises(FilterError) as info:
        F.x.equals(value)
    assert info.value.field == "x" and info.value.operator == "equals"


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")]
)
def test_non_finite_numbers_are_refused(value: Any) -> None:
    with pytest.raises(FilterError, match="finite"):
        F.n.greater_than(value)


def test_numeric_operators_take_numbers_only() -> None:
    assert F.n.greater_than("12.50").value == "12.50"
    assert F.n.greater_than("-1e2").value == "-100"
    for bad in ("abc", True, JAN1, "1,000"):
        with pytest.raises(FilterError):
            F.n.greater_than(bad)


def test_datetimes_are_normalised_to_utc_with_z() -> None:
    paris = timezone(timedelta(hours=1))
    local = datetime(2024, 1, 1, 1, 0, tzinfo=paris)
    assert F.t.after(local).value == "2024-01-01T00:00:00Z"
    assert F.t.after(local) == F.t.after(JAN1) == F.t.after("2024-01-01T01:00:00+01:00")
    assert F.t.after("2024-01-01").value == "2024-01-01T00:00:00Z"
    assert F.t.after(date(2024, 1, 1)) == F.t.after(JAN1)
    assert F.t.after("2024-01-01t00:00:00.123456789z").value == "2024-01-01T00:00:00.123456Z"


def test_naive_datetimes_are_refused_with_a_fix() -> None:
    with pytest.raises(FilterError) as info:
        F.created_at.after(datetime(2024, 1, 1))
    message = str(info.value)
    assert "naive" in message and "tzinfo=timezone.utc" in message
    assert info.value.field == "created_at" and info.value.operator == "time_is_after"
    makers: list[Callable[[], object]] = [
        lambda: F.t.between(datetime(2024, 1, 1), FEB1),
        lambda: F.t.equals(datetime(2024, 1, 1)),
        lambda: F.t.in_([datetime(2024, 1, 1)]),
    ]
    for make in makers:
        with pytest.raises(FilterError, match="naive"):
            make()
    with pytest.raises(FilterError, match="no UTC offset"):
        F.t.after("2024-01-01T10:00:00")


@pytest.mark.parametrize("bad", ["yesterday", "2024-13-01", "2024-01-01T25:00:00Z", "", 5])
def test_time_operators_need_rfc3339(bad: Any) -> None:
    with pytest.raises(FilterError):
        F.t.after(bad)


def test_time_range_rules() -> None:
    with pytest.raises(FilterError, match="after end"):
        F.t.between(FEB1, JAN1)
    # Fractions compare as times, not as text ("...00.5Z" sorts before "...00Z").
    assert F.t.between(JAN1, JAN1 + timedelta(microseconds=500000)).values is not None
    with pytest.raises(FilterError, match="exactly two"):
        Condition("t", "time_range", values=[JAN1])
    with pytest.raises(TypeError):
        F.t.between(JAN1)  # type: ignore[call-arg]


# -- shapes: a filter object is always well-formed ----------------------------------------------


@pytest.mark.parametrize(
    ("make", "match"),
    [
        (lambda: F.state.in_("new"), "list of values"),
        (lambda: F.state.not_in("new"), "list of values"),
        (lambda: F.state.in_([]), "at least one"),
        (lambda: F.state.equals(["a", "b"]), "one value.*'in'"),  # type: ignore[arg-type]
        (lambda: F.state.equals(("a",)), "one value"),  # type: ignore[arg-type]
        (lambda: F.state.equals(None), "needs a value"),  # type: ignore[arg-type]
        (lambda: Condition("x", "is_set", value="1"), "takes no value"),
        (lambda: Condition("x", "is_unset", values=["1"]), "takes no value"),
        (lambda: Condition("x", "equals", values=["a"]), "not values="),
        (lambda: Condition("x", "in", value="a"), "not a single value"),
        (lambda: Condition("x", "in"), "needs values"),
        (lambda: Condition("x", "like", value="a"), "unknown operator"),
        (lambda: Condition("x", "and", value="a"), r"And\(\.\.\.\)"),
        (lambda: Condition("", "equals", value="a"), "non-empty"),
        (lambda: Condition(5, "equals", value="a"), "must be a string"),  # type: ignore[arg-type]
        (lambda: Field(""), "non-empty"),
    ],
)
def test_malformed_conditions_are_refused(make: Any, match: str) -> None:
    with pytest.raises(FilterError, match=match):
        make()


def test_operator_methods_check_arity() -> None:
    with pytest.raises(TypeError, match="takes"):
        F.x.equals()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        F.x.is_set("a")  # type: ignore[arg-type, call-arg]
    with pytest.raises(TypeError):
        F.x.in_("a", "b")  # type: ignore[arg-type, call-arg]


# -- comparison operators on Field: the text form's symbols ------------------------------------


def test_comparison_operators_build_conditions() -> None:
    checks: list[tuple[Condition, Condition]] = [
        (F.state == "new", F.state.equals("new")),
        (F.state != "new", F.state.not_equals("new")),
        (F.created_at > JAN1, F.created_at.after(JAN1)),
        (F.created_at < date(2024, 1, 1), F.created_at.before(JAN1)),
        (F.created_at > "2024-01-01", F.created_at.after(JAN1)),
        (F.n > 5, F.n.greater_than(5)),
        (F.n < 2.5, F.n.less_than("2.5")),
        (F.n >= Decimal("1"), F.n.greater_than_or_equals(1)),
        (F.n <= "7", F.n.less_than_or_equals(7)),
        (F.n > 5, F.n.greater_than(5)),  # reflected
        (F.flag == True, F.flag.equals("true")),  # noqa: E712
        (F.color == Color.RED, F.color.equals("red")),
    ]
    for built, expected in checks:
        assert built == expected


# Equality keeps text as written, while a datetime is written in canonical UTC, so the two
# forms only agree on =/!= for text and numbers; > < >= <= agree on every value.
@pytest.mark.parametrize(
    ("symbol", "value"),
    [
        (symbol, value)
        for symbol in ("=", "!=", ">", "<", ">=", "<=")
        for value in (5, "5", "-1.5", "2024-01-01", JAN1, date(2024, 1, 1), "abc")
        if not (isinstance(value, date) and symbol in ("=", "!="))
    ],
)
def test_python_operators_and_text_symbols_agree(symbol: str, value: Any) -> None:
    import operator

    python_op = {"=": operator.eq, "!=": operator.ne, ">": operator.gt, "<": operator.lt,
                 ">=": operator.ge, "<=": operator.le}[symbol]  # fmt: skip
    text_value = value.isoformat() if isinstance(value, date) else str(value)
    try:
        expected: Filter | None = filters.parse(f"x {symbol} {text_value}")
    except FilterError:
        expected = None
    if expected is None:
        with pytest.raises(FilterError):
            python_op(F.x, value)
    else:
        assert python_op(F.x, value) == expected


def test_fields_still_compare_as_values() -> None:
    assert (F.a == F.a) is True and (F.a != F.a) is False and (F.a == F.b) is False
    assert F.a != None  # noqa: E711
    assert F.a != F.a.equals("1")
    assert F.a in {F.a} and {F.a: 1}[Field("a")] == 1
    with pytest.raises(FilterError, match=r"\.in_"):
        F.a == ["x", "y"]  # noqa: B015
    with pytest.raises(FilterError, match="not_in"):
        F.a != ("x",)  # noqa: B015
    with pytest.raises(FilterError, match="no inclusive time"):
        F.t >= JAN1  # noqa: B015
    with pytest.raises(TypeError):
        F.a > object()  # type: ignore[operator]  # noqa: B015


# -- combining --------------------------------------------------------------------------------

a, b, c, d = (F[name].equals("1") for name in "abcd")


def test_and_or_flatten_same_operator() -> None:
    assert (a & b & c).subfilters == (a, b, c)
    assert (a & (b & c)) == And(a, b, c) == And(And(a, b), c) == and_(a, b, c)
    assert (a | b | c) == Or(a, b, c) == or_(Or(a), b, c)
    assert (a & b & c).depth == 2 and a.depth == 1


def test_mixed_operators_are_kept() -> None:
    f = a & (b | c) & d
    assert f == And(a, Or(b, c), d)
    assert f.depth == 3
    assert (a | b & c) == Or(a, And(b, c))  # Python's precedence: & before |


def test_single_subfilter() -> None:
    assert And(a).subfilters == (a,) and And(a) != a
    assert and_(a) is a and or_(a) is a
    assert And(And(a)) == And(a)


def test_empty_and_misused_combinations() -> None:
    for make in (And, Or, and_, or_):
        with pytest.raises(FilterError, match="empty"):
            make()
    with pytest.raises(FilterError, match=r"And\(\*filters\)"):
        And([a, b])  # type: ignore[arg-type]
    with pytest.raises(FilterError, match="not str"):
        Or(a, "b = 1")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        a & "x"  # type: ignore[operator]
    with pytest.raises(TypeError):
        Filter()
    with pytest.raises(TypeError):
        filters.Compound(a)


def test_walk_and_conditions() -> None:
    f = a & (b | c)
    assert list(f.conditions()) == [a, b, c]
    assert [type(n).__name__ for n in f.walk()] == [
        "And",
        "Condition",
        "Or",
        "Condition",
        "Condition",
    ]


# -- value semantics ----------------------------------------------------------------------------


def test_equality_is_structural_and_hash_agrees() -> None:
    one = F.state.in_(["new"]) & F.created_at.after(JAN1)
    two = Field("state").in_(("new",)) & Field("created_at").after("2024-01-01T00:00:00Z")
    assert one == two and hash(one) == hash(two)
    assert len({one, two}) == 1
    assert one != F.state.in_(["new"]) | F.created_at.after(JAN1)
    assert (a & b) != (b & a)  # order is part of the structure
    assert F.state.in_(["x"]) != F.state.in_(["x"], custom=True)
    assert F.x.equals("1") != F.x.not_equals("1")
    assert a != "a = 1" and a != 1


def test_filters_are_immutable() -> None:
    f = a & b
    with pytest.raises(AttributeError):
        f.subfilters = ()
    with pytest.raises(AttributeError):
        a.value = "2"
    with pytest.raises(AttributeError):
        del a.field
    with pytest.raises(AttributeError):
        F.x.name = "y"


def test_copy_and_pickle() -> None:
    f = F.state.in_(["new", "x"], custom=True) & (F.t.between(JAN1, FEB1) | F.n.is_set())
    assert copy.copy(f) is f and copy.deepcopy(f) is f
    assert pickle.loads(pickle.dumps(f)) == f
    assert pickle.loads(pickle.dumps(F.x)) == F.x


def test_repr_is_the_builder_expression() -> None:
    f = F.state.in_(["new"], custom=True) & F.t.between(JAN1, FEB1) & Or(F.n.is_set())
    assert repr(f) == (
        "And(Field('state').in_(['new'], custom=True), "
        "Field('t').between('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z'), "
        "Or(Field('n').is_set()))"
    )
    assert eval(repr(f), {"Field": Field, "And": And, "Or": Or}) == f


def test_field_namespace() -> None:
    assert F.state == Field("state")
    assert F["renewal-tier"] == Field("renewal-tier")
    assert F["_x"].name == "_x"
    assert Field(Color.RED).name == "red"  # type: ignore[arg-type]  # an Enum stands for its value
    with pytest.raises(AttributeError):
        F._private  # noqa: B018
    assert not hasattr(F, "__deepcopy__")
    assert repr(F) == "F" and repr(F.state) == "Field('state')"
    assert {F.a, Field("a")} == {Field("a")}


# -- deep trees (RELIABILITY B-11: no RecursionError anywhere) ----------------------------------


def test_a_thousand_levels_deep_works_without_recursion() -> None:
    deep = alternating(1000, F.x.equals("1"))
    same = alternating(1000, F.x.equals("1"))
    assert deep.depth == 1001
    assert deep == same and hash(deep) == hash(same)
    assert deep != alternating(1000, F.x.equals("2"))
    wire = deep.to_dict()
    assert Filter.from_dict(wire) == deep
    assert len(str(deep)) > 1000 and repr(deep).startswith("And(Or(")
    assert len(list(deep.conditions())) == 1001
