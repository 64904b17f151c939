"""Which operations each facade method sends: `"issues.search"` -> `("SearchIssues",)`.

Read from the methods themselves (each resource method names its operations with `@calls`), by
walking a client's resource groups and their sub-groups (`issues.messages`), so a new operation
reaches this table with no hand-written entry. Walking builds the resource objects (no I/O).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

__all__ = ["facade_operations"]

# Resource groups nest two levels at most (`accounts.activities`); a little more is harmless.
_MAX_DEPTH = 3


def facade_operations(client: Any) -> dict[str, tuple[str, ...]]:
    """`"group.method"` (and `"group.sub.method"`) -> the operation ids that method sends."""
    from ._client import BaseClient
    from ._resource import Resource, _MethodBase

    found: dict[str, tuple[str, ...]] = {}

    def visit(prefix: str, resource: Any, depth: int) -> None:
        for cls in type(resource).__mro__:
            for name, attr in vars(cls).items():
                key = f"{prefix}.{name}"
                if name.startswith("_") or key in found:
                    continue
                if isinstance(attr, _MethodBase) and attr.operations:
                    found[key] = attr.operations
                elif _is_group(attr) and depth < _MAX_DEPTH:
                    child = getattr(resource, name)
                    if isinstance(child, Resource):
                        visit(key, child, depth + 1)

    for name, attr in vars(BaseClient).items():
        if _is_group(attr):
            group = getattr(client, name)
            if isinstance(group, Resource):
                visit(name, group, 1)
    return found


def _is_group(attr: object) -> bool:
    """A cached property that builds a resource group (`-> IssuesResource[M]`): only those are
    built, never another lazily made part of the client (`raw`, `rate_limits`, ...)."""
    if not isinstance(attr, cached_property):
        return False
    returns = getattr(attr.func, "__annotations__", {}).get("return", "")
    return "Resource[" in str(returns)
