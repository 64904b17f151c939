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


# The documented code runs with every documented rate-limit window this much shorter (a minute
# lasts 3 s), so an example that pages messages of dozens of issues at 20 a minute takes seconds,
# not minutes. Pacing at the real windows is proven by tests/jobs and tests/e2e; these tests prove
# that the documented code runs and does what the prose says.
EXAMPLE_TIME_SCALE = 0.05


def _scale_documented_limits(monkeypatch: pytest.MonkeyPatch, time_scale: float) -> None:
    """Every client made afterwards (`Pylon()` as the examples write it) paces itself to the
    documented limits with their windows scaled by `time_scale`."""
    from pylon_openapi.spec_tables import OPERATIONS

    from pylon import _transport
    from pylon._routes import RouteTable
    from pylon.testing import scaled_rate_limits

    limits = scaled_rate_limits(time_scale)
    table = RouteTable.from_operations(
        {op: {**spec, "rate_limit": limits.get(op)} for op, spec in OPERATIONS.items()}
    )
    monkeypatch.setattr(_transport, "default_routes", lambda: table)


@contextlib.contextmanager
def served_example_workspace(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The example workspace served on 127.0.0.1, with PYLON_BASE_URL and PYLON_API_KEY set to
    it, as `make demo` runs the examples: `Pylon()` with no arguments talks to it (with the
    documented limits' windows scaled by `EXAMPLE_TIME_SCALE`)."""
    _scale_documented_limits(monkeypatch, EXAMPLE_TIME_SCALE)
    runner = example_runner()
    sim = runner.example_workspace()
    with sim.serve(port=0) as url:
        monkeypatch.setenv("PYLON_BASE_URL", url)
        monkeypatch.setenv("PYLON_API_KEY", runner.DEMO_KEY)
        yield sim
