"""Every CLI test runs with its own config folder and none of the caller's PYLON_* settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config_home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config_home))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in list(os.environ):
        if name.startswith("PYLON_") or name == "NO_COLOR":
            monkeypatch.delenv(name)
    return config_home / "pylon" / "config.toml"
