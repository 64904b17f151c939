"""Export figures: pacing against a rate-limited, time-scaled simulator; rows per second into
Parquet and CSV against a json.loads + JSON lines floor; peak memory of large exports.

The simulator runs in its own process (`python -m pylon.testing`), so the exporting process and
the server do not share a GIL: the pacing then measures the job, not scheduling noise.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

KEY = "bench-export-key-0123456789abcdef"

# The time scale of the rate-limited job benches (export here, bulk in _bulk.py): a minute lasts
# 6 s. The client's limiter keeps each window a margin longer than the server's (1% of it, but at
# least 0.05 s), so at a scale s the best share of a limit is 60 s / (60 s + max(0.6 s,
# 0.05 s / s)): 99% at Pylon's real minute and here, 92% for a minute of 0.6 s. The window after
# each request counts from its answer, so the time a request takes to reach the server costs its
# window that time too (a few ms here). The fixed work at each end of a job (the first request's
# answer, the last page's writing) shrinks with the scale too, where at real time it is a few
# tenths of a second in a job of minutes: a slower scale is therefore the fair one.
SCALE = 0.1
# The issue search alone runs at Pylon's real minute (21 requests: about a minute). Its requests
# come one after another (each needs the cursor of the last), and turning a page of 999 full issues
# into rows and writing them costs this machine about 0.3 s of CPU, more when it is loaded: at a
# 6 s minute a search slot is 0.3 s, so that run would measure the CPU, not the pacing; at the real
# minute a slot is 3 s, as users have it.
SEARCH_SCALE = 1.0


@contextmanager
def simulator(issues: int, *, scale: float | None = None) -> Iterator[str]:
    """A seeded simulator served by a child process on 127.0.0.1; yields its URL."""
    args = [sys.executable, "-m", "pylon.testing", "--port", "0", "--issues", str(issues)]
    args += ["--api-key", KEY, "--accounts", "50", "--contacts", "100"]
    if scale is not None:
        args += ["--rate-limits", "--time-scale", str(scale)]
    server = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        if "listening on" not in line:
            raise RuntimeError(f"the simulator did not start: {line!r}")
        yield line.rsplit(" ", 1)[-1].strip()
    finally:
        server.terminate()
        server.wait(timeout=30)


def _export(url: str, scale: float, output: Path, **options: Any) -> Any:
    """One export of issues through AsyncPylon paced to the simulator's scaled limits."""
    import asyncio

    from pylon import AsyncPylon
    from pylon.jobs.export import export_async
    from pylon.testing import scaled_rate_limits

    async def run() -> Any:
        limits = scaled_rate_limits(scale)
        async with AsyncPylon(api_key=KEY, base_url=url, rate_limit=limits) as client:
            return await export_async(client, "issues", output, bar=False, **options)

    return asyncio.run(run())


def paced_search(issues: int, scale: float) -> Any:
    """Export every one of `issues` issues (the search alone) at the scaled limits."""
    with simulator(issues, scale=scale) as url, tempfile.TemporaryDirectory() as folder:
        return _export(url, scale, Path(folder) / "all.parquet")


def paced_messages(issues: int, with_messages: int, scale: float) -> Any:
    """Export the `with_messages` oldest of `issues` issues with their messages."""
    from pylon import Pylon
    from pylon.testing import scaled_rate_limits

    with simulator(issues, scale=scale) as url, tempfile.TemporaryDirectory() as folder:
        # The simulator's search lists the oldest first: the created_at of the one after the
        # first `with_messages` bounds them (two requests, well within the search's window).
        with Pylon(api_key=KEY, base_url=url, rate_limit=scaled_rate_limits(scale)) as client:
            found = client.issues.search(
                "created_at > 1970-01-01", limit=999, max_items=with_messages + 1
            )
            created = [issue.created_at for issue in found]
        assert created == sorted(created) and len(created) == with_messages + 1
        return _export(
            url, scale, Path(folder) / "some.parquet", until=created[-1], include=["messages"]
        )


def minimum_seconds(result: Any) -> float:
    """The least time the limits allow: the busiest bucket's requests at its limit."""
    floor = 0.0
    for stats in result.buckets.values():
        if stats.limit is not None and stats.requests > 1:
            floor = max(floor, (stats.requests - 1) * stats.limit[1] / stats.limit[0])
    return floor


def throughput(total: int) -> dict[str, float]:
    """Rows per second into Parquet and CSV, against paging the same search with raw httpx,
    json.loads and writing each item as a JSON line (the floor)."""
    from pylon import Pylon
    from pylon.jobs.export import export

    figures: dict[str, float] = {}
    with simulator(total) as url, tempfile.TemporaryDirectory() as folder:
        raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"}, timeout=60)

        def floor_run() -> int:
            count, cursor = 0, None
            with open(Path(folder) / "floor.jsonl", "w", encoding="utf-8") as sink:
                while True:
                    body: dict[str, Any] = {
                        "filter": {
                            "field": "created_at",
                            "operator": "time_is_after",
                            "value": "1970-01-01T00:00:00Z",
                        },
                        "limit": 999,
                    }
                    if cursor:
                        body["cursor"] = cursor
                    page = json.loads(raw.post("/issues/search", json=body).content)
                    for item in page["data"]:
                        sink.write(json.dumps(item) + "\n")
                    count += len(page["data"])
                    if not page["pagination"]["has_next_page"]:
                        return count
                    cursor = page["pagination"]["cursor"]

        started = time.perf_counter()
        assert floor_run() == total
        figures["floor_rows_per_s"] = total / (time.perf_counter() - started)
        with Pylon(api_key=KEY, base_url=url, rate_limit=False) as client:
            for fmt in ("parquet", "csv"):
                started = time.perf_counter()
                result = export(client, "issues", Path(folder) / f"i.{fmt}", bar=False)
                assert result.tables["issues"].rows == total
                figures[f"{fmt}_rows_per_s"] = total / (time.perf_counter() - started)
        raw.close()
    return figures


_MEMORY_CHILD = """
import resource, sys
import pyarrow.parquet
from pylon import Pylon
from pylon.jobs.export import export
url, key, out = sys.argv[1:4]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with Pylon(api_key=key, base_url=url, rate_limit=False) as client:
    export(client, "issues", out, bar=False)
print(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory(total: int) -> float:
    """Growth of the exporting process's peak RSS (MB) over its size after the imports."""
    with simulator(total) as url, tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [sys.executable, "-c", _MEMORY_CHILD, url, KEY, str(Path(folder) / "i.parquet")],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    before, after = (int(v) for v in done.stdout.split())
    return (after - before) / 1024


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def paced_lines(label: str, result: Any) -> list[str]:
    """A paced export's figures: each paced bucket's share of its limit, 429s, wall time."""
    from pylon._constants import DEFAULT_RATE_LIMIT_BURST

    lines = [
        f"  {label}: {result.tables['issues'].rows} issues, {result.requests} requests,"
        f" 429s {result.rate_limited} (target 0) {_verdict(result.rate_limited == 0)}"
    ]
    for name, stats in sorted(result.buckets.items()):
        share = stats.share_of_limit
        if share is None:
            continue
        if stats.requests <= DEFAULT_RATE_LIMIT_BURST:
            lines.append(
                f"    {name:<18} {stats.requests:5} requests (within the burst: not paced)"
            )
            continue
        lines.append(
            f"    {name:<18} {stats.requests:5} requests at {share:6.1%} of its limit"
            f" (target >= 95%) {_verdict(share >= 0.95)}"
        )
    floor = minimum_seconds(result)
    if floor > 0:
        ratio = result.elapsed / floor
        lines.append(
            f"    wall {result.elapsed:6.1f} s, the limits allow {floor:6.1f} s: {ratio:.3f}x"
            f" (target <= 1.05x) {_verdict(ratio <= 1.05)}"
        )
    return lines


def report_paced(quick: bool) -> None:
    issues = 20_000
    with_messages = 300 if quick else 1_000
    print(
        f"\nexport against the simulator in a child process, limits on"
        f" (load average {os.getloadavg()[0]:.1f})"
    )
    search = paced_search(issues, SEARCH_SCALE)
    for line in paced_lines(f"issues only, one minute = {60 * SEARCH_SCALE:g} s", search):
        print(line)
    messages = paced_messages(issues, with_messages, SCALE)
    for line in paced_lines(
        f"messages of the {with_messages} oldest, one minute = {60 * SCALE:g} s", messages
    ):
        print(line)


def report_rows(quick: bool) -> None:
    rows = throughput(5_000 if quick else 20_000)
    floor = rows["floor_rows_per_s"]
    for fmt in ("parquet", "csv"):
        ours = rows[f"{fmt}_rows_per_s"]
        print(
            f"export to {fmt:<8} {ours:8.0f} rows/s   json.loads + JSON lines {floor:8.0f} rows/s"
            f"   ratio {ours / floor:.2f}x (target >= 0.5x) {_verdict(ours / floor >= 0.5)}"
        )
    for total in (10_000, 30_000 if quick else 100_000):
        growth = peak_memory(total)
        print(
            f"export peak memory {total:>7} issues: +{growth:6.1f} MB (target: flat, growth <= 50"
            f" MB) {_verdict(growth <= 50)}"
        )
