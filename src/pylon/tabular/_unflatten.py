"""The inverse of `flatten`: a row read back from an export, as the object Pylon would send.

Cells may come typed (Parquet: lists, datetimes, numbers) or as text (CSV: everything a string,
lists and JSON as JSON text, an empty cell for nothing). Dotted columns become nested objects,
`custom_fields.<slug>` columns become Pylon's `{"slug", "value"}` or `{"slug", "values"}` entries,
and the `extra` column's dotted keys are put back where they came from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ._schema import (
    BOOLEAN,
    CUSTOM_FIELDS,
    EXTRA_COLUMN,
    INTEGER,
    JSON,
    LIST,
    NUMBER,
    TIMESTAMP,
    Column,
)
from ._text import rfc3339

_PREFIX = CUSTOM_FIELDS + "."


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def cell_value(value: Any, column: Column | None) -> Any:
    """A cell as the JSON value it stands for (None for an empty cell)."""
    if value is None or value == "":
        return None
    kind = column.kind if column else None
    if isinstance(value, datetime):
        return rfc3339(value)
    if kind == LIST:
        items = _json(value) if isinstance(value, str) else list(value)
        if column is not None and column.item_kind == JSON and isinstance(items, list):
            return [_json(item) for item in items]
        return items
    if kind == JSON:
        return _json(value)
    if isinstance(value, str):
        if kind == INTEGER:
            return int(value)
        if kind == NUMBER:
            return float(value)
        if kind == BOOLEAN:
            return value.lower() == "true"
    if kind == TIMESTAMP and isinstance(value, str):
        return value
    return value


def _put(target: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for name in parents:
        child = target.get(name)
        if not isinstance(child, dict):
            child = target[name] = {}
        target = child
    target[last] = value


def _custom_field(target: dict[str, Any], slug: str, value: Any) -> None:
    if isinstance(value, str) and value.startswith("["):
        value = _json(value)
    entry = (
        {"slug": slug, "values": value}
        if isinstance(value, list)
        else {"slug": slug, "value": value}
    )
    target.setdefault(CUSTOM_FIELDS, {})[slug] = entry


def unflatten(row: Mapping[str, Any], columns: Mapping[str, Column]) -> dict[str, Any]:
    """The object a row of an export stands for; `columns` are the table's columns by name."""
    data: dict[str, Any] = {}
    for name, raw in row.items():
        if name == EXTRA_COLUMN:
            continue
        if name.startswith(_PREFIX):
            value = cell_value(raw, None)
            if value is not None:
                _custom_field(data, name[len(_PREFIX) :], value)
            continue
        value = cell_value(raw, columns.get(name))
        if value is not None:
            _put(data, name, value)
    extra = _json(row.get(EXTRA_COLUMN))
    if isinstance(extra, Mapping):
        for name, value in extra.items():
            if name.startswith(_PREFIX):
                data.setdefault(CUSTOM_FIELDS, {})[name[len(_PREFIX) :]] = value
            else:
                _put(data, name, value)
    return data
