"""Read each generated request builder (`_get_kwargs`) into a recipe the facade builds requests from.

The facade would otherwise import an operation's generated module on that operation's first call,
only to run its request builder: the import system finding, reading and executing one file, which
was most of what a cold client's first call paid over a warm one. The builders are uniform (a method,
a URL with quoted path parameters, a query string written by `query_string`, a JSON or multipart
body with its Content-Type), so their facts fit in the spec tables, and `pylon._request_recipe`
builds the same dict from them. The generated builders stay the reference: `client.raw` uses them,
and a contract test compares both builders on every operation.

Every statement of a builder is matched against the shapes below, and anything else stops the
generation (`GeneratedShapeError`), so a new generator version cannot make the two silently differ.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from .query_style import GeneratedShapeError

_QUOTED = "quote(str({}), safe='')"
_DROP_UNSET = "{k: v for k, v in params.items() if v is not UNSET and v is not None}"
_BODY_CALLS = {"json": "to_dict", "files": "to_multipart"}


def _builder(source: str) -> ast.FunctionDef:
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
            return node
    raise GeneratedShapeError("no _get_kwargs")


def _key(target: ast.expr, container: str) -> str | None:
    """`"name"` of a `container["name"]` target, else None."""
    if (
        isinstance(target, ast.Subscript)
        and isinstance(target.value, ast.Name)
        and target.value.id == container
        and isinstance(target.slice, ast.Constant)
        and isinstance(target.slice.value, str)
    ):
        return target.slice.value
    return None


def _is_unset_check(test: ast.expr, name: str) -> bool:
    return ast.unparse(test) == f"not isinstance({name}, Unset)"


class _Recipe:
    def __init__(self, builder: ast.FunctionDef) -> None:
        args = builder.args
        self.positional = [a.arg for a in (*args.posonlyargs, *args.args)]
        self.keyword = [a.arg for a in args.kwonlyargs]
        self.body_annotation = next(
            (a.annotation for a in args.kwonlyargs if a.arg == "body"), None
        )
        self.aliases: dict[str, str] = {}  # json_x -> x (the generator's copy of a list argument)
        self.facts: dict[str, Any] = {
            "method": None,
            "url": None,
            "path": [],
            "query": None,
            "styles": None,
            "body": None,
            "body_model": None,
            "body_required": False,
            "headers": None,
        }
        self.params: list[list[str]] = []
        self.header_values: dict[str, str] = {}

    def read(self, statements: list[ast.stmt]) -> None:
        for stmt in statements:
            self._statement(stmt)

    def _statement(self, stmt: ast.stmt) -> None:
        text = ast.unparse(stmt)
        if text in ("headers: dict[str, Any] = {}", "params: dict[str, Any] = {}"):
            return
        if text == "return _kwargs":
            return
        if text == "_kwargs['headers'] = headers":
            self.facts["headers"] = self.header_values
            return
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            self._annotated(stmt, stmt.target.id, text)
            return
        if isinstance(stmt, ast.If):
            self._conditional(stmt, text)
            return
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            self._assignment(stmt.targets[0], stmt.value, text)
            return
        if isinstance(stmt, ast.AugAssign) and _key(stmt.target, "_kwargs") == "url":
            self._query_string(stmt.value, text)
            return
        raise GeneratedShapeError(f"unexpected statement in _get_kwargs: {text}")

    def _annotated(self, stmt: ast.AnnAssign, name: str, text: str) -> None:
        if (
            name.startswith("json_")
            and stmt.value is not None
            and ast.unparse(stmt.value) == "UNSET"
        ):
            return  # the declaration of a list argument's copy, set by the `if` that follows
        if name == "_kwargs" and isinstance(stmt.value, ast.Dict):
            keys = [ast.literal_eval(k) if k is not None else None for k in stmt.value.keys]
            entries = dict(zip(keys, stmt.value.values, strict=True))
            if set(entries) != {"method", "url"}:
                raise GeneratedShapeError(f"unexpected _kwargs keys: {text}")
            self.facts["method"] = ast.literal_eval(entries["method"])
            self._url(entries["url"], text)
            return
        raise GeneratedShapeError(f"unexpected declaration in _get_kwargs: {text}")

    def _url(self, node: ast.expr, text: str) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            self.facts["url"] = node.value
            return
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and isinstance(node.func.value, ast.Constant)
            and not node.args
        ):
            self.facts["url"] = node.func.value.value
            for keyword in node.keywords:
                argument = next(
                    (a for a in self.positional if ast.unparse(keyword.value) == _QUOTED.format(a)),
                    None,
                )
                if keyword.arg is None or argument is None:
                    raise GeneratedShapeError(f"unexpected path parameter in {text}")
                self.facts["path"].append([keyword.arg, argument])
            return
        raise GeneratedShapeError(f"unexpected url in {text}")

    def _conditional(self, stmt: ast.If, text: str) -> None:
        inner = stmt.body[0] if len(stmt.body) == 1 and not stmt.orelse else None
        if not isinstance(inner, ast.Assign) or len(inner.targets) != 1:
            raise GeneratedShapeError(f"unexpected condition in _get_kwargs: {text}")
        target, value = inner.targets[0], inner.value
        # `if not isinstance(x, Unset): json_x = x`: the copy is the argument itself.
        if (
            isinstance(target, ast.Name)
            and isinstance(value, ast.Name)
            and target.id == f"json_{value.id}"
            and _is_unset_check(stmt.test, value.id)
        ):
            self.aliases[target.id] = value.id
            return
        if _key(target, "_kwargs") in _BODY_CALLS and _is_unset_check(stmt.test, "body"):
            self._body(target, value, text, required=False)
            return
        raise GeneratedShapeError(f"unexpected condition in _get_kwargs: {text}")

    def _assignment(self, target: ast.expr, value: ast.expr, text: str) -> None:
        name = _key(target, "params")
        if name is not None and isinstance(value, ast.Name):
            argument = self.aliases.get(value.id, value.id)
            if argument not in self.keyword:
                raise GeneratedShapeError(f"unexpected query value in {text}")
            self.params.append([name, argument])
            return
        if isinstance(target, ast.Name) and target.id == "params":
            if ast.unparse(value) != _DROP_UNSET:
                raise GeneratedShapeError(f"unexpected query filter: {text}")
            return
        header = _key(target, "headers")
        if header is not None and isinstance(value, ast.Constant) and isinstance(value.value, str):
            self.header_values[header] = value.value
            return
        if _key(target, "_kwargs") in _BODY_CALLS:
            self._body(target, value, text, required=True)
            return
        raise GeneratedShapeError(f"unexpected assignment in _get_kwargs: {text}")

    def _body(self, target: ast.expr, value: ast.expr, text: str, *, required: bool) -> None:
        kind = _key(target, "_kwargs")
        assert kind is not None
        if ast.unparse(value) != f"body.{_BODY_CALLS[kind]}()" or self.body_annotation is None:
            raise GeneratedShapeError(f"unexpected body in {text}")
        annotation = self.body_annotation
        if isinstance(annotation, ast.BinOp):  # `Model | Unset`
            annotation = annotation.left
        if not isinstance(annotation, ast.Name):
            raise GeneratedShapeError(f"unexpected body annotation in {text}")
        self.facts.update(body=kind, body_model=annotation.id, body_required=required)

    def _query_string(self, value: ast.expr, text: str) -> None:
        if (
            isinstance(value, ast.Call)
            and ast.unparse(value.func) == "query_string"
            and len(value.args) == 2
            and ast.unparse(value.args[0]) == "params"
        ):
            self.facts["query"] = self.params
            self.facts["styles"] = ast.literal_eval(value.args[1])
            return
        raise GeneratedShapeError(f"unexpected query string in {text}")

    def result(self) -> dict[str, Any]:
        if self.facts["method"] is None:
            raise GeneratedShapeError("_get_kwargs builds no `_kwargs = {...}`")
        if self.params and self.facts["query"] is None:
            raise GeneratedShapeError("_get_kwargs sets query parameters it never writes")
        if sorted(a for _, a in self.facts["path"]) != sorted(self.positional):
            raise GeneratedShapeError("_get_kwargs has positional arguments outside its URL")
        return self.facts


def recipe_from_source(source: str) -> dict[str, Any]:
    """The facts of the request builder in `source` (a generated operation module)."""
    builder = _builder(source)
    recipe = _Recipe(builder)
    recipe.read(builder.body)
    return recipe.result()


def request_recipe(package_dir: Path, module: str) -> dict[str, Any]:
    """The facts of `module`'s request builder (`module` as in the spec tables: `issues.get_issue`)."""
    source = (package_dir / "api" / Path(*module.split("."))).with_suffix(".py").read_text()
    try:
        return recipe_from_source(source)
    except GeneratedShapeError as exc:
        raise GeneratedShapeError(f"{module}: {exc}") from None
