"""Report what changed between two Pylon OpenAPI documents.

Works on an upstream document or the project's own spec alike: both are first read into a flat view of
each operation (parameters, request fields, response fields with their types, enums and required flags,
rate limit, page-size bounds), then compared. Each change says whether it can break existing callers.
Changes that one of spec/corrections.json's entries explains are marked with that correction's id.

    python -m codegen.spec_diff OLD NEW [--json] [--corrections spec/corrections.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import _prose
from ._jsondoc import iter_operations, load_document, resolve_ref
from .normalize import pagination_facts

_MAX_DEPTH = 8


@dataclass(frozen=True)
class Change:
    operation: str  # "GET /issues", or "" for document-level changes
    kind: str  # e.g. "operation-removed", "response-field-retyped"
    subject: str  # the parameter, field path or extension concerned
    detail: str
    breaking: bool
    correction: str | None = None
    # Component schemas the changed field is reached through (to attribute schema corrections).
    schemas: tuple[str, ...] = ()

    def line(self) -> str:
        mark = "BREAKING" if self.breaking else "ok      "
        why = f"  [correction: {self.correction}]" if self.correction else ""
        where = f"{self.operation} " if self.operation else ""
        return f"  {mark} {where}{self.kind}: {self.subject} {self.detail}{why}".rstrip()


def _type_of(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return "object:" + schema["$ref"].rsplit("/", 1)[-1]
    kind = schema.get("type", "any")
    fmt = schema.get("format")
    return f"{kind}({fmt})" if fmt else kind


def _flatten(
    document: dict[str, Any],
    schema: dict[str, Any],
    prefix: str,
    out: dict[str, dict[str, Any]],
    seen: tuple[str, ...],
) -> None:
    """Record every field below `schema` as "a.b[].c" -> {type, enum, required}."""
    if "$ref" in schema:
        name = schema["$ref"]
        if name in seen or len(seen) >= _MAX_DEPTH:
            return  # recursive schemas (Filter.subfilters) are compared once
        _flatten(document, resolve_ref(document, name), prefix, out, (*seen, name))
        return
    if schema.get("type") == "array" and "items" in schema:
        _flatten(document, schema["items"], prefix + "[]", out, seen)
    if isinstance(schema.get("additionalProperties"), dict):
        _flatten(document, schema["additionalProperties"], prefix + "{}", out, seen)
    required = set(schema.get("required", []))
    for name, prop in schema.get("properties", {}).items():
        path = f"{prefix}.{name}" if prefix else name
        target = resolve_ref(document, prop["$ref"]) if "$ref" in prop else prop
        out[path] = {
            "type": _type_of(prop) if "$ref" not in prop else _type_of(target),
            "enum": sorted(map(str, target.get("enum", []))),
            "required": name in required,
            "via": tuple(ref.rsplit("/", 1)[-1] for ref in seen),
        }
        _flatten(document, prop, path, out, seen)


def _body_schema(content: dict[str, Any]) -> dict[str, Any]:
    for media in ("application/json", "multipart/form-data"):
        if media in content:
            return content[media].get("schema", {})  # type: ignore[no-any-return]
    return {}


def describe(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The flat, comparable view of every operation of a document."""
    view: dict[str, dict[str, Any]] = {}
    for method, path, operation in iter_operations(document):
        params = {
            f"{p['in']}:{p['name']}": {
                "type": _type_of(p.get("schema", {})),
                "enum": sorted(map(str, p.get("schema", {}).get("enum", []))),
                "required": bool(p.get("required")),
            }
            for p in (
                resolve_ref(document, p["$ref"]) if "$ref" in p else p
                for p in operation.get("parameters", [])
            )
        }
        request: dict[str, dict[str, Any]] = {}
        _flatten(
            document,
            _body_schema(operation.get("requestBody", {}).get("content", {})),
            "",
            request,
            (),
        )
        responses: dict[str, dict[str, Any]] = {}
        for status, response in operation.get("responses", {}).items():
            fields: dict[str, dict[str, Any]] = {}
            _flatten(document, _body_schema(response.get("content", {})), "", fields, ())
            responses.update({f"{status}:{k}": v for k, v in fields.items()})
        rate = operation.get("x-rate-limit") or _prose.rate_limit(operation.get("description", ""))
        view[f"{method.upper()} {path}"] = {
            "params": params,
            "request": request,
            "responses": responses,
            "rate_limit": f"{rate['requests']}/{rate['per']}" if rate else None,
            "page_size": (
                operation.get("x-pagination") or pagination_facts(document, operation) or {}
            ).get("limit"),
        }
    return view


def _compare_fields(
    op: str, area: str, old: dict[str, Any], new: dict[str, Any], input_side: bool
) -> list[Change]:
    """Compare two flat field maps. Inputs (params, request fields) and outputs break differently."""
    changes: list[Change] = []

    def change(kind: str, name: str, detail: str, breaking: bool) -> None:
        via = (old.get(name) or new.get(name) or {}).get("via", ())
        changes.append(Change(op, f"{area}-{kind}", name, detail, breaking, schemas=via))

    for name in sorted(old.keys() - new.keys()):
        change("removed", name, "", True)
    for name in sorted(new.keys() - old.keys()):
        breaking = input_side and new[name]["required"]
        change("added", name, "(required)" if breaking else "", breaking)
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        if a["type"] != b["type"]:
            change("retyped", name, f"{a['type']} -> {b['type']}", True)
        if a["required"] != b["required"]:
            now = "required" if b["required"] else "optional"
            change(f"now-{now}", name, "", b["required"] if input_side else not b["required"])
        added, removed = set(b["enum"]) - set(a["enum"]), set(a["enum"]) - set(b["enum"])
        if added:
            # New values in responses parse anyway: the generated enums keep unknown values.
            change("enum-added", name, str(sorted(added)), False)
        if removed:
            change("enum-removed", name, str(sorted(removed)), input_side)
    return changes


def _rate(value: str | None) -> float:
    if value is None:
        return float("inf")
    count, per = value.split("/")
    return int(count) / {"second": 1, "minute": 60, "hour": 3600}[per]


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    a, b = describe(old), describe(new)
    changes = [Change(op, "operation-removed", op, "", True) for op in sorted(a.keys() - b.keys())]
    changes += [Change(op, "operation-added", op, "", False) for op in sorted(b.keys() - a.keys())]
    for op in sorted(a.keys() & b.keys()):
        x, y = a[op], b[op]
        changes += _compare_fields(op, "parameter", x["params"], y["params"], True)
        changes += _compare_fields(op, "request-field", x["request"], y["request"], True)
        changes += _compare_fields(op, "response-field", x["responses"], y["responses"], False)
        if x["rate_limit"] != y["rate_limit"]:
            slower = _rate(y["rate_limit"]) < _rate(x["rate_limit"])
            detail = f"{x['rate_limit']} -> {y['rate_limit']}"
            changes.append(Change(op, "rate-limit-changed", "x-rate-limit", detail, slower))
        if x["page_size"] != y["page_size"]:
            detail = f"{x['page_size']} -> {y['page_size']}"
            smaller = (y["page_size"] or {}).get("maximum", 0) < (x["page_size"] or {}).get(
                "maximum", 0
            )
            changes.append(Change(op, "page-size-changed", "x-pagination", detail, smaller))
    return changes


def _correction_subjects(corrections: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(operation, subject) pairs that each correction is known to change; ("schema", Name) for a
    correction that patches a component schema."""
    subjects: dict[tuple[str, str], str] = {}
    for correction in corrections:
        for step in correction["patch"]:
            if "operation" not in step:
                parts = step.get("path", "").split("/")
                if parts[1:3] == ["components", "schemas"] and len(parts) > 3:
                    subjects[("schema", parts[3])] = correction["id"]
                continue
            name = step.get("name") or step.get("value", {}).get("name", "")
            if step["op"].endswith("parameter"):
                location = step.get("value", {}).get("in", "query")
                subjects[(step["operation"], f"{location}:{name}")] = correction["id"]
            else:
                subjects[(step["operation"], name)] = correction["id"]
    return subjects


def explain(changes: list[Change], corrections: list[dict[str, Any]]) -> list[Change]:
    """Mark the changes that a listed correction accounts for."""
    subjects = _correction_subjects(corrections)

    def why(c: Change) -> str | None:
        direct = subjects.get((c.operation, c.subject))
        # The innermost schema on the field's path is the one whose fields changed.
        return direct or (subjects.get(("schema", c.schemas[-1])) if c.schemas else None)

    return [Change(**{**asdict(c), "correction": why(c)}) for c in changes]


def render(changes: list[Change], old_name: str, new_name: str) -> str:
    if not changes:
        return f"No structural differences between {old_name} and {new_name}.\n"
    breaking = sum(c.breaking and not c.correction for c in changes)
    corrected = sum(c.correction is not None for c in changes)
    head = (
        f"{len(changes)} change(s) from {old_name} to {new_name}: {breaking} breaking, "
        f"{corrected} explained by listed corrections.\n"
    )
    return head + "\n".join(c.line() for c in changes) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spec-diff", description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--corrections", default=str(Path("spec/corrections.json")))
    args = parser.parse_args(argv)
    old, _ = load_document(args.old)
    new, _ = load_document(args.new)
    corrections_path = Path(args.corrections)
    corrections = json.loads(corrections_path.read_text()) if corrections_path.exists() else []
    changes = explain(diff(old, new), corrections)
    if args.json:
        json.dump(
            [{k: v for k, v in asdict(c).items() if k != "schemas"} for c in changes],
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(changes, args.old, args.new))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
