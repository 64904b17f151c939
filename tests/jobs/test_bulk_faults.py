"""Bulk changes under faults (5xx, 429 bursts, dropped connections on creates) and SIGKILL.

After every run and resume: each update target changed exactly once, no create duplicated, and
each create left `unknown` is settled by reconciling exactly as the simulator's state says.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from pylon.jobs.bulk import bulk

from .conftest import API_KEY, _serve

CHILD = Path(__file__).with_name("_bulk_child.py")
KILLS = int(os.environ.get("PYLON_BULK_KILLS", "8"))


@pytest.fixture
def fresh():
    yield from _serve(issues=80, accounts=4, contacts=4)


def _handled_patches(sim):
    """PATCH /issues/{id} requests the server acted on (a faulted 5xx never reached the handler)."""
    return Counter(
        r.path.rsplit("/", 1)[-1]
        for r in sim.requests
        if r.method == "PATCH" and r.status == 200 and not r.faulted
    )


def _contact_rows(path: Path, count: int) -> Path:
    lines = ["name,email"] + [f"Person {n},person{n}@example.com" for n in range(count)]
    path.write_text("\n".join(lines) + "\n")
    return path


def _emails(sim) -> Counter[str]:
    """How many contacts hold each imported address (the seeded contacts left out)."""
    return Counter(
        c.get("email")
        for c in sim.store.collection("contacts")
        if str(c.get("email")).startswith("person")
    )


def test_updates_under_5xx_and_429_bursts_change_every_target_exactly_once(fresh, tmp_path):
    sim = fresh.sim
    targets = [i["id"] for i in sim.store.collection("issues") if i["state"] != "closed"]
    sim.faults.add(operation="UpdateIssue", status=503, probability=0.05)
    sim.faults.add(
        operation="UpdateIssue", status=429, headers={"Retry-After": "1"}, after=10, times=3
    )
    sim.faults.add(
        operation="UpdateIssue", status=429, headers={"Retry-After": "1"}, after=40, times=2
    )
    journal = tmp_path / "run.jsonl"
    with fresh.client(max_retries=2) as client:

        def close_open_issues():
            return bulk(client, "issues.update", where="state not in (closed)", state="closed",
                        journal=journal, bar=False)  # fmt: skip

        results = [close_open_issues()]
        while not results[-1].ok and len(results) < 5:  # failed items are retried by a rerun
            results.append(close_open_issues())
    assert results[-1].ok and results[-1].counts == Counter(done=len(targets))
    assert results[0].retries > 0  # the faults did fire
    assert _handled_patches(sim) == Counter(dict.fromkeys(targets, 1))
    assert all(sim.store.collection("issues").get(i)["state"] == "closed" for i in targets)


def test_creates_whose_answer_is_lost_are_unknown_never_resent_and_reconciled_truthfully(
    fresh, tmp_path
):
    sim = fresh.sim
    rows = _contact_rows(tmp_path / "contacts.csv", 60)
    journal = tmp_path / "run.jsonl"
    sim.faults.add(operation="CreateContact", drop="before_response", probability=0.08)
    sim.faults.add(
        operation="CreateContact", drop="before_response", processed=True, probability=0.08
    )
    sim.faults.add(operation="CreateContact", status=502, probability=0.05)
    sim.faults.add(
        operation="CreateContact", status=429, headers={"Retry-After": "1"}, after=20, times=2
    )
    with fresh.client(max_retries=2) as client:
        first = bulk(client, "contacts.create", rows=rows, journal=journal, bar=False)
        unknown = {i.key for i in first.unknown}
        assert unknown, "the faults should leave some creates unknown"
        assert all("reconcile" in i.reason for i in first.unknown)
        # Another plain run never re-sends them.
        sent_before = sim.stats["CreateContact"]
        again = bulk(client, "contacts.create", rows=rows, journal=journal, bar=False)
        assert {i.key for i in again.unknown} == unknown
        assert (
            sim.stats["CreateContact"] == sent_before + again.counts["done"] - first.counts["done"]
        )
        # The simulator's truth for each unknown one, before reconciling.
        emails = _emails(sim)
        made = {k for k in unknown if emails[f"person{int(k.split()[1]) - 1}@example.com"]}
        sim.faults.clear()
        settled = bulk(
            client, "contacts.create", rows=rows, journal=journal, reconcile="email", bar=False
        )
    assert settled.ok and settled.counts == Counter(done=60)
    records = [json.loads(x) for x in journal.read_text().splitlines()[2:]]
    found = {r["key"] for r in records if r.get("reason", "").startswith("reconciled: found")}
    absent = {r["key"] for r in records if r.get("status") == "absent"}
    assert found == made and absent == unknown - made
    assert _emails(sim) == Counter({f"person{n}@example.com": 1 for n in range(60)})


def _run_child(url: str, journal: Path, rows: Path, seconds: float | None) -> bool:
    """Run the child; kill it after `seconds` (None: let it finish). True if it finished."""
    child = subprocess.Popen([sys.executable, str(CHILD), url, API_KEY, str(journal), str(rows)])
    if seconds is not None:
        time.sleep(seconds)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
    child.wait(timeout=120)
    return child.returncode == 0


def _state(sim):
    issues = sorted((i["id"], i["state"], tuple(i["tags"])) for i in sim.store.collection("issues"))
    return issues, _emails(sim)


def test_sigkill_at_random_moments_then_resume_gives_the_uninterrupted_result(tmp_path):
    rows = _contact_rows(tmp_path / "contacts.csv", 40)
    rng = random.Random(20261206)
    with _serve_one() as killed, _serve_one() as reference:
        kills = 0
        for _ in range(KILLS):
            if not _run_child(killed.url, tmp_path / "j", rows, rng.uniform(0.3, 1.5)):
                kills += 1
        assert kills >= min(KILLS, 3)
        assert _run_child(killed.url, tmp_path / "j", rows, None)
        assert _run_child(reference.url, tmp_path / "ref", rows, None)
        assert _state(killed.sim) == _state(reference.sim)
        assert _emails(killed.sim) == Counter({f"person{n}@example.com": 1 for n in range(40)})


def _serve_one():
    from contextlib import contextmanager

    @contextmanager
    def serving():
        generator = _serve(issues=60, accounts=4, contacts=4)
        try:
            yield next(generator)
        finally:
            generator.close()

    return serving()
