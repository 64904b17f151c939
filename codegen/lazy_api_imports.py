"""Post-process the generated operation modules so importing one is cheap.

A program's first call of an operation imports that operation's module (`pylon_openapi.api...`),
for its request builder `_get_kwargs`. As generated, the module imports its response models up
front (an attrs class each, built at import) and evaluates every annotation when its functions are
defined, though only `_parse_response` needs those models, and only when it runs. This step:

* adds `from __future__ import annotations`, so annotations are not evaluated at import;
* moves the import of every model that only annotations and `_parse_response` name under
  `if TYPE_CHECKING:` (type checkers still see it), and imports it inside `_parse_response`.

Models that `_get_kwargs` names (request bodies: `typing.get_type_hints(_get_kwargs)` must still
resolve them) or that other code uses at run time stay where they were. It edits text by the line
ranges `ast` gives, so it only ever moves whole import statements; the same input always gives the
same output.
"""

from __future__ import annotations

import ast
from pathlib import Path

_FUTURE = "from __future__ import annotations\n"
_PARSER = "_parse_response"
_BUILDER = "_get_kwargs"


class _RunTimeNames(ast.NodeVisitor):
    """The names a tree reads at run time: annotations are skipped (not evaluated any more)."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_Name(self, node: ast.Name) -> None:
        self.names.add(node.id)

    def visit_arg(self, node: ast.arg) -> None:
        return None  # an argument's annotation

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            if default is not None:
                self.visit(default)
        for stmt in node.body:
            self.visit(stmt)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self.visit(node.target)
        if node.value is not None:
            self.visit(node.value)


def _all_names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _run_time_names(nodes: list[ast.stmt]) -> set[str]:
    visitor = _RunTimeNames()
    for node in nodes:
        visitor.visit(node)
    return visitor.names


def defer_response_models(source: str) -> str:
    tree = ast.parse(source)
    if any(isinstance(n, ast.ImportFrom) and n.module == "__future__" for n in tree.body):
        return source  # already done
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    parser = functions.get(_PARSER)
    if parser is None:
        return source
    model_imports = [
        n
        for n in tree.body
        if isinstance(n, ast.ImportFrom) and n.level == 3 and (n.module or "").startswith("models.")
    ]
    others = [n for n in tree.body if n is not parser and n not in model_imports]
    needed = _run_time_names(others)
    if _BUILDER in functions:
        needed |= _all_names(functions[_BUILDER])
    in_parser = _run_time_names(parser.body)
    moved = [
        stmt
        for stmt in model_imports
        if not any((alias.asname or alias.name) in needed for alias in stmt.names)
    ]
    if not moved:
        return _FUTURE + source
    lines = source.splitlines(keepends=True)
    statements = {stmt: "".join(lines[stmt.lineno - 1 : stmt.end_lineno]) for stmt in moved}
    local = [
        text
        for stmt, text in statements.items()
        if any((alias.asname or alias.name) in in_parser for alias in stmt.names)
    ]
    first_body = parser.body[0]
    indent = " " * first_body.col_offset
    insert_at = first_body.lineno - 1
    drop = {i for stmt in moved for i in range(stmt.lineno - 1, stmt.end_lineno or stmt.lineno)}
    block_at = min(drop)
    out: list[str] = []
    for index, line in enumerate(lines):
        if index == block_at:
            out.append("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n")
            out.extend(
                "    " + "".join(statements[s]).replace("\n", "\n    ").rstrip(" ") for s in moved
            )
            out.append("\n")
        if index == insert_at:
            out.extend(indent + text.replace("\n", "\n" + indent).rstrip(" ") for text in local)
        if index not in drop:
            out.append(line)
    return _FUTURE + "".join(out)


def defer_package(package: Path) -> None:
    for path in sorted((package / "api").rglob("*.py")):
        if path.name == "__init__.py":
            continue
        text = path.read_text()
        new = defer_response_models(text)
        if new != text:
            path.write_text(new)
