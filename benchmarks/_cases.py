"""The in-process measurements: one issues.get, walking issues.search, peak memory of a walk.

Every SDK measurement is paired with the raw floor (httpx + json.loads on the same server, the
same connection reuse) taken in the same round, so a ratio never compares two different moments of
a shared, noisy machine. Both sides read `number` and `title` of every issue they walk.
"""

from __future__ import annotations

import json
import statistics
import time
import tracemalloc
from typing import Any

import httpx

KEY = "bench-key-0123456789abcdef"
FILTER = {"field": "state", "operator": "equals", "value": "new"}
PAGE = 999


def sdk_client(url: str) -> Any:
    from pylon import Pylon

    return Pylon(api_key=KEY, base_url=url, rate_limit=False, max_retries=0)


def raw_client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"})


def get_medians(url: str, n: int) -> tuple[float, float]:
    """Median seconds of one GET /issues/{id}: raw and SDK calls alternate, each on its own warm
    client, so drift on the machine hits both alike."""
    raw, sdk = raw_client(url), sdk_client(url)
    try:
        for _ in range(20):
            json.loads(raw.get("/issues/1").content)
            sdk.issues.get("1")
        raw_times, sdk_times = [], []
        for _ in range(n):
            start = time.perf_counter()
            json.loads(raw.get("/issues/1").content)
            middle = time.perf_counter()
            sdk.issues.get("1")
            sdk_times.append(time.perf_counter() - middle)
            raw_times.append(middle - start)
        return statistics.median(raw_times), statistics.median(sdk_times)
    finally:
        raw.close()
        sdk.close()


def raw_walk(url: str) -> int:
    count, cursor = 0, None
    with raw_client(url) as raw:
        while True:
            body: dict[str, Any] = {"filter": FILTER, "limit": PAGE}
            if cursor:
                body["cursor"] = cursor
            page = json.loads(raw.post("/issues/search", json=body).content)
            for item in page["data"]:
                count += 1
                _ = item["number"], item["title"]
            if not page["pagination"]["has_next_page"]:
                return count
            cursor = page["pagination"]["cursor"]


def sdk_walk(url: str) -> int:
    from pylon import filters

    count = 0
    with sdk_client(url) as sdk:
        for issue in sdk.issues.search(filters.Field("state").equals("new"), limit=PAGE):
            count += 1
            _ = issue.number, issue.title
    return count


def timed(walk: Any, url: str, total: int) -> float:
    start = time.perf_counter()
    count = walk(url)
    elapsed = time.perf_counter() - start
    if count != total:
        raise RuntimeError(f"{walk.__name__} walked {count} issues, expected {total}")
    return elapsed


def peak_walk_memory(url: str) -> float:
    """Peak bytes allocated (MB) while the SDK walks every issue: bounded by one page when flat."""
    tracemalloc.start()
    try:
        sdk_walk(url)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
