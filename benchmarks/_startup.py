"""Start-up time of the `pylon` command, as a user sees it: the whole process, wall clock.

The floor is `python -c "import httpx"` in the same run (the issue's target: `pylon --version`
under 1.5x of it); `python -c pass` is printed for context. `pylon me` includes one request to
the benchmark's loopback server.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _command() -> list[str]:
    script = Path(sys.executable).parent / "pylon"
    return [str(script)] if script.exists() else [sys.executable, "-m", "pylon"]


def _wall(argv: list[str], env: dict[str, str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=env)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def cli_startup(url: str, key: str, repeat: int = 9) -> dict[str, float]:
    env = {**os.environ, "PYLON_BASE_URL": url, "PYLON_API_KEY": key}
    pylon = _command()
    return {
        "python": _wall([sys.executable, "-c", "pass"], env, repeat),
        "httpx": _wall([sys.executable, "-c", "import httpx"], env, repeat),
        "version": _wall([*pylon, "--version"], env, repeat),
        "me": _wall([*pylon, "me"], env, repeat),
    }


def report(t: dict[str, float]) -> str:
    ms = {k: v * 1e3 for k, v in t.items()}
    return (
        f"pylon --version     {ms['version']:6.1f} ms   python -c 'import httpx' {ms['httpx']:6.1f} ms"
        f"   ratio {t['version'] / t['httpx']:.2f}x (target <= 1.5x)\n"
        f"pylon me            {ms['me']:6.1f} ms   ratio {t['me'] / t['httpx']:.2f}x to import httpx"
        f"   (python -c pass {ms['python']:.1f} ms)"
    )
