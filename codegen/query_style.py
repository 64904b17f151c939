"""Make every generated request builder write its query string by the spec's `style`/`explode`.

openapi-python-client hands a dict of query parameters to httpx, and httpx repeats the key for each
item of a list: the OpenAPI default (`style: form, explode: true`) and nothing else. Its templates
do not see a parameter's style, so this step reads the styles from the spec and edits each
operation's `_get_kwargs`: the dict it builds is written into the URL by `query_string()` (from
`codegen/runtime/query_encoding.py`, copied into the package) with a literal table of that
operation's styles, instead of being passed to httpx as `params`.

The edit is made on lines found with `ast`, and it fails loudly when the generated code does not
have the shape it expects (a new generator version), rather than leaving a parameter unencoded.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from ._jsondoc import iter_operations, resolve_ref

RUNTIME = Path(__file__).resolve().parent / "runtime" / "query_encoding.py"
_IMPORT = "from ...query_encoding import query_string\n"
_COMMENT = "# Written by each parameter's spec style, not by httpx (codegen/query_style.py).\n"


def query_styles(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    """(style, explode) of each query parameter of `op`, with the OpenAPI defaults applied."""
    styles: dict[str, tuple[str, bool]] = {}
    for param in op.get("parameters", []):
        if "$ref" in param:
            param = resolve_ref(spec, param["$ref"])
        if param.get("in") == "query":
            style = param.get("style", "form")
            styles[param["name"]] = (style, bool(param.get("explode", style == "form")))
    return styles


class GeneratedShapeError(RuntimeError):
    """The generated request builder no longer looks the way this step expects."""


def _kwargs_parts(tree: ast.Module) -> tuple[ast.AnnAssign, ast.Dict, int]:
    """The `_kwargs = {...}` statement of `_get_kwargs`, its dict, and the index of "params"."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.AnnAssign)
                    and isinstance(stmt.target, ast.Name)
                    and stmt.target.id == "_kwargs"
                    and isinstance(stmt.value, ast.Dict)
                ):
                    keys = [
                        k.value if isinstance(k, ast.Constant) else None for k in stmt.value.keys
                    ]
                    if "params" in keys:
                        return stmt, stmt.value, keys.index("params")
    raise GeneratedShapeError("no `_kwargs = {..., 'params': params}` in _get_kwargs")


def _assigned_names(tree: ast.Module) -> set[str]:
    """The keys `_get_kwargs` assigns as `params["<name>"] = ...`."""
    return {
        target.slice.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Subscript)
        and isinstance(target.value, ast.Name)
        and target.value.id == "params"
        and isinstance(target.slice, ast.Constant)
    }


def encode_query_by_style(source: str, styles: dict[str, tuple[str, bool]]) -> str:
    """`source` (a generated endpoint module) with its query written by `styles`."""
    tree = ast.parse(source)
    stmt, table, index = _kwargs_parts(tree)
    styled = {n for n, style in styles.items() if style != ("form", True)}
    missing = styled - _assigned_names(tree)
    if missing:  # e.g. an object parameter the generator merged into the dict key by key
        raise GeneratedShapeError(f"parameters {sorted(missing)} are not set as params[name]")
    lines = source.splitlines(keepends=True)
    params_line = table.values[index].lineno - 1
    if lines[params_line].strip() != '"params": params,':
        raise GeneratedShapeError(f"unexpected line {lines[params_line]!r}")
    indent = " " * stmt.col_offset
    literal = repr({name: styles[name] for name in sorted(styles)})
    added = [indent + _COMMENT, f'{indent}_kwargs["url"] += query_string(params, {literal})\n']
    end = stmt.end_lineno or stmt.lineno
    out = lines[:params_line] + lines[params_line + 1 : end] + added + lines[end:]
    anchor = [i for i, line in enumerate(out) if line.startswith("from ...types import")]
    if not anchor:
        raise GeneratedShapeError("no `from ...types import` line to place the import before")
    out.insert(anchor[0], _IMPORT)
    return "".join(out)


def apply_query_styles(spec: dict[str, Any], package: Path) -> None:
    """Copy the encoder into `package` and route every operation's query through it."""
    shutil.copyfile(RUNTIME, package / "query_encoding.py")
    for _, _, op in iter_operations(spec):
        styles = query_styles(spec, op)
        if not styles:
            continue
        name = snake_case(op["operationId"])
        (path,) = sorted(package.glob(f"api/*/{name}.py"))
        try:
            path.write_text(encode_query_by_style(path.read_text(), styles))
        except GeneratedShapeError as exc:
            raise GeneratedShapeError(f"{op['operationId']} ({path.name}): {exc}") from None
