"""Bulk changes at the rate limits: update 2,000 issues, create 500 contacts.

The simulator runs in a child process (so it never competes with the measured client for the GIL)
with the spec's rate limits on and time scaled (a minute lasts `60 * SCALE` seconds); the client's
limiter is given the same scaled limits. For each job the bench prints the achieved rate as a share
of the documented limit, the 429s the server answered (its own count), and the wall time against
the least time the limits allow: n requests at L per window W need (n - 1) * W / L seconds at the
documented rate; a server counting a sliding window would also accept a first burst of L, which
the client's limiter deliberately does not send (it spaces requests), so that bound
((ceil(n / L) - 1) * W) is printed for context.
"""

from __future__ import annotations

import math
import multiprocessing
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

KEY = "bench-key-0123456789abcdef"
SCALE = 0.02  # a minute lasts 1.2 s
# The client's windows are this much longer than the server's. Its limiter already keeps a 1%
# margin per window (600 ms of Pylon's real minute); scaled down that is 12 ms, less than the
# scheduling jitter of a busy machine running both client and server, so the bench adds 2%.
CLIENT_SLACK = 1.02


def _serve(issues: int, conn: Connection) -> None:
    from pylon.testing import seeded_simulator

    sim = seeded_simulator(
        api_key=KEY, seed=7, issues=issues, contacts=0, rate_limits=True, time_scale=SCALE
    )
    with sim.serve() as url:
        conn.send(url)
        while conn.recv() == "report":
            records = list(sim.requests)
            patched: dict[str, int] = {}
            for r in records:
                if r.method == "PATCH" and r.status == 200:
                    patched[r.path] = patched.get(r.path, 0) + 1
            emails = [c.get("email") for c in sim.store.collection("contacts")]
            conn.send(
                {
                    "429": sum(1 for r in records if r.status == 429),
                    "patched": sorted(set(patched.values())),
                    "targets": len(patched),
                    "contacts": len(emails),
                    "distinct_contacts": len(set(emails)),
                }
            )
            sim.reset_stats()


@contextmanager
def _simulator(issues: int) -> Iterator[tuple[str, Connection]]:
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.Process(target=_serve, args=(issues, child), daemon=True)
    process.start()
    try:
        if not parent.poll(300):
            raise RuntimeError("the simulator did not start")
        yield parent.recv(), parent
    finally:
        parent.send("stop")
        process.join(timeout=10)
        if process.is_alive():
            process.terminate()


def _limits() -> dict[str, tuple[int, float]]:
    from pylon.testing import scaled_rate_limits

    return scaled_rate_limits(SCALE * CLIENT_SLACK)


def _figures(result: Any, operation: str, count: int, server: dict[str, Any]) -> str:
    from pylon.jobs._limits import documented_limit

    limit = documented_limit(operation)
    assert limit is not None
    per, window = limit[0], limit[1] * SCALE
    steady = (count - 1) * window / per
    burst = (math.ceil(count / per) - 1) * window
    stats = result.buckets[operation]
    share = (stats.requests - 1) / stats.busy_seconds / (per / window)
    search = sum(b.busy_seconds for name, b in result.buckets.items() if name.startswith("Search"))
    return (
        f"{result.method:<17} {count:5} items  {share:6.1%} of {operation}'s limit (target >= 95%)"
        f"   429s {server['429']} (target 0)   wall {result.elapsed:6.2f} s = "
        f"{result.elapsed / steady:.3f}x the minimum at the documented rate (target <= 1.05x;"
        f" {result.elapsed / burst:.3f}x a sliding window's burst bound; {search:.2f} s searching)"
    )


def bench_bulk(quick: bool) -> list[str]:
    from pylon import Pylon
    from pylon.jobs.bulk import bulk

    issues, contacts = (400, 120) if quick else (2000, 500)
    lines = []
    with (
        _simulator(issues) as (url, conn),
        tempfile.TemporaryDirectory() as folder,
        Pylon(api_key=KEY, base_url=url, rate_limit=_limits()) as client,
    ):
        work = Path(folder)
        update = bulk(client, "issues.add_tags", where="created_at > 1970-01-01",
                      tags=["bench"], journal=work / "update.jsonl", bar=False)  # fmt: skip
        conn.send("report")
        server = conn.recv()
        assert update.ok and server["patched"] == [1] and server["targets"] == issues
        lines.append(_figures(update, "UpdateIssue", issues, server))
        rows = work / "contacts.csv"
        rows.write_text(
            "name,email\n" + "".join(f"Person {n},p{n}@example.com\n" for n in range(contacts))
        )
        create = bulk(
            client, "contacts.create", rows=rows, journal=work / "create.jsonl", bar=False
        )
        conn.send("report")
        server = conn.recv()
        assert create.ok and server["distinct_contacts"] == server["contacts"] == contacts
        lines.append(_figures(create, "CreateContact", contacts, server))
    return lines
