"""A small request-body validator for the subset of OpenAPI the spec's request schemas use.

The simulator cannot depend on jsonschema at run time (it is not a dependency of the SDK), and
the request schemas only use ``type``, ``required``, ``enum``, ``items``, ``properties``,
``additionalProperties`` and ``$ref``; this checks exactly those and names the offending field,
so a client sending a wrong body gets a 400 that says where.
"""

from __future__ import annotations

from typing import Any

# The JSON Schema type -> Python type facts, shared with pylon.spec (data, not SDK behaviour).
from pylon.spec import JSON_TYPES as _TYPES

from ._errors import bad_request
from ._spec import resolve


def validate(node: dict[str, Any], value: Any, where: str = "body") -> None:
    """Raise a 400 ``ApiError`` naming the first field of ``value`` that breaks ``node``."""
    node = resolve(node)
    kind = node.get("type") or ("object" if "properties" in node else None)
    if value is None:
        if kind is not None and not node.get("nullable"):
            raise bad_request(f"{where} must not be null")
        return
    if kind is not None:
        expected = _TYPES.get(kind, (object,))
        is_bool = isinstance(value, bool)
        if not isinstance(value, expected) or (is_bool and kind in ("integer", "number")):
            raise bad_request(f"{where} must be of type {kind}")
    if "enum" in node and value not in node["enum"]:
        raise bad_request(f"{where} must be one of {', '.join(map(str, node['enum']))}")
    if kind == "array":
        items = node.get("items")
        if items:
            for i, item in enumerate(value):
                validate(items, item, f"{where}[{i}]")
    if kind == "object" and isinstance(value, dict):
        props: dict[str, Any] = node.get("properties", {})
        for name in node.get("required", ()):
            if name not in value:
                raise bad_request(
                    f"{where}.{name} is required" if where != "body" else f"{name} is required"
                )
        extra = node.get("additionalProperties")
        for name, item in value.items():
            path = name if where == "body" else f"{where}.{name}"
            if name in props:
                validate(props[name], item, path)
            elif isinstance(extra, dict):
                validate(extra, item, path)
