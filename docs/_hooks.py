"""MkDocs hook: lists the generated models on reference/models.md, grouped by API area.

A model belongs to the first area (alphabetically) whose operations import it in
generated/pylon_openapi/api/<area>/; models no operation imports directly (nested objects, shared
parts) are listed last. Written at build time from generated/, so a regenerated client documents
itself and nothing here needs editing.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

GENERATED = Path(__file__).resolve().parents[1] / "generated" / "pylon_openapi"
PLACEHOLDER = "<!-- generated models -->"
_MODEL_IMPORT = re.compile(r"from \.\.\.models\.\w+ import (\w+)")


def _all_models() -> list[str]:
    tree = ast.parse((GENERATED / "models" / "__init__.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__all__":
            return list(ast.literal_eval(node.value))
    raise RuntimeError("pylon_openapi.models has no __all__")


def grouped_models() -> dict[str, list[str]]:
    models = set(_all_models())
    groups: dict[str, list[str]] = {}
    placed: set[str] = set()
    for area in sorted(p for p in (GENERATED / "api").iterdir() if p.is_dir()):
        used = {
            name
            for module in area.glob("*.py")
            for name in _MODEL_IMPORT.findall(module.read_text())
            if name in models and name not in placed
        }
        if used:
            groups[area.name.replace("_", " ").strip().capitalize()] = sorted(used)
            placed |= used
    groups["Shared and nested models"] = sorted(models - placed)
    return groups


def render() -> str:
    lines: list[str] = []
    for title, names in grouped_models().items():
        lines += [f"## {title}", ""]
        lines += [f"::: pylon_openapi.models.{name}\n" for name in names]
    return "\n".join(lines)


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if PLACEHOLDER in markdown:
        return markdown.replace(PLACEHOLDER, render())
    return markdown
