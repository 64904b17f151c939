"""Contract checking: every request the SDK sends and every response the simulator returns is
validated against spec/pylon-api.json with a third-party validator (`openapi_schema_validator`'s
OpenAPI 3.0 dialect, `$ref`s resolved through a `referencing` registry holding the spec).

`ContractTransport` wraps any httpx transport (here `sim.transport()`): it matches each request
to its operation by method and path template, checks the path and query parameters and the JSON
body against the operation's parameters and request body schema, sends it on, then checks the
response body against the schema documented for that status. Object schemas are *closed* (no
properties beyond those listed) so an invented or misspelled field fails too. Each problem names
the operation id and the offending field.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from pylon import Pylon
from pylon.testing import Simulator, seeded_simulator

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "pylon-api.json"
SPEC_URI = "urn:pylon-api"
API_KEY = "pylon_contract_key_0123456789"
BASE_URL = "https://api.usepylon.com"


def _close_objects(node: Any) -> None:
    if isinstance(node, dict):
        if "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for value in node.values():
            _close_objects(value)
    elif isinstance(node, list):
        for value in node:
            _close_objects(value)


@functools.cache
def spec() -> dict[str, Any]:
    return json.loads(SPEC_PATH.read_text())  # type: ignore[no-any-return]


@functools.cache
def registry() -> Registry:
    closed = copy.deepcopy(spec())
    _close_objects(closed["components"]["schemas"])
    return Registry().with_resource(SPEC_URI, Resource.from_contents(closed, DRAFT4))


@functools.cache
def validator(pointer: str) -> OAS30Validator:
    """A validator for the schema at `pointer` (a JSON pointer into the spec, or a `$ref`)."""
    ref = pointer if pointer.startswith("#") else f"#{pointer}"
    return OAS30Validator({"$ref": f"{SPEC_URI}{ref}"}, registry=registry())


@dataclass(frozen=True)
class Operation:
    id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    node: dict[str, Any]
    pointer: str


@functools.cache
def operations() -> tuple[Operation, ...]:
    found = []
    for template, item in spec()["paths"].items():
        regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
        for method, node in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                escaped = template.replace("~", "~0").replace("/", "~1")
                found.append(
                    Operation(
                        node["operationId"], method.upper(), template, re.compile(regex), node,
                        f"/paths/{escaped}/{method}",
                    )
                )  # fmt: skip
    # Literal segments win over parameters (/issues/search before /issues/{id}).
    return tuple(sorted(found, key=lambda op: op.template.count("{")))


def match(method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
    for op in operations():
        if op.method == method:
            found = op.pattern.match(path)
            if found:
                return op, found.groupdict()
    return None


def _coerce(value: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return value
    if kind == "boolean":
        return {"true": True, "false": False}.get(value, value)
    if kind == "array":
        return [_coerce(value, schema.get("items", {}))]
    return value


def _query_values(request: httpx.Request, param: dict[str, Any]) -> tuple[list[str], str | None]:
    """A query parameter's values read as its spec entry's style says, and what is wrong with
    how they were written. Only the styles the spec uses are read; any other fails loudly."""
    style = param.get("style", "form")
    explode = param.get("explode", style == "form")
    assert style == "form", f"the checker cannot read style {style!r} yet"
    name = param["name"]
    raw = [v for k, v in (p.partition("=")[::2] for p in request.url.query.decode().split("&"))
           if unquote_plus(k) == name]  # fmt: skip
    if explode or not raw:
        return [unquote_plus(v) for v in raw], None
    values = [unquote_plus(item) for item in raw[0].split(",")]
    if len(raw) > 1:
        return values, (
            f"written {len(raw)} times, but the spec declares style form, explode false "
            f"(one key, items separated by commas)"
        )
    return values, None


def _problems(op_id: str, where: str, pointer: str, instance: Any) -> list[str]:
    out = []
    for error in validator(pointer).iter_errors(instance):
        path = "/".join(str(p) for p in error.absolute_path) or "<root>"
        out.append(f"{op_id}: {where} field {path}: {error.message[:200]}")
    return out


def check_request(request: httpx.Request) -> tuple[str | None, list[str]]:
    """The operation id of a request and what is wrong with it."""
    found = match(request.method, request.url.path)
    if found is None:
        return None, [f"{request.method} {request.url.path}: no such operation in the spec"]
    op, path_values = found
    problems: list[str] = []
    params = op.node.get("parameters", [])
    for index, param in enumerate(params):
        where, name = param["in"], param["name"]
        pointer = f"{op.pointer}/parameters/{index}/schema"
        if where == "path":
            problems += _problems(op.id, "path", pointer, path_values.get(name))
        elif where == "query":
            values, problem = _query_values(request, param)
            if problem:
                problems.append(f"{op.id}: query field {name}: {problem}")
            if not values:
                if param.get("required"):
                    problems.append(f"{op.id}: query field {name}: required but missing")
                continue
            schema = param["schema"]
            value = (
                [_coerce(v, schema.get("items", {})) for v in values]
                if schema.get("type") == "array"
                else _coerce(values[0], schema)
            )
            problems += _problems(op.id, f"query {name}", pointer, value)
    known = {p["name"] for p in params if p["in"] == "query"}
    problems += [
        f"{op.id}: query field {n}: not in the spec" for n in request.url.params if n not in known
    ]
    problems += _check_body(op, request)
    return op.id, problems


def _check_body(op: Operation, request: httpx.Request) -> list[str]:
    body_spec = op.node.get("requestBody")
    content = request.content
    media = request.headers.get("content-type", "").split(";")[0].strip()
    if body_spec is None:
        return [f"{op.id}: body: the operation takes none"] if content else []
    if not content:
        return [f"{op.id}: body: required but empty"] if body_spec.get("required") else []
    if media not in body_spec["content"]:
        return [f"{op.id}: body: media type {media!r} not in {sorted(body_spec['content'])}"]
    if media != "application/json":
        return []  # multipart parts are checked by the media type and the simulator
    try:
        data = json.loads(content)
    except ValueError:
        return [f"{op.id}: body: not JSON"]
    escaped = media.replace("/", "~1")
    return _problems(op.id, "body", f"{op.pointer}/requestBody/content/{escaped}/schema", data)


def check_response(op_id: str, request: httpx.Request, response: httpx.Response) -> list[str]:
    found = match(request.method, request.url.path)
    assert found is not None
    op = found[0]
    responses = op.node["responses"]
    status = str(response.status_code)
    if status not in responses:
        return [f"{op_id}: response status {status} is not documented"]
    node = responses[status]
    pointer = f"{op.pointer}/responses/{status}"
    if "$ref" in node:
        pointer = node["$ref"].lstrip("#")
        node = spec()["components"]["responses"][node["$ref"].rsplit("/", 1)[-1]]
    if "application/json" not in node.get("content", {}):
        return []
    try:
        data = response.json()
    except ValueError:
        return [f"{op_id}: response {status} body is not JSON"]
    return _problems(
        op_id, f"response {status}", f"{pointer}/content/application~1json/schema", data
    )


@dataclass
class ContractTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Validates each request before passing it to `inner`, and each response after."""

    inner: Any
    problems: list[str] = field(default_factory=list)
    seen: list[tuple[str | None, int]] = field(default_factory=list)

    def _before(self, request: httpx.Request) -> str | None:
        request.read()
        op_id, problems = check_request(request)
        self.problems += problems
        return op_id

    def _after(self, op_id: str | None, request: httpx.Request, response: httpx.Response) -> None:
        self.seen.append((op_id, response.status_code))
        if op_id is not None:
            self.problems += check_response(op_id, request, response)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        op_id = self._before(request)
        response = self.inner.handle_request(request)
        response.read()
        self._after(op_id, request, response)
        return response  # type: ignore[no-any-return]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        op_id = self._before(request)
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self._after(op_id, request, response)
        return response  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def contract_sim() -> Simulator:
    return seeded_simulator(issues=30, accounts=6, contacts=12, seed=7)


@pytest.fixture
def contract(contract_sim: Simulator) -> Iterator[tuple[Pylon, ContractTransport]]:
    """A `Pylon` client whose every exchange with the simulator is validated."""
    transport = ContractTransport(contract_sim.transport())
    with Pylon(
        api_key=API_KEY, base_url=BASE_URL, transport=transport, rate_limit=False, max_retries=0
    ) as client:
        yield client, transport
