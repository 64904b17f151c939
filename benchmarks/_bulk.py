"""Bulk changes at the rate limits: update 2,000 issues, create 500 contacts.

The simulator is the export bench's: a child process (so it never competes with the client for
the GIL) with the spec's rate limits on and time scaled (a minute lasts `60 * SCALE` seconds).
For each job the bench prints the achieved rate as a share of the documented limit, the 429s the
client was answered, and the wall time against the least time the limits allow: n requests at L
per window W need (n - 1) * W / L seconds at the documented rate. A server counting a sliding
window would also accept a first burst of L, which the client's limiter deliberately does not send
(it spaces requests), so that bound ((ceil(n / L) - 1) * W) is printed for context.
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path
from typing import Any

from ._export import KEY, SCALE, simulator

# SCALE (a minute lasts 6 s) is the export bench's: _export.py says why a faster one would measure
# the client limiter's jitter margin rather than the job.


def _limits() -> dict[str, tuple[int, float]]:
    from pylon.testing import scaled_rate_limits

    return scaled_rate_limits(SCALE)


def _figures(result: Any, operation: str, count: int) -> str:
    stats = result.buckets[operation]
    assert stats.limit is not None  # the documented limit, its window scaled by SCALE
    per, window = stats.limit
    steady = (count - 1) * window / per
    burst = (math.ceil(count / per) - 1) * window
    share = (stats.requests - 1) / stats.busy_seconds / (per / window)
    search = sum(b.busy_seconds for name, b in result.buckets.items() if name.startswith("Search"))
    ok = share >= 0.95 and result.rate_limited == 0 and result.elapsed / steady <= 1.05
    return (
        f"{result.method:<17} {count:5} items  {share:6.1%} of {operation}'s limit (target >= 95%)"
        f"   429s {result.rate_limited} (target 0)   wall {result.elapsed:6.2f} s ="
        f" {result.elapsed / steady:.3f}x the minimum at the documented rate (target <= 1.05x;"
        f" {result.elapsed / burst:.3f}x a sliding window's burst bound; {search:.2f} s searching)"
        f"  {'ok' if ok else 'MISSED'}"
    )


def bench_bulk(quick: bool) -> list[str]:
    from pylon import Pylon
    from pylon.jobs.bulk import bulk

    issues, contacts = (400, 120) if quick else (2000, 500)
    lines = []
    with (
        simulator(issues, scale=SCALE) as url,
        tempfile.TemporaryDirectory() as folder,
        Pylon(api_key=KEY, base_url=url, rate_limit=_limits()) as client,
    ):
        work = Path(folder)
        update = bulk(client, "issues.add_tags", where="created_at > 1970-01-01",
                      tags=["bench"], journal=work / "update.jsonl", bar=False)  # fmt: skip
        assert update.ok and update.counts["done"] == issues, update.summary()
        lines.append(_figures(update, "UpdateIssue", issues))
        rows = work / "contacts.csv"
        rows.write_text(
            "name,email\n" + "".join(f"Person {n},p{n}@example.com\n" for n in range(contacts))
        )
        create = bulk(
            client, "contacts.create", rows=rows, journal=work / "create.jsonl", bar=False
        )
        assert create.ok and create.counts["done"] == contacts, create.summary()
        lines.append(_figures(create, "CreateContact", contacts))
    return lines
