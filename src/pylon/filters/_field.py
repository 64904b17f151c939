"""The builder: ``Field("state").in_([...])``, ``F.state == "new"``.

Every operator method is generated from the operator table (``_operators.OPERATORS``): the class
body below only names each method and its static signature, so editors and type checkers see
real methods while what each one does comes from one row of one table.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, NoReturn, Protocol, TypeVar, overload

from ._errors import FilterError
from ._model import Condition, is_collection, unwrap_name
from ._operators import OPERATORS, pick, spelled
from ._values import Scalar

__all__ = ["F", "Field"]

#: The Python types a single value may have (see ``Scalar``).
_SCALARS = (str, bool, int, float, Decimal, datetime, date, enum.Enum)

#: A value a time operator accepts: an aware datetime, a date, or RFC 3339 text.
TimeValue = datetime | date | str


class _OneValue(Protocol):
    def __call__(self, value: Scalar, /, *, custom: bool = False) -> Condition: ...


class _ManyValues(Protocol):
    def __call__(self, values: Iterable[Scalar], /, *, custom: bool = False) -> Condition: ...


class _TimeRange(Protocol):
    def __call__(
        self, start: TimeValue, end: TimeValue, /, *, custom: bool = False
    ) -> Condition: ...


class _NoValue(Protocol):
    def __call__(self, *, custom: bool = False) -> Condition: ...


_M = TypeVar("_M")

_ARITY = {"value": 1, "values": 1, "range": 2, "none": 0}
_ARGUMENTS = {"value": "value", "values": "values", "range": "start, end", "none": ""}


class _OperatorMethod(Generic[_M]):
    """A ``Field`` method that builds one operator's condition, driven by the operator table.

    The class body of ``Field`` names each method once, with the protocol giving its static
    signature; what the method does (its arity, where the arguments go, its docstring) comes
    from the operator's row in ``OPERATORS``.
    """

    def __init__(self, operator: str) -> None:
        self.spec = OPERATORS[operator]
        self.__doc__ = self.spec.doc

    def __set_name__(self, owner: type[Any], name: str) -> None:
        if name not in self.spec.methods:
            raise TypeError(f"Field.{name} is not listed as a method of {self.spec.name!r}")
        self.name = name

    @overload
    def __get__(self, field: None, owner: type[Any]) -> _OperatorMethod[_M]: ...

    @overload
    def __get__(self, field: Field, owner: type[Any]) -> _M: ...

    def __get__(self, field: Field | None, owner: type[Any]) -> Any:
        if field is None:
            return self
        spec, name, field_name = self.spec, self.name, field.name

        def build(*args: Any, custom: bool = False) -> Condition:
            if len(args) != _ARITY[spec.shape]:
                raise TypeError(
                    f"Field.{name}() takes ({_ARGUMENTS[spec.shape]}), got {len(args)} "
                    "positional argument(s)"
                )
            if spec.shape == "value":
                return Condition(field_name, spec.name, value=args[0], custom=custom)
            if spec.shape == "none":
                return Condition(field_name, spec.name, custom=custom)
            values = args if spec.shape == "range" else args[0]
            return Condition(field_name, spec.name, values=values, custom=custom)

        build.__name__ = name
        build.__qualname__ = f"Field.{name}"
        build.__doc__ = spec.doc
        return build


class Field:
    """Builds conditions on one field: ``Field("state").in_(["new", "on_hold"])``.

    Each method builds one operator (``after`` and ``time_is_after`` are the same, likewise
    ``before``/``time_is_before`` and ``between``/``time_range``). Every method takes
    ``custom=True`` to mark workspace-specific names (see :class:`Condition`).

    The comparison operators are shorthands with the meaning the same symbols have in the text
    form: ``F.state == "new"`` is ``equals``, ``!=`` is ``not_equals``, ``>`` / ``<`` are
    ``time_is_after`` / ``time_is_before`` for a time (datetime, date or RFC 3339 text) and
    ``greater_than`` / ``less_than`` for a number, ``>=`` / ``<=`` are numeric only. Only the
    builder overloads them: filters themselves compare structurally (``f1 == f2`` is a bool),
    and a Field compared with a Field compares names, so fields work in sets and as dict keys.
    Since a condition is truthy, don't write ``if F.state == "new":``.
    """

    __slots__ = ("name",)

    name: str

    def __init__(self, name: str) -> None:
        name = unwrap_name(name, "field")
        if not name:
            raise FilterError("a filter field name must be a non-empty string")
        object.__setattr__(self, "name", name)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError("Field is immutable")

    def __hash__(self) -> int:
        return hash((Field, self.name))

    # Comparison operators build conditions, with the text form's meaning of each symbol. Between
    # two Fields, == and != still compare names, so fields work in sets and as dict keys.

    @overload  # type: ignore[override]
    def __eq__(self, other: Field) -> bool: ...
    @overload
    def __eq__(self, other: Scalar) -> Condition: ...
    def __eq__(self, other: object) -> Any:
        if isinstance(other, Field):
            return other.name == self.name
        if not _comparable(other):
            return NotImplemented  # None, filters, arbitrary objects: plain Python semantics
        return self._compare("=", other)

    @overload  # type: ignore[override]
    def __ne__(self, other: Field) -> bool: ...
    @overload
    def __ne__(self, other: Scalar) -> Condition: ...
    def __ne__(self, other: object) -> Any:
        if isinstance(other, Field):
            return other.name != self.name
        if not _comparable(other):
            return NotImplemented
        return self._compare("!=", other)

    def __gt__(self, other: Scalar) -> Condition:
        return self._compare(">", other)

    def __lt__(self, other: Scalar) -> Condition:
        return self._compare("<", other)

    def __ge__(self, other: Scalar) -> Condition:
        return self._compare(">=", other)

    def __le__(self, other: Scalar) -> Condition:
        return self._compare("<=", other)

    def _compare(self, symbol: str, other: object) -> Condition:
        if is_collection(other):
            hint = "; for any of several values use .in_([...])" if symbol == "=" else ""
            hint = "; for none of several values use .not_in([...])" if symbol == "!=" else hint
            raise FilterError(
                f"Field({self.name!r}) {symbol} takes one value, got a {type(other).__name__}{hint}",
                field=self.name,
            )
        if not isinstance(other, _SCALARS):
            raise TypeError(
                f"can't compare Field({self.name!r}) with {type(other).__name__} using {symbol!r}"
            )
        try:
            spec = pick(spelled(symbol), other, symbol)
        except FilterError as error:
            raise FilterError(
                f"Field({self.name!r}) {symbol} {other!r}: {error.message}", field=self.name
            ) from None
        return Condition(self.name, spec.name, value=other)

    def __repr__(self) -> str:
        return f"Field({self.name!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Field, (self.name,))

    equals: _OperatorMethod[_OneValue] = _OperatorMethod("equals")
    not_equals: _OperatorMethod[_OneValue] = _OperatorMethod("not_equals")
    contains: _OperatorMethod[_OneValue] = _OperatorMethod("contains")
    does_not_contain: _OperatorMethod[_OneValue] = _OperatorMethod("does_not_contain")
    in_: _OperatorMethod[_ManyValues] = _OperatorMethod("in")
    not_in: _OperatorMethod[_ManyValues] = _OperatorMethod("not_in")
    string_contains: _OperatorMethod[_OneValue] = _OperatorMethod("string_contains")
    string_does_not_contain: _OperatorMethod[_OneValue] = _OperatorMethod("string_does_not_contain")
    is_set: _OperatorMethod[_NoValue] = _OperatorMethod("is_set")
    is_unset: _OperatorMethod[_NoValue] = _OperatorMethod("is_unset")
    after: _OperatorMethod[_OneValue] = _OperatorMethod("time_is_after")
    time_is_after: _OperatorMethod[_OneValue] = _OperatorMethod("time_is_after")
    before: _OperatorMethod[_OneValue] = _OperatorMethod("time_is_before")
    time_is_before: _OperatorMethod[_OneValue] = _OperatorMethod("time_is_before")
    between: _OperatorMethod[_TimeRange] = _OperatorMethod("time_range")
    time_range: _OperatorMethod[_TimeRange] = _OperatorMethod("time_range")
    greater_than: _OperatorMethod[_OneValue] = _OperatorMethod("greater_than")
    less_than: _OperatorMethod[_OneValue] = _OperatorMethod("less_than")
    greater_than_or_equals: _OperatorMethod[_OneValue] = _OperatorMethod("greater_than_or_equals")
    less_than_or_equals: _OperatorMethod[_OneValue] = _OperatorMethod("less_than_or_equals")


def _comparable(value: object) -> bool:
    return isinstance(value, _SCALARS) or is_collection(value)


class _FieldNamespace:
    """``F.state`` is ``Field("state")``; ``F["custom-slug"]`` for names that aren't identifiers."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Field:
        if name.startswith("_"):  # keep dunder/private probes (copy, pickle, IPython) working
            raise AttributeError(f"{name!r}: write F[{name!r}] for a field starting with '_'")
        return Field(name)

    def __getitem__(self, name: str) -> Field:
        return Field(name)

    def __repr__(self) -> str:
        return "F"


#: Shorthand for fields: ``F.state.in_(["new"]) & F["renewal-tier"].equals("gold")``.
F = _FieldNamespace()
