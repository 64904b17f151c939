"""Every query parameter goes on the wire in the style its spec entry declares.

The walk covers every array query parameter of spec/pylon-api.json: it builds the request with the
generated request builder (what `client.raw` and the facade both use), sends it through a real httpx
client, and reads the query string back the way a server that follows the document would.
"""

from __future__ import annotations

import importlib
import inspect
from enum import Enum
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

# The argument names come from the generator's own snake_case; openapi-python-client needs Python
# 3.11 or newer, so on 3.10 (supported by the SDK, not by its code generator) this module skips.
pytest.importorskip("openapi_python_client", reason="the code generator needs Python >= 3.11")

from openapi_python_client.strings import snake_case
from pylon_openapi import spec_tables
from pylon_openapi.query_encoding import QueryStyleError, query_string

from codegen.query_style import encode_query_by_style
from pylon import Pylon
from tests.spec.conftest import SPEC_PATH

# Items chosen to break a careless encoder: a space, a comma inside an item, a non-ASCII letter.
ITEMS = ["doc one", "a,b", "é"]
DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _query_params() -> list[tuple[str, dict[str, Any]]]:
    import json

    spec = json.loads(SPEC_PATH.read_text())
    return [
        (op["operationId"], param)
        for item in spec["paths"].values()
        for op in item.values()
        for param in op.get("parameters", [])
        if param["in"] == "query"
    ]


ARRAY_PARAMS = [
    (op_id, p["name"], p.get("style", "form"), p.get("explode", p.get("style", "form") == "form"))
    for op_id, p in _query_params()
    if p["schema"].get("type") == "array"
]
# A value of each scalar type, and how it must look on the wire.
SCALARS = {"string": ("a b,c/é", "a%20b%2Cc%2F%C3%A9"), "integer": (25, "25"),
           "boolean": (True, "true")}  # fmt: skip
SCALAR_PARAMS = [
    (op_id, p["name"], p["schema"]["type"])
    for op_id, p in _query_params()
    if p["schema"].get("type") in SCALARS
]


def test_the_walk_covers_the_documented_explode_false_parameters() -> None:
    names = {(op, name) for op, name, _, explode in ARRAY_PARAMS if not explode}
    assert ("DeleteTrainingDataDocuments", "document_ids") in names
    assert ("DeleteTrainingDataDocuments", "external_ids") in names


def _argument(parameters: Any, api_name: str) -> str:
    """The generated builder's argument for an API parameter (`type` becomes `type_`)."""
    snake = snake_case(api_name)
    found = [n for n in (api_name, snake, f"{snake}_") if n in parameters]
    assert found, f"no argument for {api_name} in {list(parameters)}"
    return found[0]


def _send(op_id: str, values: dict[str, Any]) -> httpx.Request:
    """The request the generated builder of `op_id` makes, as httpx puts it on the wire."""
    entry = spec_tables.OPERATIONS[op_id]
    module = importlib.import_module(f"pylon_openapi.api.{entry['module']}")
    parameters = inspect.signature(module._get_kwargs).parameters
    arguments = {_argument(parameters, k): v for k, v in values.items()}
    for name in (*entry["path_params"], *entry["required_query"]):
        arguments.setdefault(_argument(parameters, name), "x")
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))
    with httpx.Client(base_url="https://api.example.test", transport=transport) as client:
        client.request(**module._get_kwargs(**arguments))
    return sent[0]


def _values_read(query: bytes, name: str) -> list[str]:
    """The raw (still encoded) values of `name`, in order, as a server splits the query."""
    pairs = [part.split("=", 1) for part in query.decode("ascii").split("&") if part]
    return [value for key, value in pairs if unquote(key) == name]


@pytest.mark.parametrize(("op_id", "name", "style", "explode"), ARRAY_PARAMS)
def test_array_query_parameter_wire_form(op_id: str, name: str, style: str, explode: bool) -> None:
    request = _send(op_id, {name: list(ITEMS)})
    values = _values_read(request.url.query, name)
    if explode:
        assert [unquote(v) for v in values] == ITEMS, request.url
    else:
        # One key; the delimiter written literally, so it is the only thing a server splits on.
        assert len(values) == 1, f"{op_id}.{name}: repeated key in {request.url}"
        assert [unquote(v) for v in values[0].split(DELIMITERS[style])] == ITEMS, request.url


def test_every_query_parameter_is_walked() -> None:
    walked = {(op, name) for op, name, *_ in ARRAY_PARAMS + SCALAR_PARAMS}  # type: ignore[operator]
    assert walked == {(op_id, p["name"]) for op_id, p in _query_params()}


@pytest.mark.parametrize(("op_id", "name", "kind"), SCALAR_PARAMS)
def test_scalar_query_parameter_wire_form(op_id: str, name: str, kind: str) -> None:
    value, wire = SCALARS[kind]
    request = _send(op_id, {name: value})
    assert _values_read(request.url.query, name) == [wire], request.url


def test_facade_sends_document_ids_in_the_documented_style() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": {"success": True}, "request_id": "r"})

    with Pylon(api_key="k", transport=httpx.MockTransport(answer), max_retries=0) as client:
        client.training_data.delete_documents("td-1", document_ids=["d1", "d2"])
    assert sent[0].url.query == b"document_ids=d1,d2"


@pytest.mark.parametrize(
    ("params", "styles", "expected"),
    [
        ({}, {}, ""),
        ({"a": None}, {}, ""),
        ({"a": []}, {"a": ("form", False)}, ""),
        ({"a": ["x", "y"]}, {}, "?a=x&a=y"),
        ({"a": ["x", "y"]}, {"a": ("form", False)}, "?a=x,y"),
        ({"a": ["x y", "z"]}, {"a": ("spaceDelimited", False)}, "?a=x%20y%20z"),
        ({"a": ["x", "y|z"]}, {"a": ("pipeDelimited", False)}, "?a=x%7Cy%7Cz"),
        ({"a": {"r": 1, "g": 2}}, {"a": ("form", True)}, "?r=1&g=2"),
        ({"a": {"r": 1, "g": 2}}, {"a": ("form", False)}, "?a=r,1,g,2"),
        ({"a": {"r": 1}}, {"a": ("deepObject", True)}, "?a%5Br%5D=1"),
        ({"on": True, "off": False, "n": 3}, {}, "?on=true&off=false&n=3"),
        ({"t": "2024-01-01T00:00:00Z"}, {}, "?t=2024-01-01T00%3A00%3A00Z"),
    ],
)
def test_query_string_by_style(params: dict[str, Any], styles: Any, expected: str) -> None:
    assert query_string(params, styles) == expected


def test_query_string_writes_enum_values() -> None:
    class Color(str, Enum):
        RED = "red"

    assert query_string({"c": [Color.RED]}, {"c": ("form", False)}) == "?c=red"


@pytest.mark.parametrize(
    ("value", "style"),
    [(["x"], ("deepObject", True)), ({"k": "v"}, ("pipeDelimited", False))],
)
def test_query_string_rejects_a_value_its_style_cannot_hold(value: Any, style: Any) -> None:
    with pytest.raises(QueryStyleError, match="query parameter 'a'"):
        query_string({"a": value}, {"a": style})


def test_codegen_fails_loudly_on_an_unexpected_request_builder() -> None:
    from codegen.query_style import GeneratedShapeError

    with pytest.raises(GeneratedShapeError):
        encode_query_by_style("def _get_kwargs():\n    return {}\n", {"a": ("form", False)})
