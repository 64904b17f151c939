"""Every public resource method, as `help()`, `inspect.signature` and a user's editor see it.

The walk starts at the client's resource groups and follows their sub-resources, so a group or
method added later is covered without editing this file. Generated methods are checked parameter
by parameter against the spec (path parameters positional, query parameters and body fields as
keywords with the spec's types); hand-written ones must still state real parameters, the
operations they send, their rate limits and what they raise.
"""

from __future__ import annotations

import inspect
import json
import pydoc
import re
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import httpx
import pytest
from pylon_openapi.spec_tables import OPERATIONS

from pylon import NOT_GIVEN, AsyncPylon, Pylon
from pylon._bound_models import AccountActions, IssueActions
from pylon._resource import Resource, _MethodBase
from pylon.resources import _generated

SPEC = json.loads((Path(__file__).resolve().parents[2] / "spec" / "pylon-api.json").read_text())
PAGING = {"limit", "cursor", "max_items"}
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def new_client() -> Pylon:
    return Pylon(api_key="k" * 20, base_url="http://127.0.0.1:9", transport=httpx.MockTransport(
        lambda request: httpx.Response(500)))  # fmt: skip


def resources(root: Any, prefix: str = "client") -> dict[str, Resource[Any]]:
    """Every resource reachable from `root`, by its dotted path (`client.issues.messages`)."""
    found: dict[str, Resource[Any]] = {}
    for name, attr in inspect.getmembers(type(root)):
        if isinstance(attr, cached_property) and not name.startswith("_"):
            value = getattr(root, name)
            if isinstance(value, Resource):
                path = f"{prefix}.{name}"
                found[path] = value
                found.update(resources(value, path))
    return found


def methods(cls: type) -> dict[str, _MethodBase]:
    return {
        name: attr
        for name, attr in inspect.getmembers(cls)
        if isinstance(attr, _MethodBase) and not name.startswith("_")
    }


@cache
def all_methods() -> list[tuple[str, Any, _MethodBase]]:
    client = new_client()
    out = []
    for path, resource in sorted(resources(client).items()):
        for name, method in sorted(methods(type(resource)).items()):
            out.append((f"{path}.{name}", getattr(resource, name), method))
    client.close()
    return out


def ids() -> list[str]:
    return [where for where, _, _ in all_methods()]


def test_the_walk_finds_every_group_and_many_methods() -> None:
    groups = {where.split(".")[1] for where in ids()}
    assert len(groups) == 24
    assert len(all_methods()) > 110


@pytest.mark.parametrize("where", ids())
def test_signature_is_real(where: str) -> None:
    _, bound, _method = next(m for m in all_methods() if m[0] == where)
    signature = inspect.signature(bound)
    kinds = {p.kind for p in signature.parameters.values()}
    assert inspect.Parameter.VAR_KEYWORD not in kinds, f"{where} hides its keywords in **kwargs"
    assert inspect.Parameter.VAR_POSITIONAL not in kinds
    assert "self" not in signature.parameters
    assert "<object object" not in str(signature)
    for parameter in signature.parameters.values():
        assert parameter.annotation is not inspect.Parameter.empty, f"{where}: {parameter.name}"
    # Compared without whitespace: pydoc wraps a long signature one parameter a line from Python
    # 3.13 on, and wraps the docstring on every version.
    shown = re.sub(r"\s+", "", pydoc.render_doc(bound, renderer=pydoc.plaintext))
    assert re.sub(r"\s+", "", f"{where.rsplit('.', 1)[1]}{signature}") in shown


@pytest.mark.parametrize("where", ids())
def test_docstring_says_what_it_does_its_rate_limit_and_what_it_raises(where: str) -> None:
    _, bound, method = next(m for m in all_methods() if m[0] == where)
    doc = bound.__doc__ or ""
    assert len(doc.splitlines()[0]) > 10, f"{where} has no docstring"
    assert method.operations, f"{where} names no operation"
    for op_id in method.operations:
        requests, per = OPERATIONS[op_id]["rate_limit"]
        unit = {1.0: "second", 60.0: "minute", 3600.0: "hour"}[per]
        assert f"{requests} requests per {unit}" in doc, f"{where}: rate limit of {op_id}"
    assert "Raises" in doc
    assert "RELIABILITY" not in doc and "DESIGN" not in doc


def test_every_operation_is_served_by_a_method() -> None:
    served = {op for _, _, method in all_methods() for op in method.operations}
    assert served == set(OPERATIONS)


def spec_operation(op_id: str) -> dict[str, Any]:
    entry = OPERATIONS[op_id]
    return SPEC["paths"][entry["path"]][entry["method"].lower()]  # type: ignore[no-any-return]


def body_schema(op: dict[str, Any]) -> dict[str, Any]:
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if content is None:
        return {}
    return SPEC["components"]["schemas"][content["schema"]["$ref"].rsplit("/", 1)[1]]  # type: ignore[no-any-return]


def expected_type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        target = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        if target.get("type") in SCALARS or "enum" in target:
            return SCALARS.get(target.get("type", ""), "str")
        return schema["$ref"].rsplit("/", 1)[1]
    if schema.get("type") == "array":
        return f"Sequence[{expected_type(schema.get('items', {}))}"
    return SCALARS.get(schema.get("type", ""), "Mapping[str, Any]")


GENERATED = [
    where
    for where, _, method in all_methods()
    if method._function.__module__ == _generated.__name__
]


@pytest.mark.parametrize("where", GENERATED)
def test_generated_method_matches_the_spec(where: str) -> None:
    _, bound, method = next(m for m in all_methods() if m[0] == where)
    (op_id,) = method.operations
    op = spec_operation(op_id)
    parameters = inspect.signature(bound).parameters.values()
    positional = [p for p in parameters if p.kind is p.POSITIONAL_ONLY]
    keywords = {p.name: p for p in parameters if p.kind is not p.POSITIONAL_ONLY}
    spec_params = [p for p in op.get("parameters", []) if "$ref" not in p]
    path = [p for p in spec_params if p["in"] == "path"]
    required_query = [
        p
        for p in spec_params
        if p["in"] == "query" and p.get("required") and p["name"] not in PAGING
    ]
    body = body_schema(op) if "filter" not in keywords else {}  # a search's body is its filter
    assert len(positional) == len(path) + len(required_query) + (1 if body else 0), where
    if body:
        assert positional[-1].name == "body"
    optional_query = {
        p["name"]: p
        for p in spec_params
        if p["in"] == "query" and not (p.get("required") and p["name"] not in PAGING)
    }
    expected = set(optional_query) | set(body.get("properties", {}))
    extras = set(keywords) - expected
    assert extras <= PAGING | {"filter", "description"}, f"{where}: {extras}"
    assert expected - PAGING <= set(keywords), f"{where} lacks {expected - set(keywords)}"
    for name, schema in body.get("properties", {}).items():
        parameter = keywords[name]
        assert parameter.default is NOT_GIVEN
        assert str(parameter.annotation).startswith(expected_type(schema)), (where, name)


def test_bound_model_helpers_are_documented_and_real() -> None:
    for cls in (IssueActions, AccountActions):
        for name, method in methods(cls).items():
            assert method.operations and "Raises" in (method.__doc__ or ""), name
            signature = method.__signature__
            assert all(p.kind is not p.VAR_KEYWORD for p in signature.parameters.values()), name


@pytest.mark.parametrize("cls", [Pylon, AsyncPylon])
def test_client_public_methods_are_documented(cls: type) -> None:
    for name, attr in inspect.getmembers(cls):
        if name.startswith("_"):
            continue
        function = attr.fget if isinstance(attr, property) else attr
        function = getattr(function, "func", function)  # cached_property
        if callable(function) or isinstance(attr, cached_property):
            assert inspect.getdoc(attr) or inspect.getdoc(function), f"{cls.__name__}.{name}"


@pytest.mark.parametrize("cls", ["SyncPager", "AsyncPager", "Page", "RawResponse", "NotGiven"])
def test_public_helpers_are_documented(cls: str) -> None:
    import pylon

    target = getattr(pylon, cls)
    assert inspect.getdoc(target)
    for name, attr in vars(target).items():
        if not name.startswith("_") and (callable(attr) or isinstance(attr, property)):
            assert inspect.getdoc(attr), f"{cls}.{name}"


# Hand-written parameters that are not spec names, each for a stated reason.
CONVENIENCES = {
    "text": "plain text, sent as escaped body_html (reply, note)",
    "days": "issues.list: the last N days",
    "since": "issues.list: the window's start, split into 30-day windows",
    "until": "issues.list / snooze: a datetime or date, sent as RFC 3339",
    "number": "issues.get_by_number: the issue number, sent as the id",
    "file_name": "uploads: the name of the file part",
    "content_type": "uploads: the media type of the file part",
    "user_id": "issues.assign: the assignee (Pylon's assignee_id), as the plan names it",
}

HAND_WRITTEN = [
    where
    for where, _, method in all_methods()
    if method._function.__module__ != _generated.__name__
]


def spec_names(op_id: str) -> set[str]:
    op = spec_operation(op_id)
    names = {p["name"] for p in op.get("parameters", []) if "$ref" not in p}
    names |= set(body_schema(op).get("properties", {}))
    form = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
    return names | set(form.get("schema", {}).get("properties", {}))


@pytest.mark.parametrize("where", HAND_WRITTEN)
def test_hand_written_method_parameters_are_spec_names_or_stated_conveniences(where: str) -> None:
    _, bound, method = next(m for m in all_methods() if m[0] == where)
    parameters = inspect.signature(bound).parameters.values()
    named = {p.name for p in parameters if p.kind is not p.POSITIONAL_ONLY}
    known = set().union(*(spec_names(op) for op in method.operations))
    assert named - known - PAGING <= set(CONVENIENCES), where


def test_a_resource_binds_each_method_once() -> None:
    """`client.issues.get` is made on first access and then read from the resource itself, with
    the same name, signature and docs as before."""
    client = Pylon(api_key="k" * 20, base_url="http://127.0.0.1:9")
    first = client.issues.get
    assert client.issues.get is first
    assert first.__name__ == "get" and "Rate limit" in (first.__doc__ or "")
    assert next(iter(inspect.signature(first).parameters)) == "issue_id"
    client.close()


def test_a_method_under_two_names_is_bound_afresh_each_time() -> None:
    """Only the one attribute name a method was defined as may hold its bound form: a method
    also reachable under another name is never stored under either."""
    from pylon._resource import SyncMode, api_method

    def flow(self: Any) -> Any:
        return (yield None)

    class Two(Resource[SyncMode]):
        one = two = api_method(flow)

    client = Pylon(api_key="k" * 20, base_url="http://127.0.0.1:9")
    resource = Two(client)
    before = dict(vars(resource))
    assert resource.one is not resource.one
    assert resource.two is not resource.two
    assert vars(resource) == before  # nothing stored, under any name
    client.close()
