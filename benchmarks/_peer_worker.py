"""Runs inside the peer SDK's own virtual environment (py-usepylon-sdk 0.5.0, which also imports as
`pylon`), started with `python -I` so nothing of this project is on its path. Reads one JSON
command per line on stdin and answers one JSON line: the seconds the command took.

    {"op": "iterate", "url": ..., "total": 100000}   walk issues.search at 999 a page
    {"op": "get", "url": ..., "n": 300}               median seconds of one issues.get
"""

from __future__ import annotations

import json
import statistics
import sys
import time

from pylon import PylonClient  # the peer's, from its own environment

KEY = "bench-key-0123456789abcdef"


def iterate(url: str, total: int) -> float:
    with PylonClient(api_key=KEY, base_url=url) as client:
        start = time.perf_counter()
        count = 0
        for issue in client.issues.search(state="new", limit=999):
            count += 1
            _ = issue.number, issue.title
        elapsed = time.perf_counter() - start
    if count != total:
        raise SystemExit(f"peer walked {count} issues, expected {total}")
    return elapsed


def get(url: str, n: int) -> float:
    with PylonClient(api_key=KEY, base_url=url) as client:
        for _ in range(20):
            client.issues.get("1")
        times = []
        for _ in range(n):
            start = time.perf_counter()
            client.issues.get("1")
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    for line in sys.stdin:
        command = json.loads(line)
        if command["op"] == "iterate":
            seconds = iterate(command["url"], command["total"])
        else:
            seconds = get(command["url"], command["n"])
        print(json.dumps({"seconds": seconds}), flush=True)


if __name__ == "__main__":
    main()
