"""Post-process the generated models for parsing speed, without forking openapi-python-client.

The generator imports each model's nested models inside `from_dict`, so the import statements run on
every call: for an issue that is a dozen imports per item, about half the cost of parsing a page. This
step moves those imports to the end of the module, where they run once. At the end they still break
import cycles the way the generator intended: by then the module's own class exists, so a model that
imports this one back finds it.

It edits text by line ranges found with `ast`, so it only ever moves whole import statements.
"""

from __future__ import annotations

import ast
from pathlib import Path

_MARK = "# Imported once here rather than on every from_dict call (codegen/optimize.py).\n"


def _from_dict_imports(tree: ast.Module) -> list[ast.ImportFrom]:
    found: list[ast.ImportFrom] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "from_dict":
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.ImportFrom)
                    and stmt.level == 2
                    and (stmt.module or "").startswith("models.")
                ):
                    found.append(stmt)
    return found


def hoist_model_imports(source: str) -> str:
    imports = _from_dict_imports(ast.parse(source))
    if not imports:
        return source
    lines = source.splitlines(keepends=True)
    drop: set[int] = set()
    hoisted: list[str] = []
    for stmt in imports:
        names = ", ".join(alias.name for alias in stmt.names)
        statement = f"from ..{stmt.module} import {names}\n"
        if statement not in hoisted:
            hoisted.append(statement)
        drop.update(range(stmt.lineno - 1, (stmt.end_lineno or stmt.lineno)))
    kept = [line for index, line in enumerate(lines) if index not in drop]
    return "".join(kept).rstrip("\n") + "\n\n\n" + _MARK + "".join(sorted(hoisted))


def optimize_package(package: Path) -> None:
    for path in sorted((package / "models").glob("*.py")):
        text = path.read_text()
        new = hoist_model_imports(text)
        if new != text:
            path.write_text(new)
