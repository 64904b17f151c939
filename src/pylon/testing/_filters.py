"""The simulator's own evaluator for Pylon search filters (independent of ``pylon.filters``).

A filter is ``{"field", "operator", "value"}``, ``{"field", "operator", "values": [...]}`` or
``{"operator": "and"|"or", "subfilters": [...]}``. What an endpoint accepts comes from the spec's
``x-filter`` facts (``SEARCH_FILTERS``): its fields, each field's operators and enumerated values,
whether workspace custom-field slugs are allowed, and the maximum depth. Anything else is a 400,
so a client that invents an operator or a field fails here as it would against Pylon.

Semantics the spec leaves open (documented in the README section):

* depth counts levels: a leaf alone is depth 1, ``and(or(leaf))`` is depth 3;
* ``equals``/``in`` on a list field (tags, domains) match when any element matches;
* ``contains``/``does_not_contain`` test list membership (substring for plain strings);
* ``string_contains`` is case-insensitive; ``time_range`` is ``[start, end)``;
  ``time_is_after``/``time_is_before`` are strict; unset timestamps never match them;
* the numeric comparisons (``greater_than``, ...) apply to number custom fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._errors import bad_request
from ._timefmt import canonical

Predicate = Callable[[dict[str, Any]], bool]
Getter = Callable[[dict[str, Any]], Any]

SINGLE = {
    "equals",
    "not_equals",
    "contains",
    "does_not_contain",
    "string_contains",
    "string_does_not_contain",
    "time_is_after",
    "time_is_before",
    "greater_than",
    "less_than",
    "greater_than_or_equals",
    "less_than_or_equals",
}
MULTI = {"in", "not_in", "time_range"}
NO_VALUE = {"is_set", "is_unset"}
COMPOUND = {"and", "or"}
ALL_OPERATORS = SINGLE | MULTI | NO_VALUE | COMPOUND

CUSTOM_FIELD_OPERATORS: dict[str, tuple[str, ...]] = {
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
    "boolean": ("equals", "not_equals", "is_set", "is_unset"),
    "date": ("time_is_after", "time_is_before", "time_range", "is_set", "is_unset"),
    "datetime": ("time_is_after", "time_is_before", "time_range", "is_set", "is_unset"),
}
_DEFAULT_CUSTOM = ("equals", "not_equals", "in", "not_in", "is_set", "is_unset")
_CUSTOM_KIND = {
    "number": "number",
    "date": "datetime",
    "datetime": "datetime",
    "boolean": "boolean",
}


class FilterSpec:
    """What one search endpoint accepts, plus how to read each field from a record."""

    def __init__(
        self,
        facts: dict[str, Any],
        getter: Callable[[str], Getter],
        custom_field_type: Callable[[str], str | None],
    ) -> None:
        self.fields: dict[str, dict[str, Any]] = dict(facts.get("fields") or {})
        self.custom_fields = bool(facts.get("custom_fields"))
        self.max_depth: int | None = facts.get("max_depth")
        self._getter = getter
        self._custom_type = custom_field_type

    def compile(self, node: Any) -> Predicate:
        return self._compile(node, 1)

    def _compile(self, node: Any, depth: int) -> Predicate:
        if not isinstance(node, dict):
            raise bad_request("filter must be an object")
        if self.max_depth is not None and depth > self.max_depth:
            raise bad_request(f"filter is nested too deeply (maximum depth {self.max_depth})")
        operator = node.get("operator")
        if not isinstance(operator, str) or operator not in ALL_OPERATORS:
            raise bad_request(f"unknown filter operator {operator!r}")
        if operator in COMPOUND:
            subs = node.get("subfilters")
            if not isinstance(subs, list) or not subs:
                raise bad_request(f"operator {operator!r} needs a non-empty list of subfilters")
            parts = [self._compile(sub, depth + 1) for sub in subs]
            if operator == "and":
                return lambda rec: all(p(rec) for p in parts)
            return lambda rec: any(p(rec) for p in parts)
        return self._leaf(node, operator)

    def _leaf(self, node: dict[str, Any], operator: str) -> Predicate:
        field = node.get("field")
        if not isinstance(field, str) or not field:
            raise bad_request(f"filter with operator {operator!r} needs a field")
        if node.get("subfilters"):
            raise bad_request(f"operator {operator!r} takes no subfilters")
        kind, allowed, enum, open_values = self._field_facts(field)
        if operator not in allowed:
            raise bad_request(f"operator {operator!r} is not allowed for field {field!r}")
        operand = _operand(node, operator, field)
        if enum is not None and not open_values:
            for item in operand if isinstance(operand, list) else [operand]:
                if item is not None and item not in enum:
                    raise bad_request(f"invalid value {item!r} for field {field!r}")
        if kind == "datetime" and operand is not None:
            operand = (
                [canonical(v, f"value of {field}") for v in operand]
                if isinstance(operand, list)
                else canonical(operand, f"value of {field}")
            )
        if kind == "boolean" and operand not in (None, "true", "false"):
            raise bad_request(f"field {field!r} takes 'true' or 'false'")
        return _predicate(operator, operand, self._getter(field), kind)

    def _field_facts(self, field: str) -> tuple[str, tuple[str, ...], Any, bool]:
        facts = self.fields.get(field)
        if facts is not None:
            return (
                facts["type"],
                tuple(facts["operators"]),
                facts.get("values"),
                bool(facts.get("open_values")),
            )
        if self.custom_fields:
            cf_type = self._custom_type(field)
            if cf_type is not None:
                ops = CUSTOM_FIELD_OPERATORS.get(cf_type, _DEFAULT_CUSTOM)
                return _CUSTOM_KIND.get(cf_type, "string"), ops, None, True
        raise bad_request(f"field {field!r} cannot be used in this search's filter")


def _operand(node: dict[str, Any], operator: str, field: str) -> Any:
    if operator in NO_VALUE:
        return None
    if operator in MULTI:
        values = node.get("values")
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise bad_request(
                f"operator {operator!r} on {field!r} needs 'values', a list of strings"
            )
        if operator == "time_range" and len(values) != 2:
            raise bad_request("operator 'time_range' needs values [start, end]")
        return list(values)
    value = node.get("value")
    if not isinstance(value, str):
        raise bad_request(f"operator {operator!r} on {field!r} needs 'value', a string")
    return value


def _is_set(value: Any) -> bool:
    return value not in (None, "", [], {})


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _predicate(operator: str, operand: Any, get: Getter, kind: str) -> Predicate:
    if operator == "is_set":
        return lambda rec: _is_set(get(rec))
    if operator == "is_unset":
        return lambda rec: not _is_set(get(rec))
    if operator in ("equals", "not_equals"):
        want = operand
        if kind == "number":
            target = _number(want)

            def eq(rec: dict[str, Any]) -> bool:
                return any(_number(v) == target for v in _as_list(get(rec)))
        else:

            def eq(rec: dict[str, Any]) -> bool:
                return any(_text(v) == want for v in _as_list(get(rec)))

        return eq if operator == "equals" else (lambda rec: not eq(rec))
    if operator in ("in", "not_in"):
        wanted = set(operand)

        def isin(rec: dict[str, Any]) -> bool:
            return any(_text(v) in wanted for v in _as_list(get(rec)))

        return isin if operator == "in" else (lambda rec: not isin(rec))
    if operator in ("contains", "does_not_contain"):
        needle = operand

        def has(rec: dict[str, Any]) -> bool:
            value = get(rec)
            if isinstance(value, list):
                return needle in [_text(v) for v in value]
            return needle.lower() in _text(value).lower()

        return has if operator == "contains" else (lambda rec: not has(rec))
    if operator in ("string_contains", "string_does_not_contain"):
        low = operand.lower()

        def sub(rec: dict[str, Any]) -> bool:
            return low in _text(get(rec)).lower()

        return sub if operator == "string_contains" else (lambda rec: not sub(rec))
    if operator == "time_is_after":
        return lambda rec: _is_set(v := get(rec)) and v > operand
    if operator == "time_is_before":
        return lambda rec: _is_set(v := get(rec)) and v < operand
    if operator == "time_range":
        start, end = operand
        return lambda rec: _is_set(v := get(rec)) and start <= v < end
    target = _number(operand)
    if target is None:
        raise bad_request(f"operator {operator!r} needs a numeric value")
    compare: dict[str, Callable[[float, float], bool]] = {
        "greater_than": lambda a, b: a > b,
        "less_than": lambda a, b: a < b,
        "greater_than_or_equals": lambda a, b: a >= b,
        "less_than_or_equals": lambda a, b: a <= b,
    }
    cmp = compare[operator]

    def numeric(rec: dict[str, Any]) -> bool:
        value = _number(get(rec))
        return value is not None and cmp(value, target)

    return numeric
