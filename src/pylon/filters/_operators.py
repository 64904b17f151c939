"""The one table of Pylon's filter operators.

Everything operator-specific in the package is read from here: the value shape each operator
carries on the wire, how its values are normalised, the ``Field`` methods that build it and the
spellings the text form accepts. Adding an operator is adding a row.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from ._errors import FilterError
from ._values import is_number_text, is_time_text

__all__ = [
    "COMPOUND_OPERATORS",
    "OPERATORS",
    "OperatorSpec",
    "Shape",
    "ValueKind",
    "pick",
    "spelled",
    "value_family",
]

#: How an operator's values travel: ``value`` (one string), ``values`` (a list of strings),
#: ``range`` (``values`` holding exactly [start, end]) or ``none`` (neither key).
Shape = Literal["value", "values", "range", "none"]

#: How values are normalised: ``plain`` (any scalar as text), ``time`` (RFC 3339 UTC),
#: ``number`` (decimal text) or ``none``.
ValueKind = Literal["plain", "time", "number", "none"]


@dataclass(frozen=True)
class OperatorSpec:
    """One simple (non-compound) operator.

    ``methods`` are the ``Field`` methods that build it, the first being the one ``repr`` uses.
    ``spellings`` are the text-form spellings, the first being the one ``str`` writes.
    ``enumerated`` says whether the operator's values are compared with a field's list of
    allowed values when validating (true for equality and membership; false for substring,
    time and number comparisons).
    """

    name: str
    shape: Shape
    kind: ValueKind
    methods: tuple[str, ...]
    spellings: tuple[str, ...]
    enumerated: bool
    doc: str


def _table(*specs: OperatorSpec) -> Mapping[str, OperatorSpec]:
    return {spec.name: spec for spec in specs}


OPERATORS: Mapping[str, OperatorSpec] = _table(
    OperatorSpec(
        "equals", "value", "plain", ("equals",), ("=", "==", "equals"), True,
        "Match objects whose field is exactly this value.",
    ),
    OperatorSpec(
        "not_equals", "value", "plain", ("not_equals",), ("!=", "not_equals"), True,
        "Match objects whose field is not exactly this value.",
    ),
    OperatorSpec(
        "contains", "value", "plain", ("contains",), ("contains",), True,
        "Match objects whose multi-valued field (such as tags) contains this value.",
    ),
    OperatorSpec(
        "does_not_contain", "value", "plain", ("does_not_contain",),
        ("does not contain", "!contains", "not contains", "does_not_contain"), True,
        "Match objects whose multi-valued field (such as tags) does not contain this value.",
    ),
    OperatorSpec(
        "in", "values", "plain", ("in_",), ("in",), True,
        "Match objects whose field is one of these values.",
    ),
    OperatorSpec(
        "not_in", "values", "plain", ("not_in",), ("not in", "not_in"), True,
        "Match objects whose field is none of these values.",
    ),
    OperatorSpec(
        "string_contains", "value", "plain", ("string_contains",), ("~", "string_contains"), False,
        "Match objects whose text field contains this substring.",
    ),
    OperatorSpec(
        "string_does_not_contain", "value", "plain", ("string_does_not_contain",),
        ("!~", "string_does_not_contain"), False,
        "Match objects whose text field does not contain this substring.",
    ),
    OperatorSpec(
        "is_set", "none", "none", ("is_set",), ("is set", "is_set"), False,
        "Match objects whose field has a value.",
    ),
    OperatorSpec(
        "is_unset", "none", "none", ("is_unset",), ("is unset", "is not set", "is_unset"), False,
        "Match objects whose field has no value.",
    ),
    OperatorSpec(
        "time_is_after", "value", "time", ("after", "time_is_after"),
        ("after", ">", "time_is_after"), False,
        "Match objects whose time field is after this time.",
    ),
    OperatorSpec(
        "time_is_before", "value", "time", ("before", "time_is_before"),
        ("before", "<", "time_is_before"), False,
        "Match objects whose time field is before this time.",
    ),
    OperatorSpec(
        "time_range", "range", "time", ("between", "time_range"), ("between", "time_range"), False,
        "Match objects whose time field lies between start and end.",
    ),
    OperatorSpec(
        "greater_than", "value", "number", ("greater_than",), (">", "greater_than"), False,
        "Match objects whose numeric field is greater than this number.",
    ),
    OperatorSpec(
        "less_than", "value", "number", ("less_than",), ("<", "less_than"), False,
        "Match objects whose numeric field is less than this number.",
    ),
    OperatorSpec(
        "greater_than_or_equals", "value", "number", ("greater_than_or_equals",),
        (">=", "greater_than_or_equals"), False,
        "Match objects whose numeric field is greater than or equal to this number.",
    ),
    OperatorSpec(
        "less_than_or_equals", "value", "number", ("less_than_or_equals",),
        ("<=", "less_than_or_equals"), False,
        "Match objects whose numeric field is less than or equal to this number.",
    ),
)  # fmt: skip

#: The operators that combine subfilters instead of testing a field.
COMPOUND_OPERATORS: tuple[str, ...] = ("and", "or")


def spelled(spelling: str) -> list[OperatorSpec]:
    """The operators a text spelling may mean: one, or two for ``>`` and ``<`` (time, number)."""
    return [spec for spec in OPERATORS.values() if spelling in spec.spellings]


def value_family(value: object) -> Literal["time", "number"] | None:
    """Whether a value given to ``>`` / ``<`` is a time or a number (None: neither).

    Datetimes and dates are times; ints, floats and Decimals are numbers; text is a time when it
    reads as RFC 3339 (or a bare date), a number when it reads as one. The text form and the
    ``Field`` comparison operators both decide with this, so they always agree.
    """
    while isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return None
    if isinstance(value, date):
        return "time"
    if isinstance(value, (int, float, Decimal)):
        return "number"
    if isinstance(value, str):
        if is_time_text(value):
            return "time"
        if is_number_text(value):
            return "number"
    return None


def pick(candidates: list[OperatorSpec], value: object, spelling: str) -> OperatorSpec:
    """The operator ``spelling`` means for ``value``: ``>`` is ``time_is_after`` for a time and
    ``greater_than`` for a number. Raises FilterError when the value fits none of them."""
    family = value_family(value)
    if len(candidates) == 1:
        spec = candidates[0]
        if spec.kind == "number" and family == "time":
            raise FilterError(
                f"{spelling!r} compares numbers, and Pylon has no inclusive time comparison; "
                "for times use '>' / '<' (after / before) or 'between'"
            )
        return spec
    for spec in candidates:
        if spec.kind == family:
            return spec
    raise FilterError(
        f"{spelling!r} compares times or numbers, but {value!r} is neither "
        "(times are RFC 3339, e.g. 2024-01-01 or 2024-01-01T09:30:00Z)"
    )
