"""The earlier SDK (py-usepylon-sdk 0.5.0) as a comparison row, in its own virtual environment.

It imports as `pylon` too, so it runs in a separate interpreter: a venv under `.bench/` (made once,
with pip from the package index), driven over a pipe by `_peer_worker.py` so its rounds interleave
with ours. When it cannot be installed, `start_peer` says why and the benchmark prints that.
"""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

PEER = "py-usepylon-sdk==0.5.0"
HOME = Path(__file__).resolve().parent.parent / ".bench" / "peer-0.5.0"
WORKER = Path(__file__).with_name("_peer_worker.py")


def _python() -> Path:
    return HOME / "bin" / "python"


def install() -> str | None:
    """Make the peer's venv if needed; None when ready, else why it is not."""
    marker = HOME / ".installed"
    if marker.exists():
        return None
    try:
        venv.create(HOME, with_pip=True, clear=True)
        done = subprocess.run(
            [str(_python()), "-m", "pip", "install", "--quiet", PEER],
            capture_output=True,
            text=True,
            timeout=600,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"could not create its venv ({exc})"
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if "is ignored" not in line]
        return "pip install failed: " + (lines[-1] if lines else f"exit {done.returncode}")
    marker.touch()
    return None


class Peer:
    """A running worker in the peer's venv; `run` sends one command and returns its seconds."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [str(_python()), "-I", str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(self, **command: object) -> float:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the peer worker stopped (exit {self.process.wait()})")
        return float(json.loads(line)["seconds"])

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_peer() -> tuple[Peer | None, str | None]:
    """The peer worker, or None and the reason it is unavailable."""
    reason = install()
    if reason is not None:
        print(f"note: {PEER} is not in this run: {reason}", file=sys.stderr)
        return None, reason
    return Peer(), None
