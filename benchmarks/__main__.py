"""Run the benchmark: `make bench` (or `python -m benchmarks [--quick]`).

Every figure is a ratio to a floor measured in the same run on the same loopback server, so the
numbers compare across machines; absolute times are printed for context only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx

from ._server import serve
from ._startup import cli_startup, report

KEY = "bench-key-0123456789abcdef"


def _best(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _client(url: str) -> Any:
    from pylon import Pylon

    return Pylon(api_key=KEY, base_url=url, rate_limit=False, max_retries=0)


def bench_get(url: str, n: int) -> dict[str, float]:
    raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"})
    sdk = _client(url)
    for _ in range(20):  # warm the pools and caches
        raw.get("/issues/1").json()
        sdk.issues.get("1")
    floor = _best(lambda: [raw.get("/issues/1").json() for _ in range(n)], 5) / n
    ours = _best(lambda: [sdk.issues.get("1") for _ in range(n)], 5) / n
    raw.close()
    sdk.close()
    return {"raw_us": floor * 1e6, "sdk_us": ours * 1e6, "ratio": ours / floor}


def bench_iterate(url: str, total: int) -> dict[str, float]:
    from pylon import filters

    raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"})
    sdk = _client(url)
    query = filters.Field("state").equals("new") if hasattr(filters, "Field") else None

    def raw_walk() -> int:
        count, cursor = 0, None
        while True:
            body = {
                "filter": {"field": "state", "operator": "equals", "value": "new"},
                "limit": 999,
            }
            if cursor:
                body["cursor"] = cursor
            page = json.loads(raw.post("/issues/search", json=body).content)
            count += len(page["data"])
            if not page["pagination"]["has_next_page"]:
                return count
            cursor = page["pagination"]["cursor"]

    def sdk_walk() -> int:
        wire = (
            query if query is not None else {"field": "state", "operator": "equals", "value": "new"}
        )
        return sum(1 for _ in sdk.issues.search(wire, limit=999))

    assert raw_walk() == sdk_walk() == total
    floor = _best(raw_walk, 3)
    ours = _best(sdk_walk, 3)
    raw.close()
    sdk.close()
    return {
        "raw_items_per_s": total / floor,
        "sdk_items_per_s": total / ours,
        "ratio": floor / ours,
    }


def peak_memory(url: str, total: int) -> float:
    sdk = _client(url)
    tracemalloc.start()
    for _ in sdk.issues.search({"field": "state", "operator": "equals", "value": "new"}, limit=999):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    sdk.close()
    return peak / 1e6


def cold_import(statement: str, repeat: int = 7) -> float:
    code = f"import time; s = time.perf_counter(); {statement}; print(time.perf_counter() - s)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(repeat)
    ]
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--quick", action="store_true", help="smaller counts (a smoke run)")
    args = parser.parse_args(argv)
    big = 20_000 if args.quick else 100_000
    print("py-usepylon-sdk benchmark: ratios to raw httpx on the same 127.0.0.1 server\n")

    with serve(big) as url:
        get = bench_get(url, 200 if args.quick else 1000)
        print(
            f"issues.get          {get['sdk_us']:8.0f} us/request  raw httpx+json {get['raw_us']:6.0f} us   ratio {get['ratio']:.2f}x (target <= 1.2x)"
        )
        print(report(cli_startup(url, KEY, 5 if args.quick else 9)))
        it = bench_iterate(url, big)
        print(
            f"issues.search iter  {it['sdk_items_per_s']:8.0f} items/s     raw httpx+json {it['raw_items_per_s']:6.0f}      ratio {it['ratio']:.2f}x (target >= 0.5x)"
        )
    for total in (10_000, big):
        with serve(total) as url:
            print(
                f"peak memory {total:>7} items: {peak_memory(url, total):6.1f} MB (flat = bounded by one page)"
            )
    # `import pylon` alone loads almost nothing (names load on first use): measure what a program
    # pays to get the client class.
    ours, floor = cold_import("from pylon import Pylon"), cold_import("import httpx")
    print(
        f"from pylon import Pylon {ours * 1e3:6.1f} ms   import httpx {floor * 1e3:6.1f} ms   ratio {ours / floor:.2f}x (target <= 1.5x)"
    )
    from . import shared_state
    from ._export import report as export_report

    export_report(args.quick)
    return shared_state.main(["--quick"] if args.quick else [])


if __name__ == "__main__":
    raise SystemExit(main())
