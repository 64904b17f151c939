from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "pylon-api.json"
REFERENCE_DIR = ROOT.parent / "shared" / "reference"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return json.loads(SPEC_PATH.read_text())  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def corrections() -> list[dict[str, Any]]:
    return json.loads((ROOT / "spec" / "corrections.json").read_text())  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def reference() -> dict[str, Any]:
    found = sorted(REFERENCE_DIR.glob("pylon-openapi-*.json"))
    if not found:
        pytest.skip(
            f"no upstream reference document in {REFERENCE_DIR} (it sits beside the repo in CI)"
        )
    return json.loads(found[-1].read_text())  # type: ignore[no-any-return]
