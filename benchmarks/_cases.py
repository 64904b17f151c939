"""The in-process measurements: one issues.get, walking issues.search, peak memory of a walk.

Every SDK measurement is paired with the raw floor (httpx + json.loads on the same server, the
same connection reuse) taken in the same round (a page or a call at a time), so a ratio never compares two different moments of
a shared, noisy machine. Both sides read `number` and `title` of every issue they walk.
"""

from __future__ import annotations

import itertools
import json
import statistics
import time
import tracemalloc
from collections.abc import Iterator
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


def raw_pages(url: str) -> Iterator[int]:
    """Walk every page with raw httpx + json.loads; yields each page's item count once read."""
    cursor = None
    with raw_client(url) as raw:
        while True:
            body: dict[str, Any] = {"filter": FILTER, "limit": PAGE}
            if cursor:
                body["cursor"] = cursor
            page = json.loads(raw.post("/issues/search", json=body).content)
            for item in page["data"]:
                _ = item["number"], item["title"]
            yield len(page["data"])
            if not page["pagination"]["has_next_page"]:
                return
            cursor = page["pagination"]["cursor"]


def sdk_pages(url: str) -> Iterator[int]:
    """Walk every page with the SDK's issues.search; yields each page's item count once read."""
    from pylon import filters

    with sdk_client(url) as sdk:
        pager = sdk.issues.search(filters.Field("state").equals("new"), limit=PAGE)
        for page in pager.pages():
            for issue in page:
                _ = issue.number, issue.title
            yield len(page)


def paired_walks(url: str, total: int) -> tuple[float, float]:
    """Seconds for the raw walk and the SDK walk, run in lockstep a page at a time (who goes first
    alternates), so that load from elsewhere on a shared machine falls on both alike."""
    walks = {"raw": raw_pages(url), "sdk": sdk_pages(url)}
    spent = dict.fromkeys(walks, 0.0)
    counts = dict.fromkeys(walks, 0)
    for index in itertools.count():
        finished = 0
        for who in ("raw", "sdk") if index % 2 == 0 else ("sdk", "raw"):
            start = time.perf_counter()
            items = next(walks[who], None)
            spent[who] += time.perf_counter() - start
            finished += items is None
            counts[who] += items or 0
        if finished:
            break
    if counts != {"raw": total, "sdk": total}:
        raise RuntimeError(f"walked {counts}, expected {total} each")
    return spent["raw"], spent["sdk"]


def peak_walk_memory(url: str) -> float:
    """Peak bytes allocated (MB) while the SDK walks every issue: bounded by one page when flat."""
    tracemalloc.start()
    try:
        sum(sdk_pages(url))
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
