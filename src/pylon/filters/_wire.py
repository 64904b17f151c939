"""Reading filters from Pylon's wire format (the inverse of ``Filter.to_dict``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._errors import FilterError
from ._model import And, Condition, Filter, Or, Trail, trail_indexes
from ._operators import COMPOUND_OPERATORS

__all__ = ["from_dict"]

_CONDITION_KEYS = frozenset({"field", "operator", "value", "values"})
_COMPOUND_KEYS = frozenset({"field", "operator", "subfilters"})


def _where(path: Trail) -> str:
    return "the filter" + "".join(f".subfilters[{i}]" for i in trail_indexes(path))


def _fail(
    path: Trail, message: str, *, field: str | None = None, operator: str | None = None
) -> FilterError:
    return FilterError(f"{_where(path)}: {message}", field=field, operator=operator)


def from_dict(data: Mapping[str, Any]) -> Filter:
    """Build a filter from ``{"field", "operator", "value"|"values"}`` /
    ``{"operator": "and"|"or", "subfilters": [...]}`` dicts, checking every node.

    Works bottom-up over an explicit stack, so a hostile 10,000-deep document is read (and then
    refused by ``validate``) instead of overflowing the call stack.
    """
    results: list[Filter] = []
    stack: list[tuple[object, Trail, bool]] = [(data, None, False)]
    while stack:
        node, path, children_done = stack.pop()
        if not isinstance(node, Mapping):
            raise _fail(path, f"expected an object, got {type(node).__name__}")
        operator = node.get("operator")
        if operator in COMPOUND_OPERATORS:
            subfilters = node.get("subfilters")
            if children_done:
                assert isinstance(subfilters, list)
                parts = results[len(results) - len(subfilters) :]
                del results[len(results) - len(subfilters) :]
                results.append(And(*parts) if operator == "and" else Or(*parts))
                continue
            extra = set(node) - _COMPOUND_KEYS
            if extra or node.get("field") not in (None, ""):
                keys = sorted(extra) or ["field"]
                raise _fail(
                    path,
                    f"an {operator!r} combines subfilters and takes no {', '.join(keys)}",
                    operator=operator,
                )
            if not isinstance(subfilters, list) or not subfilters:
                raise _fail(
                    path,
                    f"an {operator!r} needs a non-empty list of subfilters",
                    operator=operator,
                )
            stack.append((node, path, True))
            stack.extend(
                (sub, (path, i), False) for i, sub in reversed(list(enumerate(subfilters)))
            )
            continue
        extra = set(node) - _CONDITION_KEYS
        if extra:
            raise _fail(path, f"unknown key(s) {', '.join(map(repr, sorted(extra)))}")
        field, values = node.get("field"), node.get("values")
        if not isinstance(field, str) or not isinstance(operator, str):
            raise _fail(path, "a condition needs a string 'field' and a string 'operator'")
        if values is not None and not isinstance(values, list):
            raise _fail(
                path,
                f"'values' must be a list, got {type(values).__name__}",
                field=field,
                operator=operator,
            )
        try:
            results.append(Condition(field, operator, node.get("value"), values))
        except FilterError as error:
            raise _fail(path, error.message, field=field, operator=operator) from None
    return results[0]
