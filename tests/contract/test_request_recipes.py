"""The facade's request builder against the generated ones, for every operation in the spec tables.

The facade builds requests from each operation's recipe in the spec tables
(`pylon._request_recipe`) instead of importing the operation's generated module; the generated
`_get_kwargs` stays the reference (and what `client.raw` uses). Both are called here on the same
arguments (ids that need quoting, every query parameter set and unset, every query style, JSON
bodies filled from the spec, multipart bodies with a file) and must return equal dicts, so a
regeneration that changes the generated builders fails here rather than making the two differ.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import io
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pylon_openapi.spec_tables import OPERATIONS
from pylon_openapi.types import UNSET, File

from pylon._operations import model_class, operation
from pylon._request_recipe import build_request

# Ids with characters a path segment must quote: a slash, a space, a query mark, non-ASCII.
PATH_VALUES = ("a/b c?é", "x%2F{y}#z")


def _builder(op_id: str) -> Any:
    module = importlib.import_module(f"pylon_openapi.api.{OPERATIONS[op_id]['module']}")
    return module._get_kwargs


def _query_value(annotation: str, seed: int) -> Any:
    """A value of the builder's annotated type, with text that needs escaping."""
    if annotation.startswith("list["):
        return ["a,b", f"c d&{seed}", "é"]
    if annotation.startswith("bool"):
        return seed % 2 == 0
    if annotation.startswith("int"):
        return 7 + seed
    if annotation.startswith("str"):
        return f"v a&l=u/é {seed}"
    raise AssertionError(f"no sample for a query parameter of type {annotation}")


@functools.cache
def _schemas() -> dict[str, Any]:
    spec = json.loads((Path(__file__).parents[2] / "spec" / "pylon-api.json").read_text())
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def _sample(schema: dict[str, Any], depth: int = 0) -> Any:
    """A spec-valid JSON value for `schema`: every property filled down to a few levels, then
    the required ones and empty lists (the filter schemas nest themselves)."""
    if "$ref" in schema:
        return _sample(_schemas()[schema["$ref"].rsplit("/", 1)[-1]], depth)
    if "enum" in schema:
        return schema["enum"][-1]
    kind = schema.get("type")
    if kind == "array":
        return [] if depth > 3 else [_sample(schema.get("items", {}), depth + 1)]
    if kind == "object":
        required = set(schema.get("required", ()))
        properties = schema.get("properties", {}).items()
        return {k: _sample(sub, depth + 1) for k, sub in properties if depth <= 3 or k in required}
    samples = {"string": "text é/&", "integer": 3, "number": 1.5, "boolean": True}
    return samples.get(kind)


def _body(op_id: str) -> Any:
    recipe = operation(op_id).request_recipe
    if recipe["body"] == "json":
        return model_class(recipe["body_model"]).from_dict(
            _sample({"$ref": f"#/components/schemas/{recipe['body_model']}"})
        )
    model = model_class(recipe["body_model"])
    fields = {
        name: File(payload=io.BytesIO(b"\x00bytes"), file_name="a b.txt", mime_type="text/plain")
        if "File" in str(parameter.annotation)
        else f"field {name}"
        for name, parameter in inspect.signature(model).parameters.items()
        if name != "additional_properties"
    }
    return model(**fields)


def argument_sets(op_id: str) -> Iterator[dict[str, Any]]:
    """Arguments for the generated builder: path ids, then the query parameters all unset, all
    set, None, and each alone, with and without the body when the body is optional."""
    parameters = inspect.signature(_builder(op_id)).parameters
    path = {
        name: PATH_VALUES[i % len(PATH_VALUES)]
        for i, (name, p) in enumerate(parameters.items())
        if p.kind is p.POSITIONAL_OR_KEYWORD
    }
    query = {
        name: p for name, p in parameters.items() if p.kind is p.KEYWORD_ONLY and name != "body"
    }
    required = {name for name, p in query.items() if p.default is inspect.Parameter.empty}
    all_set = {
        name: _query_value(str(p.annotation), i) for i, (name, p) in enumerate(query.items())
    }
    variants = [
        {name: value for name, value in all_set.items() if name in required},
        all_set,
        {name: None if name not in required else all_set[name] for name in query},
        *(
            {n: v for n, v in all_set.items() if n == name or n in required}
            for name in query
            if name not in required
        ),
    ]
    bodies: list[dict[str, Any]] = [{}]
    if "body" in parameters:
        bodies = [{"body": _body(op_id)}]
        if parameters["body"].default is not inspect.Parameter.empty:
            bodies.append({})
    for variant in variants:
        for body in bodies:
            yield {**path, **variant, **body}


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_the_recipe_builds_what_the_generated_builder_builds(op_id: str) -> None:
    generated, recipe = _builder(op_id), operation(op_id).request_recipe
    for arguments in argument_sets(op_id):
        assert build_request(recipe, arguments) == generated(**arguments), arguments


def test_the_samples_reach_every_query_style_and_body_kind() -> None:
    """The comparison above is only as good as what it covers."""
    recipes = [operation(op_id).request_recipe for op_id in OPERATIONS]
    styles = {tuple(s) for r in recipes for s in (r["styles"] or {}).values()}
    assert styles == {("form", True), ("form", False)}
    assert {r["body"] for r in recipes} == {None, "json", "files"}
    assert any(r["body_required"] for r in recipes)
    assert any(r["query"] and r["path"] for r in recipes)


def test_a_required_body_left_out_is_refused_by_both() -> None:
    op_id = next(o for o in OPERATIONS if operation(o).request_recipe["body_required"])
    with pytest.raises(TypeError):
        _builder(op_id)()
    with pytest.raises(TypeError):
        build_request(operation(op_id).request_recipe, {})


def test_unset_is_left_out_as_none_is() -> None:
    recipe = operation("DeleteTrainingDataDocuments").request_recipe
    built = build_request(recipe, {"id": "t 1", "document_ids": UNSET, "external_ids": ["a", "b"]})
    assert built == {"method": "delete", "url": "/training-data/t%201/documents?external_ids=a,b"}


def test_a_facade_call_imports_no_generated_operation_module() -> None:
    """Calls with a path id, a query and a JSON body, in a fresh process: none of them imports
    `pylon_openapi.api.<tag>.<operation>`, or even the package (only `client.raw` needs them)."""
    script = textwrap.dedent(
        """
        import json, sys
        import httpx
        from pylon import Pylon

        def answer(request):
            if request.url.path.endswith("/issues"):
                data = [{"id": "1", "title": "t"}]
            else:
                data = {"id": "1", "title": "t"}
            return httpx.Response(200, json={"data": data, "request_id": "r"})

        client = Pylon(
            api_key="k" * 20,
            base_url="http://127.0.0.1:9",
            rate_limit=False,
            transport=httpx.MockTransport(answer),
        )
        assert client.issues.get("a/b c").title == "t"
        client.issues.update("1", title="new")
        assert [i.title for i in client.issues.list(days=1)] == ["t"]
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("pylon_openapi.api"))))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(done.stdout) == []
