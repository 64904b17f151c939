"""The example workspace of examples/run_with_simulator.py, for tests that run documented code."""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def example_runner() -> Any:
    """examples/run_with_simulator.py as a module (examples/ is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(
        "run_with_simulator", EXAMPLES / "run_with_simulator.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def served_example_workspace(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The example workspace served on 127.0.0.1, with PYLON_BASE_URL and PYLON_API_KEY set to
    it, as `make demo` runs the examples: `Pylon()` with no arguments talks to it."""
    runner = example_runner()
    sim = runner.example_workspace()
    with sim.serve(port=0) as url:
        monkeypatch.setenv("PYLON_BASE_URL", url)
        monkeypatch.setenv("PYLON_API_KEY", runner.DEMO_KEY)
        yield sim
