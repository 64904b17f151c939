"""The GitHub workflows run the Makefile's targets (never their own copies of its commands), test
the Pythons the package declares, and publish only through trusted publishing.

Their schema is checked by `make check-repo-files` (check-jsonschema's bundled GitHub schemas);
this checks what a schema can't: that they agree with the Makefile, noxfile.py and pyproject.toml.
"""

from __future__ import annotations

import ast
import re
import shlex

try:
    import tomllib
except ImportError:  # Python 3.10: pytest brings tomli
    import tomli as tomllib  # type: ignore[no-redef]
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _load(path: Path) -> dict[str, Any]:
    # YAML reads the key `on` as True; only `jobs` matters here.
    document: dict[str, Any] = yaml.safe_load(path.read_text())
    return document


def _make_targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text()
    return set(re.findall(r"^([A-Za-z][\w-]*):(?!=)", makefile, re.M))


def _steps() -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{path.name}:{name}", step)
        for path in WORKFLOWS
        for name, job in _load(path)["jobs"].items()
        for step in job["steps"]
    ]


def test_there_are_workflows_for_each_job_of_the_project() -> None:
    assert {p.stem for p in WORKFLOWS} >= {"test", "lint", "docs", "release"}


@pytest.mark.parametrize(("where", "step"), _steps())
def test_every_run_step_is_a_make_target(where: str, step: dict[str, Any]) -> None:
    if "run" not in step:
        return
    words = shlex.split(step["run"])
    assert words[0] == "make", f"{where}: run a make target, not {step['run']!r}"
    targets = [w for w in words[1:] if "=" not in w]
    assert targets and set(targets) <= _make_targets(), f"{where}: unknown target in {words}"


def test_the_matrix_is_the_declared_pythons() -> None:
    test = _load(ROOT / ".github" / "workflows" / "test.yml")
    [job] = test["jobs"].values()
    in_ci = job["strategy"]["matrix"]["python-version"]
    noxfile = ast.parse((ROOT / "noxfile.py").read_text())
    [in_nox] = [
        ast.literal_eval(node.value)
        for node in noxfile.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "PYTHONS"
    ]
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert in_ci == in_nox
    assert requires == f">={in_ci[0]}"


def test_release_publishes_with_trusted_publishing_only() -> None:
    release = _load(ROOT / ".github" / "workflows" / "release.yml")
    publish = release["jobs"]["publish"]
    assert publish["permissions"] == {"id-token": "write"}
    [upload] = [s for s in publish["steps"] if "pypi-publish" in s.get("uses", "")]
    assert not upload.get("with", {}).get("password"), "trusted publishing needs no token"
    assert release["jobs"]["build"]["steps"][-2]["run"].startswith("make release-check")
