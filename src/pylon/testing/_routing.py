"""Map a request's method and path to an operation of the route table.

Routes come from ``spec_tables.OPERATIONS`` only. When several templates match a path, the one
whose *earliest differing* segment is a literal wins, so ``POST /issues/search`` beats
``/issues/{id}`` and ``/training-data/upload`` beats ``/training-data/{id}`` — what any
real router does. Path segments are percent-decoded *after* splitting, so an encoded ``/`` stays
inside its segment (and ``%2E%2E`` is an id, not a parent directory).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from ._spec import Operation, operations


@dataclass(frozen=True)
class Match:
    operation: Operation
    params: dict[str, str]


def _specificity(op: Operation) -> tuple[int, ...]:
    # 0 for a literal segment, 1 for a parameter: the lexicographically smallest wins.
    return tuple(1 if seg.startswith("{") else 0 for seg in op.segments)


class Router:
    """Resolves ``(method, path)``; built once from the route table."""

    def __init__(self, ops: dict[str, Operation] | None = None) -> None:
        table = operations() if ops is None else ops
        self._by_length: dict[int, list[Operation]] = {}
        for op in sorted(table.values(), key=_specificity):
            self._by_length.setdefault(len(op.segments), []).append(op)

    def match(self, method: str, path: str) -> Match | None:
        parts = [unquote(p) for p in path.split("?", 1)[0].strip("/").split("/")] if path else []
        parts = [p for p in parts if p != ""] if path.strip("/") else []
        method = method.upper()
        for op in self._by_length.get(len(parts), ()):
            if op.method != method:
                continue
            params: dict[str, str] = {}
            for seg, part in zip(op.segments, parts, strict=True):
                if seg.startswith("{"):
                    params[seg[1:-1]] = part
                elif seg != part:
                    break
            else:
                return Match(op, params)
        return None
