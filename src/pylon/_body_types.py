"""Request-body values checked against the types the spec declares, before anything is sent.

The generated models copy a body's plain values (`title = d["title"]`) without looking at their
types, so `issues.create(title=5)` or `tags="vip"` would reach Pylon as written and fail there, or
worse, be read differently than meant (a string is a sequence of one-letter tags). The generated
`...Params` TypedDicts carry the spec's types of each body field; this module checks the values a
caller passes against them: strings, numbers, booleans, lists and objects at every level the
TypedDict spells out. What it cannot judge (`Any`, a nested model given as a mapping, which the
model's own parsing checks) passes, and `None` is left to the API (it clears a field where Pylon
allows that).
"""

from __future__ import annotations

import collections.abc
import types
import typing
from collections.abc import Mapping
from functools import cache
from typing import Any

import typing_extensions

from ._errors import PylonValidationError

__all__ = ["check_body_types"]

_SEQUENCES = {list, tuple, collections.abc.Sequence, collections.abc.MutableSequence}
_MAPPINGS = {dict, collections.abc.Mapping, collections.abc.MutableMapping}


def check_body_types(operation_id: str, params: type | None, data: Mapping[str, Any]) -> None:
    """Raise `PylonValidationError` naming the operation and the field for a value whose type
    does not fit the spec. `params` is the body's generated TypedDict (None: nothing to check)."""
    if params is None:
        return
    hints = _hints(params)
    for name, value in data.items():
        expected = hints.get(name)
        if expected is None or value is None or _fits(value, expected):
            continue
        shown = repr(value)
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        raise PylonValidationError(
            f"{operation_id}: {name} must be {_describe(expected)}, not"
            f" {type(value).__name__} ({shown})."
        )


@cache
def _hints(params: type) -> dict[str, Any]:
    # typing_extensions' get_type_hints resolves the module's forward references and drops
    # Required/NotRequired on every Python (typing's own keeps typing_extensions' on 3.10).
    return typing_extensions.get_type_hints(params)


def _fits(value: Any, expected: Any) -> bool:
    if expected is Any:
        return True
    origin, args = typing.get_origin(expected), typing.get_args(expected)
    if origin is typing.Union or _is_union_type(origin):
        return any(_fits(value, option) for option in args)
    if origin is typing.Literal:
        return any(isinstance(value, type(choice)) for choice in args)
    if expected is bool:
        return isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected is str:
        return isinstance(value, str)
    if expected in _SEQUENCES or origin in _SEQUENCES:
        # Only a real list: a string is a sequence too, and "vip" is not the tags ["v", "i", "p"].
        item = args[0] if args else Any
        return isinstance(value, (list, tuple)) and all(v is None or _fits(v, item) for v in value)
    if expected in _MAPPINGS or origin in _MAPPINGS:
        return isinstance(value, Mapping)
    return True  # a type this check does not model: the model's own parsing judges it


def _is_union_type(origin: Any) -> bool:
    return origin is types.UnionType  # `str | int`; typing.Union is the other spelling


def _describe(expected: Any) -> str:
    origin, args = typing.get_origin(expected), typing.get_args(expected)
    if origin is typing.Union or _is_union_type(origin):
        return " or ".join(_describe(option) for option in args if option is not Any) or "any"
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(choice) for choice in args)
    if expected in _SEQUENCES or origin in _SEQUENCES:
        return f"a list of {_describe(args[0])}" if args else "a list"
    if expected in _MAPPINGS or origin in _MAPPINGS:
        return "an object"
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}
    return names.get(expected, getattr(expected, "__name__", str(expected)))
