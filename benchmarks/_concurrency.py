"""AsyncPylon under 1,000 concurrent issues.get against raw httpx.AsyncClient at the same concurrency.

Each side runs in its own fresh process, so its peak RSS (VmHWM, Linux) is its own. The bench
server answers one request at a time per thread under the GIL, so throughput here is bounded by
the server as much as by the client: read the ratio with that in mind. Both use a connection pool of
the SDK's default size (`max_concurrency`), the SDK with its rate limiter off.
"""

from __future__ import annotations

import json
import subprocess
import sys

_SCRIPT = """
import asyncio, json, sys, time
url, tasks, who = sys.argv[1], int(sys.argv[2]), sys.argv[3]
import httpx
from pylon._config import DEFAULT_MAX_CONCURRENCY as pool

async def main():
    if who == "sdk":
        from pylon import AsyncPylon
        client = AsyncPylon(api_key="bench-key-0123456789abcdef", base_url=url, rate_limit=False)
        async def one():
            return (await client.issues.get("1")).title
    else:
        limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)
        client = httpx.AsyncClient(base_url=url, limits=limits, headers={"Authorization": "Bearer b"})
        async def one():
            response = await client.get("/issues/1")
            response.raise_for_status()
            return json.loads(response.content)["data"]["title"]
    await asyncio.gather(*(one() for _ in range(pool)))  # open the pool's connections
    start = time.perf_counter()
    results = await asyncio.gather(*(one() for _ in range(tasks)), return_exceptions=True)
    elapsed = time.perf_counter() - start
    errors = sum(isinstance(r, BaseException) for r in results)
    if who == "sdk":
        await client.aclose()
    else:
        await client.aclose()
    # VmHWM is this program's own peak; ru_maxrss would carry over the forking parent's peak.
    with open("/proc/self/status") as status:
        rss = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
    print(json.dumps({"per_s": tasks / elapsed, "errors": errors, "rss_mb": rss, "pool": pool}))

asyncio.run(main())
"""


def concurrent_gets(url: str, who: str, tasks: int, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, url, str(tasks), who],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result
