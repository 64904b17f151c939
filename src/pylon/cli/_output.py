"""Printing results: jsonl, json, table or csv, after an optional JMESPath `--query`.

Lists stream: jsonl and json print each item as it arrives, so `pylon issues list | head` stops
the walk early and memory stays flat. Table and csv print a header row; their columns are
`--columns` (dotted paths reach into nested objects), else the resource's usual ones, else the
scalar fields of the first item. A query sees the whole result (for lists, every item in one
array, as the AWS CLI does), so it needs the full list before printing.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from typing import IO, Any

import click

from ._style import bold, use_color

# The columns a table shows when --columns is not given: the first of these the resource has.
PREFERRED_COLUMNS = (
    "number", "id", "title", "name", "email", "value", "state", "object_type", "status",
    "domain", "created_at",
)  # fmt: skip
MAX_DEFAULT_COLUMNS = 5
MAX_CELL = 60


@cache
def compile_query(expression: str) -> Any:
    import jmespath
    from jmespath.exceptions import JMESPathError

    try:
        return jmespath.compile(expression)
    except JMESPathError as exc:
        message = " ".join(str(exc).split())
        raise click.BadParameter(f"not a JMESPath expression: {message}") from None


def default_columns(fields: Iterable[str]) -> tuple[str, ...]:
    present = set(fields)
    return tuple(c for c in PREFERRED_COLUMNS if c in present)[:MAX_DEFAULT_COLUMNS]


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def _lookup(item: Any, column: str) -> Any:
    for part in column.split("."):
        if not isinstance(item, dict):
            return None
        item = item.get(part)
    return item


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return ",".join(_cell(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


class Output:
    def __init__(
        self,
        fmt: str = "jsonl",
        query: str | None = None,
        columns: tuple[str, ...] = (),
        no_color: bool = False,
        stream: IO[str] | None = None,
    ) -> None:
        self.fmt = fmt
        self.query = compile_query(query) if query else None
        self.columns = columns
        self.stream = stream or sys.stdout
        self.color = use_color(self.stream, no_color)

    def _write(self, text: str) -> None:
        self.stream.write(text + "\n")

    def one(self, value: Any) -> None:
        """A single result (an object, or whatever a query made of it)."""
        value = _plain(value)
        if self.query is not None:
            value = self.query.search(value)
            if isinstance(value, list):
                self._items(iter(value))
                return
        self._value(value)

    def _value(self, value: Any) -> None:
        """One value, after any query: an object is a one-row table in table and csv."""
        if self.fmt in ("table", "csv") and isinstance(value, dict):
            self._items(iter([value]))
        else:
            self._document(value)

    def items(self, items: Iterable[Any]) -> int:
        """A list result, printed as it streams in; returns how many items were printed."""
        stream: Iterator[Any] = (_plain(item) for item in items)
        if self.query is not None:
            result = self.query.search(list(stream))
            if not isinstance(result, list):
                self._value(result)
                return 1
            stream = iter(result)
        return self._items(stream)

    def _document(self, value: Any) -> None:
        if self.fmt in ("table", "csv") and not isinstance(value, dict | list):
            self._write(_cell(value))  # a bare value, as `--query 'length(@)'` gives
        else:
            indent = 2 if self.fmt == "json" else None
            self._write(json.dumps(value, ensure_ascii=False, indent=indent, sort_keys=True))

    def _items(self, stream: Iterator[Any]) -> int:
        if self.fmt == "table":
            return self._table(list(stream))
        if self.fmt == "csv":
            return self._csv(stream)
        if self.fmt == "json":
            return self._json_array(stream)
        count = 0
        for item in stream:
            self._write(json.dumps(item, ensure_ascii=False, sort_keys=True))
            count += 1
        return count

    def _json_array(self, stream: Iterator[Any]) -> int:
        count = 0
        for item in stream:
            text = json.dumps(item, ensure_ascii=False, indent=2, sort_keys=True)
            self.stream.write(("[\n" if count == 0 else ",\n") + _indent(text))
            count += 1
        self._write("[]" if count == 0 else "\n]")
        return count

    def _columns_for(self, first: Any) -> tuple[str, ...]:
        if first is not None and not isinstance(first, dict):
            return ("value",)  # plain values (`--query '[].name'`): one column, whatever was asked
        if self.columns:
            return self.columns
        if isinstance(first, dict):
            return tuple(k for k, v in first.items() if not isinstance(v, dict | list))
        return ("value",)

    def _row(self, item: Any, columns: tuple[str, ...]) -> list[str]:
        if not isinstance(item, dict):
            return [_cell(item)]
        return [_cell(_lookup(item, c)) for c in columns]

    def _table(self, rows: list[Any]) -> int:
        columns = self._columns_for(rows[0] if rows else None)
        cells = [[_clip(c) for c in self._row(item, columns)] for item in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        header = "  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True))
        self._write(bold(header.rstrip(), self.color))
        for row in cells:
            self._write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
        return len(rows)

    def _csv(self, stream: Iterator[Any]) -> int:
        writer = csv.writer(self.stream, lineterminator="\n")
        first = next(stream, None)
        columns = self._columns_for(first)
        writer.writerow(columns)
        if first is None:
            return 0
        count = 0
        for item in _chain(first, stream):
            writer.writerow(self._row(item, columns))
            count += 1
        return count


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest
