"""Cells of a flattened row as text formats want them: RFC 3339 timestamps, lists as JSON text."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from ._flatten import Row
from ._schema import BOOLEAN, JSON, LIST, TIMESTAMP, TableSchema


def rfc3339(moment: datetime) -> str:
    """An aware datetime as RFC 3339 in UTC, `Z`-suffixed; microseconds only when present."""
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


def text_cells(row: Row, schema: TableSchema) -> list[Any]:
    """A row for CSV and XLSX: lists and JSON as JSON text, timestamps as RFC 3339, None as None."""
    cells: list[Any] = []
    for column in schema.columns:
        value = row.get(column.name)
        if value is None:
            cells.append(None)
        elif column.kind == TIMESTAMP:
            cells.append(rfc3339(value))
        elif column.kind in (LIST, JSON) or isinstance(value, (dict, list)):
            cells.append(dumps(value))
        elif column.kind == BOOLEAN:
            cells.append("true" if value else "false")
        else:
            cells.append(value)
    return cells
