"""`python -m pylon.jobs export ...` and `python -m pylon.jobs.bulk ...`: the job commands without
the full `pylon` command line, as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYLON_")}
    env.update(XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))  # no user profiles
    return subprocess.run(
        [sys.executable, "-m", *argv], capture_output=True, text=True, env=env, timeout=60
    )


def test_python_m_pylon_jobs_runs_export_and_refuses_anything_else(tmp_path: Path) -> None:
    done = _run(tmp_path, "pylon.jobs", "export", "--help")
    assert done.returncode == 0 and done.stdout.startswith("Usage: pylon export ")
    other = _run(tmp_path, "pylon.jobs", "bulk")
    assert other.returncode == 2 and other.stdout == ""
    assert other.stderr == "usage: python -m pylon.jobs export <collection> [options]\n"


def test_python_m_pylon_jobs_bulk_runs_the_bulk_group(tmp_path: Path) -> None:
    done = _run(
        tmp_path, "pylon.jobs.bulk", "issues", "tag", "--ids-from", os.devnull, "--add", "vip"
    )
    assert done.returncode == 2  # the group's own checks ran: no key anywhere
    assert "no Pylon API key" in done.stderr and "Traceback" not in done.stderr
