"""What the simulator knows about the API, read from the pinned spec and its tables.

Nothing here is typed by hand: routes, pagination, rate limits and filter facts come from
``pylon_openapi.spec_tables``; response and request shapes come from the compact copy of the spec
shipped inside the generated package. Reading the spec (and not the facade) is what keeps the
simulator an independent party: if the facade and the spec disagree, the tests see it.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from dataclasses import dataclass, field
from typing import Any

from pylon_openapi import spec_tables

from ._query import QueryStyle, style_of

JSON = dict[str, Any]


@functools.cache
def spec_document() -> JSON:
    """The OpenAPI document, parsed once per process."""
    text = importlib.resources.files("pylon_openapi").joinpath("openapi.json").read_text("utf-8")
    doc: JSON = json.loads(text)
    return doc


def schemas() -> dict[str, JSON]:
    result: dict[str, JSON] = spec_document()["components"]["schemas"]
    return result


def resolve(node: JSON) -> JSON:
    """Follow ``$ref`` chains (schemas and responses) until a concrete node is reached."""
    doc = spec_document()
    while "$ref" in node:
        target: Any = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: JSON) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def schema(name: str) -> JSON:
    return schemas()[name]


def properties(name: str) -> dict[str, JSON]:
    props: dict[str, JSON] = schema(name).get("properties", {})
    return props


@dataclass(frozen=True)
class Operation:
    """One API operation with everything the simulator needs to serve it."""

    id: str
    method: str
    path: str
    segments: tuple[str, ...]
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    required_query: tuple[str, ...]
    pagination: dict[str, Any] | None
    time_window: dict[str, Any] | None
    rate_limit: tuple[int, float] | None
    body_media: str | None
    request_schema: str | None
    response_schema: str
    data_kind: str | None  # "object", "array" or None when the body has no ``data``
    entity: str | None  # schema name of the object(s) under ``data``
    paginated_response: bool  # the response schema has a ``pagination`` object
    documented_statuses: tuple[str, ...] = field(default=())
    # (style, explode) of each query parameter, as the spec declares it.
    query_styles: dict[str, QueryStyle] = field(default_factory=dict)

    @property
    def cursor_in(self) -> str | None:
        """Where the cursor travels ("query" or "body"), or None when there is no cursor."""
        return None if self.pagination is None else self.pagination.get("cursor")


def _data_shape(response_schema: str) -> tuple[str | None, str | None, bool]:
    props = properties(response_schema)
    data = props.get("data")
    paginated = "pagination" in props
    if data is None:
        return None, None, paginated
    if data.get("type") == "array":
        return "array", ref_name(data.get("items", {})), paginated
    return "object", ref_name(data), paginated


def _documented_statuses(method: str, path: str) -> tuple[str, ...]:
    op = spec_document()["paths"][path][method.lower()]
    return tuple(sorted(op.get("responses", {})))


def _query_styles(method: str, path: str) -> dict[str, QueryStyle]:
    op = spec_document()["paths"][path][method.lower()]
    parameters = (resolve(p) for p in op.get("parameters", []))
    return {p["name"]: style_of(p) for p in parameters if p.get("in") == "query"}


@functools.cache
def operations() -> dict[str, Operation]:
    """Every operation of ``spec_tables.OPERATIONS``, keyed by operation id."""
    result: dict[str, Operation] = {}
    for op_id, row in spec_tables.OPERATIONS.items():
        kind, entity, paginated = _data_shape(row["response"])
        result[op_id] = Operation(
            id=op_id,
            method=row["method"],
            path=row["path"],
            segments=tuple(s for s in row["path"].split("/") if s),
            path_params=tuple(row["path_params"]),
            query_params=tuple(row["query_params"]),
            required_query=tuple(row["required_query"]),
            pagination=row["pagination"],
            time_window=row["time_window"],
            rate_limit=row["rate_limit"],
            body_media=row["body_media"],
            request_schema=row["request_body"],
            response_schema=row["response"],
            data_kind=kind,
            entity=entity,
            paginated_response=paginated,
            documented_statuses=_documented_statuses(row["method"], row["path"]),
            query_styles=_query_styles(row["method"], row["path"]),
        )
    return result


def search_filters(op_id: str) -> dict[str, Any] | None:
    facts: dict[str, Any] | None = spec_tables.SEARCH_FILTERS.get(op_id)
    return facts
