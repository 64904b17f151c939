"""Which Pylon operation a concrete request is, and what that implies for retries and limits.

The transport sees only `POST /issues/iss_1/reply`. `RouteTable` maps that back to the
operation (`CreateIssueReply`), its documented rate limit and its retry class. The table comes
from the spec: `RouteTable.from_operations(pylon_openapi.spec_tables.OPERATIONS)`, so nothing
the spec knows is typed here again. Only the retry class of a few POST actions is a judgement the
spec cannot express, and it is listed in `IDEMPOTENT_ACTIONS`.

Templates are compiled into a segment tree once. Literal segments beat `{param}` segments, with
backtracking, so `POST /issues/search` is `SearchIssues` while `GET /issues/search` still finds
`GET /issues/{id}` if that is the only GET there, as Pylon's router would.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._response_info import OpClass

__all__ = ["IDEMPOTENT_ACTIONS", "Route", "RouteTable", "classify"]

IDEMPOTENT_ACTIONS = frozenset(
    {"SnoozeIssue", "AddIssueFollowers", "RedactMessage", "LinkExternalIssue"}
)
"""POST operations that set state rather than add to it: repeating one gives the same result."""

_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_IDEMPOTENT_METHODS = frozenset({"PATCH", "DELETE", "PUT"})
_OP_CLASSES: frozenset[str] = frozenset({"read", "idempotent", "create"})


def classify(method: str, path: str, operation_id: str | None = None) -> OpClass:
    """The retry class of an operation: GETs and `POST .../search` read, PATCH/DELETE and the
    listed actions are idempotent, every other POST creates."""
    method = method.upper()
    if method in _READ_METHODS:
        return "read"
    if method == "POST" and path.rstrip("/").endswith("/search"):
        return "read"
    if method in _IDEMPOTENT_METHODS or operation_id in IDEMPOTENT_ACTIONS:
        return "idempotent"
    return "create"


@dataclass(frozen=True)
class Route:
    """One operation: `operation_id` is None for a path the table does not know."""

    method: str
    template: str | None
    operation_id: str | None
    rate_limit: tuple[int, float] | None
    op_class: OpClass


@dataclass
class _Node:
    literals: dict[str, _Node] = field(default_factory=dict)
    param: _Node | None = None
    routes: dict[str, Route] = field(default_factory=dict)


def _segments(path: str) -> list[str]:
    path = path.split("?", 1)[0].strip("/")
    return path.split("/") if path else []


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


class RouteTable:
    """Maps (method, concrete path) to a `Route`. Build once; matching is lock-free."""

    def __init__(self, routes: Iterable[Route] = ()) -> None:
        self._root = _Node()
        self._routes: list[Route] = []
        for route in routes:
            self._add(route)

    def _add(self, route: Route) -> None:
        node = self._root
        for segment in _segments(route.template or ""):
            if _is_param(segment):
                node.param = node.param or _Node()
                node = node.param
            else:
                node = node.literals.setdefault(segment, _Node())
        if route.method in node.routes:
            raise ValueError(f"two operations for {route.method} {route.template}")
        node.routes[route.method] = route
        self._routes.append(route)

    @classmethod
    def from_operations(cls, operations: Mapping[str, Mapping[str, Any]]) -> RouteTable:
        """Build from the generator's `OPERATIONS`: operation id -> {"method", "path",
        "rate_limit": (requests, per_seconds) | [r, s] | {"requests", "per_seconds"} | None,
        optionally "op_class"}."""
        routes = []
        for operation_id, spec in operations.items():
            method = str(spec["method"]).upper()
            path = str(spec["path"])
            op_class = spec.get("op_class") or classify(method, path, operation_id)
            if op_class not in _OP_CLASSES:
                raise ValueError(f"{operation_id}: unknown op_class {op_class!r}")
            limit = _rate_limit(operation_id, spec.get("rate_limit"))
            routes.append(Route(method, path, operation_id, limit, op_class))
        return cls(routes)

    def match(self, method: str, path: str) -> Route:
        """The route for a concrete, still percent-encoded path (`raw_path`, query ignored)."""
        method = method.upper()
        found = _walk(self._root, _segments(path), 0, method)
        if found is not None:
            return found
        return Route(method, None, None, None, classify(method, path.split("?", 1)[0]))

    def __iter__(self) -> Iterator[Route]:
        return iter(self._routes)

    def __len__(self) -> int:
        return len(self._routes)

    def __repr__(self) -> str:
        return f"RouteTable({len(self._routes)} operations)"


def _walk(node: _Node, segments: list[str], index: int, method: str) -> Route | None:
    if index == len(segments):
        return node.routes.get(method)
    segment = segments[index]
    child = node.literals.get(segment)
    if child is not None:
        found = _walk(child, segments, index + 1, method)
        if found is not None:
            return found
    if node.param is not None and segment:
        return _walk(node.param, segments, index + 1, method)
    return None


def _rate_limit(operation_id: str, value: object) -> tuple[int, float] | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        value = (value.get("requests"), value.get("per_seconds"))
    if isinstance(value, tuple | list) and len(value) == 2:
        requests, per = value
        if (
            isinstance(requests, int)
            and not isinstance(requests, bool)
            and requests > 0
            and isinstance(per, int | float)
            and math.isfinite(per)
            and per > 0
        ):
            return (requests, float(per))
    raise ValueError(f"{operation_id}: rate_limit must be (requests, per_seconds), got {value!r}")
