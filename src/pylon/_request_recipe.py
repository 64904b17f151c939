"""An operation's request, built from its recipe in the spec tables rather than by its generated module.

The recipe (`OPERATIONS[id]["request"]`) is what `make generate` read from the generated request
builder `_get_kwargs` (codegen/request_recipes.py): method, URL template and its path parameters,
the query parameters in the builder's order with their styles, the body's kind and headers.
`build_request` returns the same dict that builder returns for the same arguments, so a call does
not import the operation's module (finding, reading and running a file on each operation's first
call); `tests/contract/test_request_recipes.py` holds the two equal for every operation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from pylon_openapi.query_encoding import query_string
from pylon_openapi.types import UNSET

__all__ = ["build_request"]


def build_request(recipe: Mapping[str, Any], arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The httpx request arguments for `arguments`, keyed by the generated builder's argument
    names (as its own `_get_kwargs(**arguments)` takes them; `body` is the body model)."""
    url: str = recipe["url"]
    path = recipe["path"]
    if path:
        url = url.format_map({name: quote(str(arguments[arg]), safe="") for name, arg in path})
    query = recipe["query"]
    if query is not None:
        params = {}
        for name, arg in query:
            value = arguments.get(arg, UNSET)
            if value is not UNSET and value is not None:
                params[name] = value
        url += query_string(params, recipe["styles"])
    request: dict[str, Any] = {"method": recipe["method"], "url": url}
    kind = recipe["body"]
    if kind is not None:
        body = arguments.get("body", UNSET)
        if body is UNSET and recipe["body_required"]:
            raise TypeError(f"{recipe['method'].upper()} {recipe['url']}: a body is required")
        if body is not UNSET:
            request[kind] = body.to_dict() if kind == "json" else body.to_multipart()
    if recipe["headers"] is not None:
        request["headers"] = dict(recipe["headers"])
    return request
