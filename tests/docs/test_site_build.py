"""The documentation site builds in strict mode, as `make docs` builds it.

Strict mode fails on a broken cross-reference, a link to a missing page or anchor, and an API
reference entry (`::: name`) that no longer resolves, so a renamed function or a moved page fails
the suite rather than the next documentation release.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytest.importorskip("mkdocs", reason="the documentation tools are dev dependencies")


def test_the_site_builds_strict(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    assert (tmp_path / "index.html").is_file()
    assert (tmp_path / "export" / "index.html").is_file()
