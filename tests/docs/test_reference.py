"""The API reference names every public name; `make docs` (strict) checks that each resolves."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "reference"


def _documented() -> set[str]:
    text = "".join(p.read_text() for p in REFERENCE.glob("*.md"))
    return set(re.findall(r"^::: ([\w.]+)$", text, re.M))


@pytest.mark.parametrize(
    "module",
    ["pylon", "pylon.filters", "pylon.webhooks", "pylon.testing", "pylon.hooks", "pylon.otel"],
)
def test_every_public_name_has_a_reference_entry(module: str) -> None:
    public = importlib.import_module(module).__all__
    missing = [name for name in public if f"{module}.{name}" not in _documented()]
    assert not missing, f"add to docs/reference/: {', '.join(f'::: {module}.{n}' for n in missing)}"


def test_every_generated_model_is_listed_once() -> None:
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "docs" / "_hooks.py")
    assert spec and spec.loader
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    from pylon_openapi import models

    listed = [name for names in hooks.grouped_models().values() for name in names]
    assert sorted(listed) == sorted(models.__all__)
    assert "::: pylon_openapi.models.Issue" in hooks.render()
