"""What a fresh process pays: `from pylon import Pylon` against `import httpx`, and the first call of
a cold client against its warm calls.

Each figure comes from new interpreters. Bytecode is cached in a temporary directory
(PYTHONPYCACHEPREFIX) warmed by one run, as an installed package has its .pyc files; without it, a
checkout run with PYTHONDONTWRITEBYTECODE would measure compiling the source.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

_IMPORT = "import time; s = time.perf_counter(); {}; print(time.perf_counter() - s)"

# Construct a client, time its first issues.get, then the median of warm ones; the raw httpx client
# does the same, so the ratio of a cold first request with no SDK at all is printed beside ours.
_FIRST_CALL = """
import json, statistics, sys, time
url, n = sys.argv[1], int(sys.argv[2])
def measure(call):
    start = time.perf_counter(); call(); first = time.perf_counter() - start
    warm = []
    for _ in range(n):
        start = time.perf_counter(); call(); warm.append(time.perf_counter() - start)
    return first, statistics.median(warm)
if sys.argv[3] == "sdk":
    from pylon import Pylon
    client = Pylon(api_key="bench-key-0123456789abcdef", base_url=url, rate_limit=False)
    first, warm = measure(lambda: client.issues.get("1").title)
else:
    import httpx
    client = httpx.Client(base_url=url, headers={"Authorization": "Bearer bench"})
    first, warm = measure(lambda: json.loads(client.get("/issues/1").content)["data"]["title"])
print(json.dumps([first, warm]))
"""


@contextmanager
def bytecode_cache() -> Iterator[dict[str, str]]:
    with tempfile.TemporaryDirectory(prefix="pylon-bench-pyc-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        yield env


def _run(code: str, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    )
    return done.stdout


def import_times(env: dict[str, str], repeat: int) -> tuple[float, float]:
    """Median seconds of `from pylon import Pylon` and of `import httpx`, runs interleaved."""
    ours, floor = _IMPORT.format("from pylon import Pylon"), _IMPORT.format("import httpx")
    _run(ours, env), _run(floor, env)  # fill the bytecode cache
    pairs = [(float(_run(ours, env)), float(_run(floor, env))) for _ in range(repeat)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def first_call(env: dict[str, str], url: str, who: str, repeat: int) -> tuple[float, float]:
    """Median over fresh processes of (first call, warm call) seconds."""
    _run(_FIRST_CALL, env, url, "5", who)
    runs = [json.loads(_run(_FIRST_CALL, env, url, "50", who)) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
