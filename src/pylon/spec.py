"""The Pylon API as the pinned spec describes it: every operation, its parameters and body fields.

    from pylon.spec import catalog

    op = catalog().operation("UpdateIssue")
    op.method, op.path                 # 'PATCH', '/issues/{id}'
    [f.name for f in op.body_fields]   # ['account_id', 'assignee_id', ..., 'type']
    catalog().match("POST", "/issues/search").cursor_in   # 'body'

This is what tools built on the SDK read (the `pylon` command builds one command per operation
from it): the operation table the facade uses (`pylon_openapi.spec_tables`, written by
`make generate`) joined with the field schemas of the spec copy shipped in the generated package.
Nothing is restated by hand. The table is read on first use; the document only when an operation's
fields are asked for, so listing operations stays cheap.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import Any

__all__ = ["JSON_TYPES", "Catalog", "Field", "OperationSpec", "TimeWindow", "catalog"]

JSON = dict[str, Any]

JSON_TYPES: Mapping[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
"""The Python types `json.loads` gives for each JSON Schema type (bool is an int: check it apart)."""


@dataclass(frozen=True)
class Field:
    """A path or query parameter, or a top-level field of a request body."""

    name: str
    location: str  # "path", "query" or "body"
    type: str  # JSON type: string, integer, number, boolean, array, object; "any" when unstated
    required: bool = False
    enum: tuple[Any, ...] = ()
    item_type: str | None = None  # for arrays: the items' JSON type
    format: str | None = None
    description: str = ""
    style: str = "form"  # how a query parameter is written (OpenAPI's default: form, exploded)
    explode: bool = True

    def accepts(self, value: Any) -> bool:
        """Whether a decoded JSON value has this field's type (null and "any" always do)."""
        kinds = JSON_TYPES.get(self.type)
        if kinds is None or value is None:
            return True
        if isinstance(value, bool) and self.type != "boolean":
            return False
        return isinstance(value, kinds)

    @property
    def is_file(self) -> bool:
        """A multipart part that carries a file's bytes."""
        return self.format == "binary" or (self.location == "body" and self.name == "files")


@dataclass(frozen=True)
class TimeWindow:
    """An operation that answers only for a bounded time window (GET /issues)."""

    start: str
    end: str
    max_days: int


class OperationSpec:
    """One operation. Table facts are plain attributes; field schemas load on first access."""

    def __init__(self, catalog: Catalog, operation_id: str, entry: Mapping[str, Any]) -> None:
        self._catalog = catalog
        self._entry = entry
        self.id = operation_id
        self.method: str = entry["method"]
        self.path: str = entry["path"]
        self.tag: str = entry.get("tag") or ""
        self.summary: str = entry.get("summary") or ""
        self.body_media: str | None = entry.get("body_media")
        self.data_is_list: bool = bool(entry.get("data_is_list"))
        rate = entry.get("rate_limit")
        self.rate_limit: tuple[int, float] | None = (int(rate[0]), float(rate[1])) if rate else None
        pagination = entry.get("pagination") or {}
        self.cursor_in: str | None = pagination.get("cursor")
        self.limit_min: int | None = pagination.get("limit_min")
        self.limit_max: int | None = pagination.get("limit_max")
        self.limit_default: int | None = pagination.get("limit_default")
        window = entry.get("time_window")
        self.time_window = (
            TimeWindow(window["start"], window["end"], int(window["max_days"])) if window else None
        )
        search = catalog._search_filters.get(operation_id)
        self.searchable = search is not None
        # The fields a search's filter may name, with their operators and allowed values, as the
        # spec's x-filter lists them.
        self.filter_fields: Mapping[str, Mapping[str, Any]] = (search or {}).get("fields", {})

    def __repr__(self) -> str:
        return f"<OperationSpec {self.id}: {self.method} {self.path}>"

    @property
    def paged(self) -> bool:
        """Whether the list answers page by page, with a cursor in the query or the body."""
        return self.cursor_in in ("query", "body")

    @cached_property
    def _operation(self) -> JSON:
        node: JSON = self._catalog.document["paths"][self.path][self.method.lower()]
        return node

    @cached_property
    def description(self) -> str:
        return str(self._operation.get("description") or "")

    def _parameters(self, location: str) -> tuple[Field, ...]:
        found = []
        for raw in self._operation.get("parameters", ()):
            param = self._catalog.resolve(raw)
            if param.get("in") == location:
                schema = self._catalog.resolve(param.get("schema", {}))
                field = _field(
                    param["name"],
                    location,
                    schema,
                    self._catalog,
                    required=bool(param.get("required")),
                    description=param.get("description"),
                )
                style = param.get("style", "form")
                explode = param.get("explode", style == "form")
                found.append(replace(field, style=style, explode=bool(explode)))
        return tuple(found)

    @cached_property
    def path_params(self) -> tuple[Field, ...]:
        return self._parameters("path")

    @cached_property
    def query_params(self) -> tuple[Field, ...]:
        return self._parameters("query")

    def query_string(self, params: Mapping[str, Any]) -> str:
        """`"?" + the query` for `params` (empty when none), each parameter written in its spec
        style (`document_ids=a,b` for an unexploded form array), as the generated client does."""
        from pylon_openapi.query_encoding import query_string

        styles = {f.name: (f.style, f.explode) for f in self.query_params}
        encoded: str = query_string(params, styles)
        return encoded

    @cached_property
    def _body_schema(self) -> JSON:
        content = self._operation.get("requestBody", {}).get("content", {})
        if not self.body_media or self.body_media not in content:
            return {}
        return self._catalog.resolve(content[self.body_media].get("schema", {}))

    @cached_property
    def body_required(self) -> bool:
        return bool(self._operation.get("requestBody", {}).get("required"))

    @cached_property
    def body_fields(self) -> tuple[Field, ...]:
        schema = self._body_schema
        required = set(schema.get("required", ()))
        return tuple(
            _field(name, "body", self._catalog.resolve(node), self._catalog, name in required)
            for name, node in schema.get("properties", {}).items()
        )

    @cached_property
    def item_fields(self) -> tuple[str, ...]:
        """The property names of what the operation returns under `data` (one item for lists)."""
        name = self._entry.get("data_model")
        if not name:
            return ()
        schema = self._catalog.resolve({"$ref": f"#/components/schemas/{name}"})
        return tuple(schema.get("properties", {}))


def _field(
    name: str,
    location: str,
    schema: JSON,
    catalog: Catalog,
    required: bool,
    description: object = None,
) -> Field:
    items = catalog.resolve(schema.get("items", {})) if schema.get("type") == "array" else {}
    return Field(
        name=name,
        location=location,
        type=str(schema.get("type") or ("object" if "properties" in schema else "any")),
        required=required,
        enum=tuple(schema.get("enum", ())),
        item_type=(items.get("type") or "object") if items else None,
        format=schema.get("format"),
        description=str(description or schema.get("description") or ""),
    )


class Catalog:
    """Every operation of one spec. `catalog()` is the pinned one; a tool or a test may build one
    from other tables (the same shape as `pylon_openapi.spec_tables.OPERATIONS`) and document."""

    def __init__(
        self,
        operations: Mapping[str, Mapping[str, Any]],
        document: Mapping[str, Any] | Callable[[], Mapping[str, Any]],
        search_filters: Mapping[str, Any] | None = None,
        version: str = "",
    ) -> None:
        self._table = operations
        self._document = document
        self._search_filters = search_filters or {}
        self._specs: dict[str, OperationSpec] = {}
        self.version = version

    @cached_property
    def document(self) -> Mapping[str, Any]:
        return self._document() if callable(self._document) else self._document

    def resolve(self, node: Mapping[str, Any]) -> JSON:
        """Follow `$ref`s within the document until a concrete node."""
        seen = 0
        while "$ref" in node and seen < 32:
            target: Any = self.document
            for part in str(node["$ref"]).lstrip("#/").split("/"):
                target = target[part]
            node, seen = target, seen + 1
        return dict(node)

    def __iter__(self) -> Iterator[OperationSpec]:
        return iter(self.operations())

    def __len__(self) -> int:
        return len(self._table)

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._table

    def operations(self) -> list[OperationSpec]:
        return [self.operation(operation_id) for operation_id in sorted(self._table)]

    def operation(self, operation_id: str) -> OperationSpec:
        """The operation called `operation_id`; `KeyError` when the spec has none."""
        spec = self._specs.get(operation_id)
        if spec is None:
            spec = self._specs[operation_id] = OperationSpec(
                self, operation_id, self._table[operation_id]
            )
        return spec

    @cached_property
    def _routes(self) -> Any:
        from ._routes import RouteTable

        return RouteTable.from_operations(self._table)

    def match(self, method: str, path: str) -> OperationSpec | None:
        """The operation a concrete request is (`GET /issues/iss_1` -> GetIssue), or None."""
        route = self._routes.match(method, path)
        return self.operation(route.operation_id) if route.operation_id else None


def _shipped_document() -> Mapping[str, Any]:
    from importlib import resources

    text = resources.files("pylon_openapi").joinpath("openapi.json").read_bytes()
    document: Mapping[str, Any] = json.loads(text)
    return document


@cache
def catalog() -> Catalog:
    """The operations of the pinned spec this SDK was generated from."""
    from pylon_openapi import spec_tables

    return Catalog(
        spec_tables.OPERATIONS,
        _shipped_document,
        spec_tables.SEARCH_FILTERS,
        spec_tables.SPEC_VERSION,
    )
