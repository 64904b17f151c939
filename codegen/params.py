"""Emit one TypedDict per request body: the keyword arguments each facade method accepts.

`client.issues.create(title=..., tags=[...])` is typed from the spec without typing any field again by
hand: the facade declares `**fields: Unpack[CreateIssueRequestParams]`, so type checkers and editors
know every field, its type and which are required, and a typo is caught before anything runs.
"""

from __future__ import annotations

from typing import Any

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _python_type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return "Mapping[str, Any] | Any"  # a plain dict or the generated model
    kind = schema.get("type")
    if schema.get("format") == "binary":
        return "Any"  # a File, bytes or a file object
    if kind == "array":
        return f"Sequence[{_python_type(schema.get('items', {}))}]"
    if kind == "object":
        return "Mapping[str, Any]"
    return _SCALARS.get(kind or "", "Any")


def render_params(spec: dict[str, Any], body_schemas: list[str]) -> str:
    schemas = spec["components"]["schemas"]
    out = [
        '"""Keyword arguments of each request body, for the facade\'s typed methods.\n\n'
        'Written by `make generate` (codegen/params.py); never edit by hand."""\n',
        "from collections.abc import Mapping, Sequence",
        "from typing import Any\n",
        "from typing_extensions import NotRequired, Required, TypedDict\n",
    ]
    for name in sorted(set(body_schemas)):
        schema = schemas[name]
        required = set(schema.get("required", []))
        out.append(f"\nclass {name}Params(TypedDict, total=False):")
        props = schema.get("properties", {})
        if not props:
            out.append("    pass")
        for field, prop in sorted(props.items()):
            wrapper = "Required" if field in required else "NotRequired"
            out.append(f"    {field}: {wrapper}[{_python_type(prop)}]")
    return "\n".join(out) + "\n"
