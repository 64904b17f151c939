"""Flatten one Pylon object (its JSON form) into a row of a `TableSchema`.

A row maps column names to Python values: scalars as given, timestamps as aware UTC datetimes,
lists as lists, `json` cells as the decoded value, and `extra` as a dict of what the schema does not
declare (dotted keys) or None. A value that does not fit its column (a timestamp that does not
parse, a scalar where an object was declared) stays in `extra` under its dotted name, so nothing is
lost; the typed cell is left empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from pylon_openapi._lazy import FieldValueError

from ._schema import CUSTOM_FIELDS, EXTRA_COLUMN, JSON, LIST, TIMESTAMP, Node, TableSchema

Row = dict[str, Any]
_NOT_A_TIME = object()


def parse_timestamp(value: Any) -> Any:
    """An aware UTC datetime from an RFC 3339 string (naive ones are read as UTC), else a marker."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value:
        text = value[:-1] + "+00:00" if value[-1] in "Zz" else value
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return _NOT_A_TIME
    else:
        return _NOT_A_TIME
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _walk(
    data: Mapping[str, Any],
    node: Node,
    prefix: str,
    row: Row,
    extra: dict[str, Any],
    schema: TableSchema,
) -> None:
    for key, value in data.items():
        column = node.columns.get(key)
        if column is not None:
            if value is None:
                continue
            if column.kind == TIMESTAMP:
                moment = parse_timestamp(value)
                if moment is _NOT_A_TIME:
                    extra[prefix + key] = value
                else:
                    row[column.name] = moment
            elif column.kind == LIST:
                if isinstance(value, list):
                    row[column.name] = value
                else:
                    extra[prefix + key] = value
            elif column.kind != JSON and isinstance(value, (dict, list)):
                extra[prefix + key] = value  # an object or a list where a scalar is declared
            else:
                row[column.name] = value
            continue
        child = node.children.get(key)
        if child is not None:
            if isinstance(value, Mapping):
                _walk(value, child, f"{prefix}{key}.", row, extra, schema)
            elif value is not None:
                extra[prefix + key] = value
            continue
        if key == node.custom_fields and isinstance(value, Mapping):
            _custom_fields(value, row, extra, schema)
            continue
        extra[prefix + key] = value


def _custom_fields(
    values: Mapping[str, Any], row: Row, extra: dict[str, Any], schema: TableSchema
) -> None:
    for slug, entry in values.items():
        name = f"{CUSTOM_FIELDS}.{slug}"
        multi = schema.custom_fields.get(slug)
        cell = None
        if isinstance(entry, Mapping) and multi is not None:
            cell = entry.get("values") if multi else entry.get("value")
            if multi and cell is not None and not isinstance(cell, list):
                cell = None
            if cell is None and not multi and isinstance(entry.get("values"), list):
                cell = None  # a list where one value was expected: keep it whole in extra
        if cell is None:
            if entry is not None:
                extra[name] = entry
            continue
        row[name] = cell


def flatten(data: Mapping[str, Any], schema: TableSchema) -> Row:
    """One row of `schema` from an object's JSON form (a dict)."""
    row: Row = {}
    extra: dict[str, Any] = {}
    _walk(data, schema.root, "", row, extra, schema)
    if extra:
        row[EXTRA_COLUMN] = extra
    return row


def plain(item: Any) -> Any:
    """The JSON form of a generated model (or a dict as it is), for reading: a model of a page
    whose fields were never touched gives (a shallow copy of) the payload it was parsed from,
    which `to_dict()` would only rebuild at ten times the cost.

    A model whose fields were read is rebuilt by `to_dict()`, which reads every field; when one
    of them does not have its documented type (a string where an object is declared) that
    raises `FieldValueError`, and the payload as Pylon sent it is given instead, so `flatten`
    keeps the row and moves what does not fit into `extra`."""
    unread = getattr(item, "_lazy_unread_payload", None)
    payload = unread() if unread is not None else None
    if payload is not None:
        return dict(payload)
    if not hasattr(item, "to_dict"):
        return item
    try:
        return item.to_dict()
    except FieldValueError:
        source = getattr(item, "_lazy_source", None)
        if source is None:
            raise
        return dict(source)


def as_received(item: Any) -> Any:
    """The JSON form of an item as its page brought it, for code that turns pages it fetched
    itself into rows (an export, `to_arrow()`), where no caller can have set a field: the
    model's payload, which reading a field never changes - without `plain`'s check of every
    field (a third of an export's CPU per row). Else `plain(item)`. The dict may be the model's
    own: copy it before changing it."""
    source = getattr(item, "_lazy_source", None)
    return source if isinstance(source, dict) else plain(item)


def discover_custom_fields(items: Iterable[Mapping[str, Any]]) -> dict[str, bool]:
    """Custom field slugs seen in objects, each marked multi-valued when it carries `values`."""
    found: dict[str, bool] = {}
    for data in items:
        values = data.get(CUSTOM_FIELDS)
        if not isinstance(values, Mapping):
            continue
        for slug, entry in values.items():
            multi = isinstance(entry, Mapping) and isinstance(entry.get("values"), list)
            found[slug] = found.get(slug, False) or multi
    return found


def is_json_kind(kind: str) -> bool:
    return kind == JSON
