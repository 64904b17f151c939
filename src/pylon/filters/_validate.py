"""Checking a filter against what one search endpoint accepts.

The rules come from the spec's table (see ``_table``). What is checked, per condition:

* the field exists on the endpoint. On endpoints that take custom fields, an unknown name is taken
  as a custom-field slug, which Pylon accepts with any operator, *unless* it looks like a typo of a
  built-in field (same letters up to case and ``_``/``-``, a missing ``_id``/``_at`` suffix, or
  one or two letters off, as ``status`` for ``state``); then the condition must say
  ``custom=True`` to be accepted. Names with spaces or control characters are never slugs;
* the operator is one the field allows;
* for equality and membership operators, the values are of the field's type (``true``/``false``
  for booleans, numbers for numbers) and in the field's list of values when it has one. A field
  with *open* values (``state``: built-in states or a workspace's custom status slugs) accepts
  other values only from a condition marked ``custom=True``, because ``"open"`` or ``"pending"``
  are far more often a mistake than a custom status;

and for the whole tree, that it is no deeper than the endpoint's ``max_depth``, counting the
conditions as a level (so with Pylon's 3, and/or groups nest at most two deep).
Value shapes, time formats and empty groups can't reach this point: the filter objects refuse
them when built.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from typing import Any

from ._errors import FilterError, FilterProblem
from ._model import Compound, Condition, Filter, Trail, trail_indexes
from ._operators import OPERATORS
from ._table import EndpointRules, FieldRules, SearchFilterTable, default_table, resolve
from ._values import is_number_text, time_text

__all__ = ["SearchFilterTable", "validate"]

_MAX_LISTED = 10


def validate(
    filter: Filter | Mapping[str, Any],
    endpoint: str,
    *,
    table: SearchFilterTable | None = None,
) -> Filter:
    """Check ``filter`` against a search endpoint and return it (as a :class:`Filter`).

    ``endpoint`` is the search operation's id (``"SearchIssues"``) or its resource name
    (``"issues"``). ``filter`` may also be a wire-format dict, which is read with
    ``Filter.from_dict`` first. ``table`` defaults to the spec's table
    (``pylon_openapi.spec_tables.SEARCH_FILTERS``).

    Raises :class:`FilterError` naming the endpoint and, for every problem found, the field,
    the operator and what is allowed instead (all problems are in ``error.problems``).
    """
    if isinstance(filter, Mapping):
        filter = Filter.from_dict(filter)
    if not isinstance(filter, Filter):
        raise TypeError(f"validate() takes a Filter or a dict, not {type(filter).__name__}")
    rules = resolve(default_table() if table is None else table, endpoint)
    if not rules.takes_filter:
        other = ", ".join(rules.request_fields) or "no filter"
        raise FilterError(
            f"{rules.label} takes no filter (its search takes {other})",
            endpoint=rules.operation_id,
        )
    problems: list[FilterProblem] = []
    if rules.max_depth is not None and filter.depth > rules.max_depth:
        problems.append(
            FilterProblem(
                f"the filter is {filter.depth} levels deep; {rules.resource} allows at most "
                f"{rules.max_depth}, counting the conditions (a & b is 2 levels, a & (b | c) is 3)"
            )
        )
    for path, condition in _conditions(filter):
        problems.extend(_check(rules, condition, path))
    if problems:
        raise _error(rules, problems)
    return filter


def _conditions(root: Filter) -> Iterator[tuple[tuple[int, ...], Condition]]:
    stack: list[tuple[Trail, Filter]] = [(None, root)]
    while stack:
        trail, node = stack.pop()
        if isinstance(node, Condition):
            yield trail_indexes(trail), node
        elif isinstance(node, Compound):
            stack.extend(((trail, i), sub) for i, sub in reversed(list(enumerate(node.subfilters))))


def _error(rules: EndpointRules, problems: list[FilterProblem]) -> FilterError:
    head = f"filter not accepted by {rules.label}"
    if len(problems) == 1:
        message = f"{head}: {problems[0]}"
    else:
        listed = "".join(f"\n  - {p}" for p in problems[:_MAX_LISTED])
        more = len(problems) - _MAX_LISTED
        message = f"{head}; {len(problems)} problems:{listed}" + (
            f"\n  ... and {more} more (see error.problems)" if more > 0 else ""
        )
    return FilterError(
        message,
        endpoint=rules.operation_id,
        field=problems[0].field,
        operator=problems[0].operator,
        problems=problems,
    )


def _check(
    rules: EndpointRules, condition: Condition, path: tuple[int, ...]
) -> list[FilterProblem]:
    def problem(message: str) -> FilterProblem:
        return FilterProblem(message, condition.field, condition.operator, path)

    field = rules.fields.get(condition.field)
    if field is None:
        message = _unknown_field(rules, condition)
        return [problem(message)] if message else []
    if condition.operator not in field.operators:
        return [
            problem(
                f"{condition.field!r} does not take {condition.operator!r}; "
                f"its operators are {', '.join(field.operators)}{_operator_hint(condition, field)}"
            )
        ]
    if not condition.spec.enumerated:
        return []
    wrong_type = [v for v in condition.all_values if not _has_type(v, field.type)]
    if wrong_type:
        return [
            problem(
                f"{_listing(wrong_type)} is not a {field.type} value"
                f"{_TYPE_HELP.get(field.type, '')}"
            )
        ]
    message = _check_values(condition, field)
    return [problem(message)] if message else []


_TYPE_HELP = {
    "boolean": " (use true or false)",
    "number": " (use a decimal number)",
    "datetime": " (use an RFC 3339 time with an offset, e.g. 2024-01-01T09:30:00Z)",
}


def _has_type(value: str, kind: str) -> bool:
    if kind == "boolean":
        return value in ("true", "false")
    if kind == "number":
        return is_number_text(value)
    if kind == "datetime":
        try:
            time_text(value)
        except FilterError:
            return False
    return True  # strings, and types this version doesn't know, take any text


def _listing(values: list[str]) -> str:
    return ", ".join(repr(v) for v in values)


def _check_values(condition: Condition, field: FieldRules) -> str | None:
    if field.values is None:
        return None
    outside = [v for v in condition.all_values if v not in field.values]
    if not outside:
        return None
    allowed = ", ".join(field.values)
    noun = "is not" if len(outside) == 1 else "are not"
    if not field.open_values:
        extra = "; it takes no custom values" if condition.custom else ""
        return f"{_listing(outside)} {noun} allowed; {condition.field!r} takes {allowed}{extra}"
    if not condition.custom:
        return (
            f"{_listing(outside)} {noun} a built-in Pylon {condition.field} "
            f"(built-in: {allowed}). {condition.field!r} also accepts custom slugs defined in "
            f"your workspace (such as custom status slugs); if that is what "
            f"{_listing(outside)} {'is' if len(outside) == 1 else 'are'}, say so with "
            f"custom=True: {_example(condition)}"
        )
    malformed = [v for v in outside if not _is_slug(v)]
    if malformed:
        return f"{_listing(malformed)} can't be a custom slug (empty, or has spaces or control characters)"
    return None


def _example(condition: Condition) -> str:
    spec = condition.spec
    values = list(condition.all_values)
    if spec.shape == "values":
        call, text_values = repr(values), "(" + ", ".join(values) + ")"
    elif spec.shape == "value":
        call, text_values = repr(values[0]) if values else "...", values[0] if values else "..."
    else:
        call, text_values = "...", "..."
    name = condition.field
    return (
        f"Field({name!r}).{spec.methods[0]}({call}, custom=True), "
        f"or in text: custom {name} {spec.spellings[0]} {text_values}"
    )


def _is_slug(name: str) -> bool:
    return bool(name) and all(ch.isprintable() and not ch.isspace() for ch in name)


def _unknown_field(rules: EndpointRules, condition: Condition) -> str | None:
    name, known = condition.field, list(rules.fields)
    listing = ", ".join(known)
    if not rules.custom_fields:
        close = difflib.get_close_matches(name, known, n=1)
        guess = f" (did you mean {close[0]!r}?)" if close else ""
        return (
            f"unknown field {name!r}{guess}; {rules.resource} can be filtered only on "
            f"{listing}, and takes no custom fields"
        )
    if not _is_slug(name):
        return (
            f"{name!r} is neither a field of {rules.resource} ({listing}) nor a custom-field "
            "slug (slugs have no spaces or control characters)"
        )
    typo_of = _typo_of(name, known)
    if typo_of is not None and not condition.custom:
        return (
            f"unknown field {name!r}; did you mean {typo_of!r}? If {name!r} is a custom field "
            f"in your workspace, say so with custom=True: {_example(condition)}"
        )
    return None  # a custom-field slug: Pylon documents no operator or value limits for these


def _squash(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "").replace(" ", "")


def _typo_of(name: str, known: list[str]) -> str | None:
    """The built-in field ``name`` is probably a misspelling of, if any (see module docs)."""
    lowered, squashed = name.lower(), _squash(name)
    best: tuple[int, str] | None = None
    for field in known:
        target = _squash(field)
        if squashed in (target, target.removesuffix("id"), target.removesuffix("at")):
            return field
        distance = _edit_distance(lowered, field.lower())
        if distance <= (1 if len(field) <= 4 else 2) and (best is None or distance < best[0]):
            best = (distance, field)
    return None if best is None else best[1]


def _edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein plus adjacent swaps)."""
    if abs(len(a) - len(b)) > 2:
        return 3  # beyond any threshold used here; skip the table
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]


#: For an operator a field doesn't take, the one that was probably meant.
_NEAR_OPERATORS = {
    "equals": "in",
    "not_equals": "not_in",
    "contains": "string_contains",
    "does_not_contain": "string_does_not_contain",
    "string_contains": "contains",
    "string_does_not_contain": "does_not_contain",
    "greater_than": "time_is_after",
    "less_than": "time_is_before",
}


def _operator_hint(condition: Condition, field: FieldRules) -> str:
    near = _NEAR_OPERATORS.get(condition.operator)
    if near is None or near not in field.operators:
        return ""
    spec = OPERATORS[near]
    return f" (did you mean {near!r}: Field.{spec.methods[0]}(), text {spec.spellings[0]!r}?)"
