"""The columns of a table of Pylon objects, from the pinned spec's schemas.

The flattening rules, in one place:

* scalar properties are columns (`string`, `integer`, `number`, `boolean`);
* objects with declared properties become dotted columns (`account.id`), down to `MAX_DEPTH`;
* arrays of scalars are `list` columns; arrays of objects are lists of JSON objects (as text);
* objects without declared properties (maps such as `time_in_status_seconds`) are one `json` column;
* a string is a timestamp when the spec says `format: date-time` or its name is Pylon's naming for
  a point in time (`*_at`, `*_time`, `timestamp`) - the pinned spec types most of them as plain
  strings;
* `custom_fields` becomes one column per slug, `custom_fields.<slug>`: a list for multi-select
  fields, the value as Pylon sends it (a string) for every other type;
* whatever the schema does not declare lands in the `extra` column, as JSON: never dropped.

The same model always gives the same columns, in spec order with `id` first, then custom fields by
slug, then `extra`; so an empty table has the right columns and two exports have one schema.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

EXTRA_COLUMN = "extra"
CUSTOM_FIELDS = "custom_fields"
MAX_DEPTH = 3
MULTI_VALUE_FIELD_TYPES = frozenset({"multiselect", "multi_select", "multiselect_user"})
_TIME_SUFFIXES = ("_at", "_time")

# Column kinds.
STRING, INTEGER, NUMBER, BOOLEAN, TIMESTAMP, LIST, JSON = (
    "string",
    "integer",
    "number",
    "boolean",
    "timestamp",
    "list",
    "json",
)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    item_kind: str | None = None  # for lists: the kind of the items


@dataclass
class Node:
    """How one object's keys map to columns: key -> Column, nested Node, or custom fields."""

    columns: dict[str, Column] = field(default_factory=dict)
    children: dict[str, Node] = field(default_factory=dict)
    custom_fields: str | None = None  # the key holding custom fields, if any


@dataclass(frozen=True)
class TableSchema:
    """The columns of one table, and the compiled tree that flattens an object into them."""

    model: str | None
    columns: tuple[Column, ...]
    root: Node
    custom_fields: Mapping[str, bool]  # slug -> is multi-valued
    link: str | None = None  # a parent's id column first (`issue_id` on messages), if any
    # What writers work out once per schema rather than per row (`_text`'s cell converters).
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


@cache
def _components() -> dict[str, Any]:
    spec = json.loads(resources.files("pylon_openapi").joinpath("openapi.json").read_bytes())
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    return schemas


def known_model(name: str) -> bool:
    return name in _components()


def _resolve(schema: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        return name, _components().get(name, {})
    for combinator in ("allOf", "oneOf", "anyOf"):
        options = schema.get(combinator)
        if isinstance(options, list) and len(options) == 1:
            return _resolve(options[0])
    return None, schema


def _is_timestamp(name: str, schema: Mapping[str, Any]) -> bool:
    if schema.get("format") == "date-time":
        return True
    return name == "timestamp" or name.endswith(_TIME_SUFFIXES)


def _scalar_kind(name: str, schema: Mapping[str, Any]) -> str | None:
    kind = schema.get("type")
    if kind == "string":
        return TIMESTAMP if _is_timestamp(name, schema) else STRING
    if kind == "integer":
        return INTEGER
    if kind == "number":
        return NUMBER
    if kind == "boolean":
        return BOOLEAN
    return None


def _compile(
    schema: Mapping[str, Any], prefix: str, depth: int, seen: tuple[str, ...], out: list[Column]
) -> Node:
    node = Node()
    properties = schema.get("properties") or {}
    names = sorted(properties, key=lambda n: (n != "id", list(properties).index(n)))
    for name in names:
        ref, prop = _resolve(properties[name])
        column = prefix + name
        if depth == 0 and name == CUSTOM_FIELDS and prop.get("type") == "object":
            node.custom_fields = name
            continue
        scalar = _scalar_kind(name, prop)
        if scalar is not None:
            node.columns[name] = Column(column, scalar)
        elif prop.get("type") == "array":
            _, items = _resolve(prop.get("items") or {})
            item_kind = _scalar_kind(name, items)
            node.columns[name] = Column(column, LIST, item_kind or JSON)
        elif prop.get("properties") and depth < MAX_DEPTH and (ref is None or ref not in seen):
            child_seen = (*seen, ref) if ref else seen
            node.children[name] = _compile(prop, column + ".", depth + 1, child_seen, out)
            continue
        else:
            node.columns[name] = Column(column, JSON)
        out.append(node.columns[name])
    return node


@cache
def _base(model: str | None) -> tuple[tuple[Column, ...], Node]:
    columns: list[Column] = []
    schema = _components().get(model, {}) if model else {}
    root = _compile(schema, "", 0, (model,) if model else (), columns)
    return tuple(columns), root


def table_schema(
    model: str | None,
    custom_fields: Mapping[str, bool] | None = None,
    *,
    link: str | None = None,
) -> TableSchema:
    """The columns of `model` (a schema name of the spec), with a column per custom field slug.

    `link` names a column put first that holds the parent's id (a linked table: the messages of
    issues carry `issue_id`); the flattened object carries it under that key."""
    columns, root = _base(model)
    slugs = dict(sorted((custom_fields or {}).items())) if root.custom_fields else {}
    custom = tuple(
        Column(f"{CUSTOM_FIELDS}.{slug}", LIST if multi else STRING, STRING if multi else None)
        for slug, multi in slugs.items()
    )
    lead: tuple[Column, ...] = ()
    if link is not None and link not in root.columns:
        lead = (Column(link, STRING),)
        root = Node({link: lead[0], **root.columns}, root.children, root.custom_fields)
    all_columns = (*lead, *columns, *custom, Column(EXTRA_COLUMN, JSON))
    return TableSchema(model, all_columns, root, slugs, link)


def custom_field_kinds(definitions: Any) -> dict[str, bool]:
    """slug -> multi-valued, from custom field definitions (models or dicts with slug and type)."""
    kinds: dict[str, bool] = {}
    for definition in definitions:
        data = definition.to_dict() if hasattr(definition, "to_dict") else definition
        slug = data.get("slug")
        if isinstance(slug, str) and slug:
            kinds[slug] = str(data.get("type", "")).lower() in MULTI_VALUE_FIELD_TYPES
    return kinds
