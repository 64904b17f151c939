"""Normalise an upstream Pylon OpenAPI document into the project's own spec.

What it does, in order:
1. reads the facts upstream states only in prose (see _prose.py) into vendor extensions;
2. drops upstream prose (descriptions) and generator-specific keys (x-go-*, x-codegen-*), writing the
   project's own short summaries instead;
3. applies the reviewed corrections from spec/corrections.json, each with its reason.

The result keeps upstream's structure (paths, methods, parameters, bodies, schemas, enums, required
lists) byte-for-byte in meaning, so `spec-diff` against upstream shows only the listed corrections.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from . import _prose
from ._jsondoc import iter_operations, json_schema_of, resolve_ref

# Keys whose children are names chosen by the API (not schema keywords): never strip inside them.
_NAME_MAPS = frozenset(
    {"properties", "paths", "schemas", "responses", "content", "securitySchemes"}
)
_DROPPED_KEYS = frozenset({"description", "example", "examples", "title"})
_ACRONYMS = {"ai": "AI", "api": "API", "id": "ID", "ids": "IDs", "url": "URL", "crm": "CRM"}


def summary_for(operation_id: str) -> str:
    """The project's summary of an operation, derived from its id: "CreateIssueAIResponse" ->
    "Create issue AI response"."""
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z]|\b|$)|[A-Z]?[a-z]+|\d+", operation_id)
    out = [_ACRONYMS.get(w.lower(), w.lower()) for w in words]
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def _strip_prose(node: Any, parent_key: str | None = None) -> Any:
    if isinstance(node, list):
        return [_strip_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        is_name = parent_key in _NAME_MAPS
        if not is_name and (key in _DROPPED_KEYS or key.startswith(("x-go-", "x-codegen-"))):
            continue
        result[key] = _strip_prose(value, key if not is_name else None)
    return result


def _success_schema(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    try:
        schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    except KeyError:
        return {}
    return json_schema_of(document, schema) or {}


def _request_schema(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    content = operation.get("requestBody", {}).get("content", {})
    for media in ("application/json", "multipart/form-data"):
        if media in content:
            return json_schema_of(document, content[media].get("schema", {})) or {}
    return {}


def _field_type(
    document: dict[str, Any], item_schema: dict[str, Any], name: str, ops: list[str]
) -> str:
    """The value type a filter on `name` takes: from the operators, else from the result model."""
    if set(ops) & _prose.TIME_OPERATORS:
        return "datetime"
    prop = json_schema_of(document, item_schema.get("properties", {}).get(name, {})) or {}
    kind = prop.get("type")
    if kind == "array":
        kind = (json_schema_of(document, prop.get("items", {})) or {}).get("type")
    return {"boolean": "boolean", "integer": "number", "number": "number"}.get(kind or "", "string")


def pagination_facts(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    success = _success_schema(document, operation)
    if "pagination" not in success.get("properties", {}):
        return None
    query = {p["name"]: p for p in operation.get("parameters", []) if p.get("in") == "query"}
    body = _request_schema(document, operation).get("properties", {})
    if "cursor" in query:
        where, limit = "query", query.get("limit", {})
    elif "cursor" in body:
        where, limit = "body", body.get("limit", {})
    else:
        where, limit = None, {}
    return {"cursor": where, "limit": _prose.page_size_bounds(limit.get("description", ""))}


def _filter_facts(
    document: dict[str, Any], operation: dict[str, Any], max_depth: int | None
) -> dict[str, Any] | None:
    facts = _prose.filterable_fields(operation.get("description", ""))
    if facts is None:
        request = _request_schema(document, operation).get("properties", {})
        if "filter" in request:
            return None
        # A search that filters with its own body fields instead of a filter tree (feature requests).
        own = sorted(set(request) - {"cursor", "limit"})
        return {"custom_fields": False, "fields": {}, "max_depth": None, "request_fields": own}
    data = _success_schema(document, operation).get("properties", {}).get("data", {})
    item = json_schema_of(document, data.get("items", data)) or {}
    for name, entry in facts["fields"].items():
        entry["type"] = _field_type(document, item, name, entry["operators"])
    facts["max_depth"] = max_depth
    return facts


def _time_window(operation: dict[str, Any]) -> dict[str, Any] | None:
    params = {p["name"]: p for p in operation.get("parameters", [])}
    if "start_time" in params and "end_time" in params:
        days = _prose.window_days(params["start_time"].get("description", ""))
        if days:
            return {"start": "start_time", "end": "end_time", "max_days": days}
    return None


def extract_facts(upstream: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Per (method, path): the vendor extensions read from upstream's prose and structure."""
    filter_schema = upstream.get("components", {}).get("schemas", {}).get("Filter", {})
    subfilters = filter_schema.get("properties", {}).get("subfilters", {})
    max_depth = _prose.filter_max_depth(subfilters.get("description", ""))
    facts: dict[tuple[str, str], dict[str, Any]] = {}
    for method, path, operation in iter_operations(upstream):
        found = {
            "x-rate-limit": _prose.rate_limit(operation.get("description", "")),
            "x-pagination": pagination_facts(upstream, operation),
            "x-time-window": _time_window(operation),
            "x-filter": _filter_facts(upstream, operation, max_depth)
            if path.endswith("/search")
            else None,
        }
        facts[(method, path)] = {k: v for k, v in found.items() if v is not None}
    return facts


def _pointer_parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]


def _operation(document: dict[str, Any], spelled: str) -> dict[str, Any]:
    method, path = spelled.split(" ", 1)
    return document["paths"][path][method.lower()]  # type: ignore[no-any-return]


def _apply_operation_step(document: dict[str, Any], step: dict[str, Any]) -> None:
    operation = _operation(document, step["operation"])
    params = operation.setdefault("parameters", [])
    if step["op"] == "remove-parameter":
        kept = [p for p in params if p.get("name") != step["name"]]
        if len(kept) == len(params):
            raise KeyError(f"no parameter {step['name']!r} on {step['operation']}")
        operation["parameters"] = kept
    elif step["op"] == "add-parameter":
        if any(p.get("name") == step["value"]["name"] for p in params):
            raise KeyError(f"parameter {step['value']['name']!r} already on {step['operation']}")
        params.append(copy.deepcopy(step["value"]))
    elif step["op"] == "set-extension":
        operation[step["name"]] = copy.deepcopy(step["value"])
    else:
        raise ValueError(f"unknown correction step {step['op']!r}")


def apply_corrections(document: dict[str, Any], corrections: list[dict[str, Any]]) -> None:
    """Apply the reviewed corrections in order.

    A step is either operation-level ({"op": "remove-parameter" | "add-parameter" | "set-extension",
    "operation": "GET /contacts", ...}) or a JSON-patch step ({"op": "add" | "remove" | "replace",
    "path": "/servers/-", "value": ...}). A step that finds nothing to change is an error: a correction
    that upstream has since fixed must be removed, not silently skipped.
    """
    for correction in corrections:
        for step in correction["patch"]:
            if "operation" in step:
                _apply_operation_step(document, step)
                continue
            *parents, last = _pointer_parts(step["path"])
            node: Any = document
            for part in parents:
                node = node[int(part)] if isinstance(node, list) else node[part]
            op = step["op"]
            if isinstance(node, list):
                index = len(node) if last == "-" else int(last)
                if op == "add":
                    node.insert(index, copy.deepcopy(step["value"]))
                elif op == "remove":
                    del node[index]
                else:
                    node[index] = copy.deepcopy(step["value"])
            elif op == "remove":
                del node[last]
            else:
                if op == "replace" and last not in node:
                    raise KeyError(
                        f"correction {correction['id']}: nothing to replace at {step['path']}"
                    )
                node[last] = copy.deepcopy(step["value"])


def normalize(
    upstream: dict[str, Any], corrections: list[dict[str, Any]], upstream_version: str
) -> dict[str, Any]:
    """The project's spec for an upstream document (pure: the input is not modified)."""
    facts = extract_facts(upstream)
    document = _strip_prose(copy.deepcopy(upstream))
    document.pop("x-original-swagger-version", None)
    document["info"] = {
        "title": "Pylon API",
        "version": upstream_version,
        "description": "The Pylon customer-support API, as pinned by py-usepylon-sdk.",
    }
    for method, path, operation in iter_operations(document):
        operation["summary"] = summary_for(operation["operationId"])
        operation.update(facts[(method, path)])
        for status, response in operation.get("responses", {}).items():
            if "$ref" not in response:
                response["description"] = "Success" if status.startswith("2") else "Error"
    for response in document.get("components", {}).get("responses", {}).values():
        if "$ref" not in response:
            response["description"] = "Response"
    for scheme in document.get("components", {}).get("securitySchemes", {}).values():
        scheme["description"] = "A Pylon API token sent as a bearer token."
    apply_corrections(document, corrections)
    return document


__all__ = ["apply_corrections", "extract_facts", "normalize", "resolve_ref", "summary_for"]
