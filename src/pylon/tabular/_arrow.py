"""Flattened rows as Arrow record batches with the schema's types (pyarrow is an optional extra)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._extras import require
from ._flatten import Row
from ._schema import (
    BOOLEAN,
    EXTRA_COLUMN,
    INTEGER,
    JSON,
    LIST,
    NUMBER,
    TIMESTAMP,
    Column,
    TableSchema,
)
from ._text import dumps


def pyarrow(feature: str) -> Any:
    return require("pyarrow", feature=feature)


def _scalar_type(pa: Any, kind: str | None) -> Any:
    if kind == INTEGER:
        return pa.int64()
    if kind == NUMBER:
        return pa.float64()
    if kind == BOOLEAN:
        return pa.bool_()
    if kind == TIMESTAMP:
        return pa.timestamp("us", tz="UTC")
    return pa.string()  # strings, and JSON as text


def arrow_type(pa: Any, column: Column) -> Any:
    if column.kind == LIST:
        return pa.list_(_scalar_type(pa, column.item_kind))
    return _scalar_type(pa, column.kind)


def arrow_schema(schema: TableSchema, feature: str = "Arrow output") -> Any:
    pa = pyarrow(feature)
    return pa.schema([pa.field(c.name, arrow_type(pa, c)) for c in schema.columns])


def _cells(rows: Sequence[Row], column: Column) -> list[Any]:
    name = column.name
    if column.kind == JSON:
        return [None if (v := row.get(name)) is None else dumps(v) for row in rows]
    if column.kind == LIST and column.item_kind == JSON:
        return [
            None if (v := row.get(name)) is None else [dumps(item) for item in v] for row in rows
        ]
    return [row.get(name) for row in rows]


def _tolerant(pa: Any, rows: Sequence[Row], column: Column, kind: Any) -> Any:
    """Build a column value by value: a value that does not fit its type moves to `extra`."""
    values = []
    for row, value in zip(rows, _cells(rows, column), strict=True):
        if value is not None:
            try:
                pa.array([value], type=kind)
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
                row.setdefault(EXTRA_COLUMN, {})[column.name] = row.pop(column.name)
                value = None
        values.append(value)
    return pa.array(values, type=kind)


def record_batch(rows: Sequence[Row], schema: TableSchema, feature: str = "Arrow output") -> Any:
    """One Arrow record batch of `rows` (a value that does not fit its column moves to `extra`)."""
    pa = pyarrow(feature)
    arrays: dict[str, Any] = {}
    for column in schema.columns:
        if column.name == EXTRA_COLUMN:
            continue
        kind = arrow_type(pa, column)
        try:
            arrays[column.name] = pa.array(_cells(rows, column), type=kind)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
            arrays[column.name] = _tolerant(pa, rows, column, kind)
    extra = Column(EXTRA_COLUMN, JSON)
    arrays[EXTRA_COLUMN] = pa.array(_cells(rows, extra), type=pa.string())
    return pa.record_batch([arrays[c.name] for c in schema.columns], schema=arrow_schema(schema))
