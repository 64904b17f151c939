"""The text form: parsing, canonical writing, round trips and error positions."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pylon.filters import And, F, Field, Filter, FilterError, FilterParseError, Or, parse

from ._support import alternating, conditions, trees

UTC = timezone.utc
JAN1 = datetime(2026, 1, 1, tzinfo=UTC)


def test_the_issue_example_builds_what_the_builder_builds() -> None:
    text = "state in (new, on_hold) and created_at > 2026-01-01 and tags contains billing"
    expected = (
        Field("state").in_(["new", "on_hold"])
        & Field("created_at").after(JAN1)
        & Field("tags").contains("billing")
    )
    assert parse(text) == expected
    assert Filter.parse(text) == expected
    assert str(expected) == (
        "state in (new, on_hold) and created_at after 2026-01-01 and tags contains billing"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x = 1", F.x.equals("1")),
        ("x == 1", F.x.equals("1")),
        ("x equals 1", F.x.equals("1")),
        ("x != 1", F.x.not_equals("1")),
        ("x not_equals 1", F.x.not_equals("1")),
        ("tags contains vip", F.tags.contains("vip")),
        ("tags does not contain vip", F.tags.does_not_contain("vip")),
        ("tags !contains vip", F.tags.does_not_contain("vip")),
        ("tags not contains vip", F.tags.does_not_contain("vip")),
        ("x in (a)", F.x.in_(["a"])),
        ("x in (a, b,)", F.x.in_(["a", "b"])),
        ("x not in (a, b)", F.x.not_in(["a", "b"])),
        ("x not_in (a)", F.x.not_in(["a"])),
        ("title ~ refund", F.title.string_contains("refund")),
        ("title string_contains refund", F.title.string_contains("refund")),
        ("title !~ refund", F.title.string_does_not_contain("refund")),
        ("x is set", F.x.is_set()),
        ("x is_set", F.x.is_set()),
        ("x is unset", F.x.is_unset()),
        ("x is not set", F.x.is_unset()),
        ("t after 2026-01-01", F.t.after(JAN1)),
        ("t > 2026-01-01", F.t.after(JAN1)),
        ("t > 2026-01-01T01:00:00+01:00", F.t.after(JAN1)),
        ("t time_is_after 2026-01-01T00:00:00Z", F.t.after(JAN1)),
        ("t before 2026-01-01", F.t.before(JAN1)),
        ("t < 2026-01-01", F.t.before(JAN1)),
        ("t between 2025-12-01 and 2026-01-01", F.t.between("2025-12-01", JAN1)),
        ("t time_range 2025-12-01 and 2026-01-01", F.t.between("2025-12-01", JAN1)),
        ("n > 5", F.n.greater_than(5)),
        ("n > -1.5", F.n.greater_than("-1.5")),
        ("n < 5", F.n.less_than(5)),
        ("n >= 5", F.n.greater_than_or_equals(5)),
        ("n <= 5", F.n.less_than_or_equals(5)),
        ("n greater_than 5", F.n.greater_than(5)),
        ("STATE IN (New)", F.STATE.in_(["New"])),
        ('"my field" = "a b"', F["my field"].equals("a b")),
        ("x = 'it''s'", None),
        ("x = 'it\\'s'", F.x.equals("it's")),
        ('x = "\\"\\\\\\n\\t\\r\\u00e9\\U0001F642"', F.x.equals('"\\\n\t\ré🙂')),
        ("email = a+b@example.com", F.email.equals("a+b@example.com")),
        ("state=new", F.state.equals("new")),
        ("custom state in (resolved)", F.state.in_(["resolved"], custom=True)),
        ('"custom" = "and"', F.custom.equals("and")),
        ("in in (in)", F["in"].in_(["in"])),
        ("and(x = 1)", And(F.x.equals("1"))),
        ("or(x = 1 and y = 2)", Or(F.x.equals("1") & F.y.equals("2"))),
    ],
)
def test_spellings(text: str, expected: Filter | None) -> None:
    if expected is None:
        with pytest.raises(FilterParseError):
            parse(text)
    else:
        assert parse(text) == expected


def test_and_binds_tighter_than_or_and_parentheses_group() -> None:
    a, b, c = F.a.equals("1"), F.b.equals("2"), F.c.equals("3")
    assert parse("a = 1 or b = 2 and c = 3") == a | (b & c)
    assert parse("a = 1 and b = 2 or c = 3") == (a & b) | c
    assert parse("(a = 1 or b = 2) and c = 3") == (a | b) & c
    assert parse("a = 1 AND (b = 2) and ((c = 3))") == a & b & c
    assert parse("a = 1 and b = 2 and c = 3").depth == 2  # flattened like the builder


def test_canonical_text() -> None:
    f = (F.state.in_(["new", "a b"], custom=True) | F.title.string_contains("and")) & (
        F.t.between(JAN1, "2026-01-02T03:04:05.5+00:00") & Or(F.x.is_unset())
    )
    assert str(f) == (
        '(custom state in (new, "a b") or title ~ "and") and '
        "t between 2026-01-01 and 2026-01-02T03:04:05.500000Z and or(x is unset)"
    )
    assert str(F["x\n"].equals("")) == '"x\\n" = ""'
    assert str(F.x.equals("\x00\u200b")) == 'x = "\\u0000\\u200b"'
    assert str(F.n.greater_than(5)) == "n > 5"


@settings(max_examples=150, deadline=None)
@given(trees(conditions()))
def test_text_round_trip(f: Filter) -> None:
    text = str(f)
    assert parse(text) == f, text


@settings(max_examples=50, deadline=None)
@given(trees(conditions()))
def test_repr_round_trip(f: Filter) -> None:
    assert eval(repr(f), {"Field": Field, "And": And, "Or": Or}) == f


def test_deep_text_round_trip() -> None:
    deep = alternating(1000, F.x.equals("1"))
    assert parse(str(deep)) == deep
    assert parse("(" * 5000 + "x = 1" + ")" * 5000) == F.x.equals("1")


def _error(text: str) -> FilterParseError:
    with pytest.raises(FilterParseError) as info:
        parse(text)
    return info.value


@pytest.mark.parametrize(
    ("text", "column", "words"),
    [
        ("", 1, "expected a condition"),
        ("state = ", 9, "expected a value"),
        ("state in new", 10, "expected '('"),
        ("state in ()", 11, "expected a value"),
        ("x in (a, b c)", 12, "expected ',' or ')'"),
        ("(a = 1", 1, "never closed"),
        ("a = 1)", 6, "unmatched ')'"),
        ("a = 1 b = 2", 7, "expected 'and', 'or'"),
        ("a = 1 and", 10, "expected a condition"),
        ("a = 1 and or b = 2", 11, "keyword 'or'"),
        ("x foo 1", 3, "expected an operator"),
        ("x = and", 5, "keyword 'and'"),
        ("and = 1", 1, "keyword 'and'"),
        ("x > abc", 5, "neither"),
        ("x >= 2026-01-01", 6, "no inclusive time comparison"),
        ("x >= abc", 6, "not a number"),
        ("created_at > 2026-01-01T10:00:00", 14, "no UTC offset"),
        ("x after 2026-13-01", 9, "not an RFC 3339 time"),
        ("x between 2026-02-01 and 2026-01-01", 11, "after end"),
        ("x between 2026-01-01 or 2026-02-01", 22, "expected 'and'"),
        ("x in (2026-01-01, a) and t between 2026-01-01 and nope", 51, "RFC 3339"),
        ('x = "abc', 5, "unterminated"),
        ('x = "\\q"', 6, "unknown escape"),
        ('x = "\\u12"', 6, "hex digits"),
        ('x = "\\U00110000"', 6, "beyond Unicode"),
        ("x = a\x00b", 6, "unexpected character"),
        ("custom = 1", 8, "expected a field name"),
    ],
)
def test_parse_errors_point_at_the_column(text: str, column: int, words: str) -> None:
    error = _error(text)
    assert error.column == column, str(error)
    assert words in str(error)
    assert isinstance(error, FilterError) and isinstance(error, ValueError)
    # The message shows the text with a caret under the column.
    shown, caret = str(error).splitlines()[-2:]
    assert caret.index("^") - 2 == column - 1
    assert shown[2:] == text.replace("\x00", "?")


def test_parse_errors_on_later_lines() -> None:
    error = _error("a = 1 and\n\tb = 2 and\n\tc 3")
    assert (error.line, error.column) == (3, 4)
    assert str(error).splitlines()[-1] == "  \t  ^"


def test_parse_takes_text_only() -> None:
    with pytest.raises(TypeError):
        parse(b"x = 1")  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_arbitrary_text_parses_or_raises_filter_parse_error(text: str) -> None:
    try:
        f = parse(text)
    except FilterParseError as error:
        assert 1 <= error.column <= len(text) + 1
    else:
        assert parse(str(f)) == f
