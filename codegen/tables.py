"""Emit the small tables the facade and the simulator read from the spec.

Everything the spec knows that the hand-written code needs at run time (operation routes, rate limits,
pagination style and bounds, the time window of GET /issues, filterable fields) is written here as
plain Python literals into generated/pylon_openapi/spec_tables.py, so nothing is typed again by hand
and importing it costs no JSON parsing.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from ._jsondoc import iter_operations
from .request_recipes import request_recipe

_PER_SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0}


def _module_of(package_dir: Path, operation_id: str) -> str:
    name = snake_case(operation_id)
    found = sorted(package_dir.glob(f"api/*/{name}.py"))
    if len(found) != 1:
        raise RuntimeError(f"expected one generated module for {operation_id}, found {found}")
    return f"{found[0].parent.name}.{name}"


def _renamed_arguments(package_dir: Path, module: str) -> dict[str, str]:
    """Spec parameter name -> the generated request builder's argument name, for the parameters
    the generator renamed (a name that clashes with Python's gets a trailing `_`: `type` ->
    `type_`). Read here, from the builder's source, so the facade's first call of an operation
    does not inspect the builder's signature."""
    source = (package_dir / "api" / Path(*module.split("."))).with_suffix(".py").read_text()
    builder = next(
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs"
    )
    names = [
        a.arg for a in (*builder.args.posonlyargs, *builder.args.args, *builder.args.kwonlyargs)
    ]
    spec_names = {
        name.rstrip("_") if name.rstrip("_") not in names else name: name for name in names
    }
    return {spec: argument for spec, argument in spec_names.items() if spec != argument}


def _schema_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if ref else None


def _data_model(spec: dict[str, Any], envelope: str | None) -> tuple[str | None, bool]:
    """The model of the envelope's `data` (what the facade returns) and whether it is a list."""
    if envelope is None:
        return None, False
    data = spec["components"]["schemas"][envelope].get("properties", {}).get("data", {})
    if data.get("type") == "array":
        return _schema_name(data.get("items", {})), True
    return _schema_name(data), False


def _operation_entry(
    spec: dict[str, Any], package_dir: Path, method: str, path: str, op: dict[str, Any]
) -> dict[str, Any]:
    rate = op.get("x-rate-limit")
    pagination = op.get("x-pagination")
    body = op.get("requestBody", {}).get("content", {})
    media = next(iter(body), None)
    success = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
    params = [p for p in op.get("parameters", []) if "$ref" not in p]
    envelope = _schema_name(success.get("schema", {}))
    data_model, data_is_list = _data_model(spec, envelope)
    module = _module_of(package_dir, op["operationId"])
    return {
        "method": method.upper(),
        "path": path,
        "tag": (op.get("tags") or [""])[0],
        "module": module,
        "arguments": _renamed_arguments(package_dir, module),
        # How the facade builds the request without importing the module (pylon._request_recipe).
        "request": request_recipe(package_dir, module),
        "summary": op.get("summary", ""),
        "rate_limit": (rate["requests"], _PER_SECONDS[rate["per"]]) if rate else None,
        "pagination": None
        if pagination is None
        else {
            "cursor": pagination["cursor"],
            "limit_min": (pagination.get("limit") or {}).get("minimum"),
            "limit_max": (pagination.get("limit") or {}).get("maximum"),
            "limit_default": (pagination.get("limit") or {}).get("default"),
        },
        "time_window": op.get("x-time-window"),
        "path_params": tuple(p["name"] for p in params if p["in"] == "path"),
        "query_params": tuple(p["name"] for p in params if p["in"] == "query"),
        "required_query": tuple(
            p["name"] for p in params if p["in"] == "query" and p.get("required")
        ),
        "body_media": media,
        "request_body": _schema_name(body.get(media, {}).get("schema", {})) if media else None,
        "response": envelope,
        "data_model": data_model,
        "data_is_list": data_is_list,
    }


def _filter_entry(op: dict[str, Any], resource: str) -> dict[str, Any]:
    facts = op["x-filter"]
    return {
        "resource": resource,
        "max_depth": facts.get("max_depth"),
        "custom_fields": facts["custom_fields"],
        "request_fields": tuple(facts.get("request_fields", ())),
        "fields": {
            name: {
                "operators": tuple(entry["operators"]),
                "type": entry["type"],
                "values": tuple(entry["values"]) if entry["values"] is not None else None,
                "open_values": entry["open_values"],
            }
            for name, entry in facts["fields"].items()
        },
    }


# Keys whose values are fixed sequences: stored as JSON arrays, handed out as tuples.
_TUPLE_KEYS = ("path_params", "query_params", "required_query", "rate_limit", "operators", "values",
               "request_fields")  # fmt: skip

_LOADER = '''"""Facts from spec/pylon-api.json that the facade and the simulator read at run time.

Written by `make generate` (codegen/tables.py); never edit by hand. The tables themselves are in
spec_tables.json beside this module: parsing JSON is about twenty times faster than executing the
same literals, and this module is imported by every program that imports pylon.
"""

import json
from importlib import resources
from typing import Any

_TUPLE_KEYS = frozenset(%(tuple_keys)r)


def _tuples(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: tuple(v) if k in _TUPLE_KEYS and isinstance(v, list) else _tuples(v) for k, v in node.items()}
    return node


_DATA = json.loads(resources.files(__name__.rpartition(".")[0]).joinpath("spec_tables.json").read_bytes())

SPEC_VERSION: str = _DATA["SPEC_VERSION"]
OPERATIONS: dict[str, dict[str, Any]] = _tuples(_DATA["OPERATIONS"])
SEARCH_FILTERS: dict[str, dict[str, Any]] = _tuples(_DATA["SEARCH_FILTERS"])
# Model class name -> its module under pylon_openapi.models (import one without importing all).
MODEL_MODULES: dict[str, str] = _DATA["MODEL_MODULES"]
'''


def render_tables(spec: dict[str, Any], package_dir: Path) -> tuple[str, str]:
    """(spec_tables.py, spec_tables.json) for the generated package."""
    operations: dict[str, Any] = {}
    filters: dict[str, Any] = {}
    for method, path, op in iter_operations(spec):
        operations[op["operationId"]] = _operation_entry(spec, package_dir, method, path, op)
        if "x-filter" in op:
            resource = path.strip("/").split("/")[0].replace("-", "_")
            filters[op["operationId"]] = _filter_entry(op, resource)
    models = {
        match.group(1): path.stem
        for path in sorted((package_dir / "models").glob("*.py"))
        for match in re.finditer(r"^class (\w+)\b", path.read_text(), re.M)
    }
    data = {
        "SPEC_VERSION": spec["info"]["version"],
        "OPERATIONS": operations,
        "SEARCH_FILTERS": filters,
        "MODEL_MODULES": models,
    }
    table = json.dumps(data, indent=1, sort_keys=True) + "\n"
    return _LOADER % {"tuple_keys": _TUPLE_KEYS}, table
