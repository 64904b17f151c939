"""What a fresh process pays: `from pylon import Pylon` against `import httpx`, and the first call of
a cold client against its warm calls.

Each figure comes from new interpreters. Bytecode is cached in a temporary directory
(PYTHONPYCACHEPREFIX) warmed by one run, as an installed package has its .pyc files; without it, a
checkout run with PYTHONDONTWRITEBYTECODE would measure compiling the source.

What "cold" includes. A cold client is one just built in a fresh process (`from pylon import Pylon`
and `Pylon(...)` are done before the clock starts, as a program does them at start-up); its first
`issues.get` is timed, then the median of warm ones. Everything the SDK does for the first time is
in the first call: importing the operation's generated module and models, building the resource
group, the bound model class, route and signature caches. Two things every HTTP client pays on its
first request are not the SDK's, so the target row leaves them out, for both clients alike: opening
the TCP connection (and the bench server starting a thread for it), and httpx's own first use of its
request path. For that row, the client measured is built on an `httpx.HTTPTransport`, and then one
`httpx.Client` on the same transport opens the connection and reads one response, the last thing
before the clock starts. Last, so that the time between the server's previous answer and the
measured call is the same for both clients: when the SDK's import and client construction (tens of
milliseconds, outside this measure by design) sat between them, the idle server and its evicted
caches were charged to the SDK's first call (a 30 ms sleep there adds about 0.8 ms to raw httpx's
first call on the 2-core bench machine). The row below it measures the same on a fresh
connection, for both clients, to show what a program's very first request costs in all.
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

# argv: url, warm calls, "sdk" or "raw", "open" (a connection already open) or "fresh".
_FIRST_CALL = """
import json, statistics, sys, time
url, n, who, connection = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
def measure(call):
    start = time.perf_counter(); call(); first = time.perf_counter() - start
    warm = []
    for _ in range(n):
        start = time.perf_counter(); call(); warm.append(time.perf_counter() - start)
    return first, statistics.median(warm)
import httpx
options = {}
if connection == "open":
    options["transport"] = pool = httpx.HTTPTransport()
if who == "sdk":
    from pylon import Pylon
    client = Pylon(api_key="bench-key-0123456789abcdef", base_url=url, rate_limit=False, **options)
    call = lambda: client.issues.get("1").title
else:
    client = httpx.Client(base_url=url, headers={"Authorization": "Bearer bench"}, **options)
    call = lambda: json.loads(client.get("/issues/1").content)["data"]["title"]
if connection == "open":
    # Last thing before the clock, for both clients alike: see the module docstring.
    opener = httpx.Client(transport=pool, base_url=url)  # not closed: that would close the pool
    opener.get("/issues/1").read()
first, warm = measure(call)
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


def first_call(
    env: dict[str, str], url: str, who: str, repeat: int, connection: str = "open"
) -> tuple[float, float]:
    """Median over fresh processes of (first call, warm call) seconds; `connection` is "open"
    (opened by httpx before the clock starts) or "fresh" (the first call opens it)."""
    _run(_FIRST_CALL, env, url, "5", who, connection)
    runs = [json.loads(_run(_FIRST_CALL, env, url, "50", who, connection)) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
