"""Contract check: every simulator response validates against the spec's response schema.

The spec's schemas leave ``additionalProperties`` open; the check closes it on every object
schema that lists properties, so an invented field fails too. A mismatch names the operation,
the status and the offending field path.
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

from openapi_schema_validator import OAS30Validator

from pylon.testing import RequestRecord, SimResponse
from pylon.testing._spec import operations, spec_document


def _close(node: Any) -> None:
    if isinstance(node, dict):
        if "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for value in node.values():
            _close(value)
    elif isinstance(node, list):
        for value in node:
            _close(value)


@functools.cache
def _components() -> dict[str, Any]:
    components = copy.deepcopy(spec_document()["components"])
    _close(components["schemas"])
    return components


@functools.cache
def _validator(schema_ref: str) -> OAS30Validator:
    return OAS30Validator({"$ref": schema_ref, "components": _components()})


def schema_ref(operation: str | None, status: int) -> str | None:
    """The ``$ref`` of the response schema documented for this operation and status."""
    if operation is None:
        return "#/components/schemas/ErrorApiResponseBody"
    op = operations()[operation]
    node = spec_document()["paths"][op.path][op.method.lower()]["responses"].get(str(status))
    if node is None:
        return "#/components/schemas/ErrorApiResponseBody" if status >= 400 else None
    while "$ref" in node and "/responses/" in node["$ref"]:
        node = spec_document()["components"]["responses"][node["$ref"].rsplit("/", 1)[-1]]
    ref: str = node["content"]["application/json"]["schema"]["$ref"]
    return ref


def check(record: RequestRecord, response: SimResponse) -> list[str]:
    """Problems with one response (empty when it conforms)."""
    if response.fault is not None:
        return []  # an injected fault is not the simulator's own answer
    ref = schema_ref(record.operation, response.status)
    where = f"{record.operation or record.path} {response.status}"
    if ref is None:
        return [f"{where}: status not documented"]
    try:
        body = json.loads(response.body)
    except ValueError:
        return [f"{where}: body is not JSON"]
    problems = []
    for error in _validator(ref).iter_errors(body):
        path = "/".join(str(p) for p in error.absolute_path) or "<root>"
        problems.append(f"{where}: field {path}: {error.message[:200]}")
    if "request_id" not in body:
        problems.append(f"{where}: no request_id")
    return problems


class ContractRecorder:
    """Attach to a simulator; ``problems`` collects every non-conforming response."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.checked: set[tuple[str | None, int]] = set()

    def __call__(self, record: RequestRecord, response: SimResponse) -> None:
        self.problems.extend(check(record, response))
        if response.fault is None:
            self.checked.add((record.operation, response.status))
