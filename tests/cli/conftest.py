"""Every CLI test runs with its own config folder and none of the caller's PYLON_* settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pylon.testing import Simulator, seeded_simulator


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config_home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config_home))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in list(os.environ):
        if name.startswith("PYLON_") or name == "NO_COLOR":
            monkeypatch.delenv(name)
    return config_home / "pylon" / "config.toml"


KEY = "pylon_CANARY_cli_0123456789abcdef"


@dataclass
class Served:
    """A seeded simulator on a real port, and how to run the CLI against it in a subprocess."""

    sim: Simulator
    url: str

    def run(
        self,
        *argv: str,
        env: dict[str, str] | None = None,
        input: str | None = None,
        key: str | None = KEY,
    ) -> subprocess.CompletedProcess[str]:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("PYLON_")}
        full_env.update({"PYLON_BASE_URL": self.url, "PYTHONUNBUFFERED": "1"})
        if key is not None:
            full_env["PYLON_API_KEY"] = key
        full_env.update(env or {})
        done = subprocess.run(
            [sys.executable, "-m", "pylon", *argv],
            capture_output=True, text=True, env=full_env, input=input, timeout=60,
        )  # fmt: skip
        assert KEY not in done.stdout + done.stderr and KEY[-12:] not in done.stdout + done.stderr
        return done


def jsonl(text: str) -> list[Any]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def served() -> Iterator[Served]:
    sim = seeded_simulator(issues=60, accounts=12, contacts=20, seed=7)
    with sim.serve(port=0) as url:
        yield Served(sim, url)


def served_simulator_fixture(**seed: Any) -> Any:
    """A module-scoped fixture `(simulator, url)`: `seeded_simulator(**seed)` served on a free
    port, for tests that run `pylon.cli.main` in-process (see `aim_cli_at`)."""

    @pytest.fixture(scope="module")
    def sim_url() -> Iterator[tuple[Simulator, str]]:
        sim = seeded_simulator(**seed)
        with sim.serve(port=0) as url:
            yield sim, url

    return sim_url


def aim_cli_at(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """The in-process CLI's key and host, as a user's environment would give them."""
    monkeypatch.setenv("PYLON_API_KEY", KEY)
    monkeypatch.setenv("PYLON_BASE_URL", url)
