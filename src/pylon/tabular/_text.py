"""Cells of a flattened row as text formats want them: RFC 3339 timestamps, lists as JSON text."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from ._flatten import Row
from ._schema import BOOLEAN, JSON, LIST, TIMESTAMP, TableSchema


def rfc3339(moment: datetime) -> str:
    """An aware datetime as RFC 3339 in UTC, `Z`-suffixed; microseconds only when present."""
    if moment.tzinfo is timezone.utc:  # as `flatten` gives them: no conversion to make
        return moment.isoformat()[:-6] + "Z"
    text = moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat()
    return text + "Z"


# One encoder for every cell (json.dumps with options builds a new encoder per call).
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def dumps(value: Any) -> str:
    """Compact JSON text with sorted keys, so equal values always give equal text."""
    return _ENCODE(value)


def json_row(row: Row, schema: TableSchema) -> dict[str, Any]:
    """A row for JSON lines: every column present (null when empty), timestamps as RFC 3339."""
    out: dict[str, Any] = {}
    for column in schema.columns:
        value = row.get(column.name)
        if value is not None and column.kind == TIMESTAMP:
            value = rfc3339(value)
        out[column.name] = value
    return out


def _boolean_text(value: Any) -> str:
    return "true" if value else "false"


def _text_converter(kind: str) -> Callable[[Any], Any] | None:
    if kind == TIMESTAMP:
        return rfc3339
    if kind in (LIST, JSON):
        return dumps
    if kind == BOOLEAN:
        return _boolean_text
    return None  # a scalar, as it is


def _text_plan(schema: TableSchema) -> list[tuple[str, Callable[[Any], Any] | None]]:
    """Each column's name and the function that makes its text cell, worked out once."""
    plan = schema.memo.get("text")
    if plan is None:
        plan = schema.memo["text"] = [(c.name, _text_converter(c.kind)) for c in schema.columns]
    return plan


def text_cells(row: Row, schema: TableSchema) -> list[Any]:
    """A row for CSV and XLSX: lists and JSON as JSON text, timestamps as RFC 3339, None as None."""
    cells: list[Any] = []
    append, get = cells.append, row.get
    for name, convert in _text_plan(schema):
        value = get(name)
        if value is None:
            append(None)
        elif convert is not None:
            append(convert(value))
        elif isinstance(value, (dict, list)):  # a custom field's value may be an object
            append(dumps(value))
        else:
            append(value)
    return cells
