"""Object ids are unique across every collection for the life of a simulator, and deterministic.

Seed data and created objects once drew from the same `random.Random(seed)` sequence, so a create
could receive the id of a seeded object and overwrite it (300 accounts created on a fresh seeded
simulator left 316 instead of 320).
"""

from __future__ import annotations

import copy
import random
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx

from pylon.testing import Simulator, seeded_simulator
from pylon.testing._state import IdRegistry

from .conftest import BASE, NOW, TOKEN

# What is created, how many, and a body for the n-th one (several kinds, thousands in all).
CREATES: dict[str, tuple[int, Callable[[int], dict[str, Any]]]] = {
    "accounts": (1200, lambda n: {"name": f"Created account {n}"}),
    "contacts": (800, lambda n: {"name": f"Created contact {n}", "email": f"c{n}@new.example"}),
    "issues": (800, lambda n: {"title": f"Created issue {n}", "body_html": "<p>hi</p>"}),
    "tags": (400, lambda n: {"value": f"created-{n}", "object_type": "issue"}),
    "teams": (200, lambda n: {"name": f"Created team {n}"}),
}


def _everything(sim: Simulator) -> dict[tuple[str, tuple[str, ...], str], dict[str, Any]]:
    """Every record of every materialised collection and scope, keyed by where it lives."""
    store = sim.store
    return {
        (name, scope, str(record.get("id", record.get("_id")))): copy.deepcopy(record)
        for name in store.names()
        for scope in store.scopes(name)
        for record in store.collection(name, scope)
    }


def _ids(records: dict[tuple[str, tuple[str, ...], str], Any]) -> Counter[str]:
    return Counter(record["id"] for record in records.values() if "id" in record)


def _client(sim: Simulator) -> httpx.Client:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    return httpx.Client(base_url=BASE, transport=sim.transport(), headers=headers)


def test_creates_never_take_a_seeded_id_and_every_count_adds_up() -> None:
    sim = seeded_simulator(seed=42, issues=300, accounts=20, contacts=50, now=NOW)
    seeded = _everything(sim)
    seeded_counts = {name: sim.count(name, None) for name in CREATES}
    created: list[str] = []
    with _client(sim) as client:
        for path, (how_many, body) in CREATES.items():
            for n in range(how_many):
                response = client.post(f"/{path}", json=body(n))
                assert response.status_code == 200, response.text
                created.append(response.json()["data"]["id"])
        # Messages of seeded issues are built lazily, on first access: after all the creates.
        for issue in list(sim.store.collection("issues"))[:50]:
            if issue.get("_seeded"):
                assert client.get(f"/issues/{issue['id']}/messages").status_code == 200

    for name, (how_many, _) in CREATES.items():
        assert sim.count(name, None) == seeded_counts[name] + how_many, name
    assert len(set(created)) == len(created)
    assert not set(created) & set(_ids(seeded))
    now = _everything(sim)
    changed = [key for key, record in seeded.items() if now.get(key) != record]
    assert changed == [], f"seeded objects changed: {changed[:5]}"
    duplicated = [ident for ident, n in _ids(now).items() if n > 1]
    assert duplicated == [], "ids shared by two objects (across all collections)"
    assert len(sim.state.ids) >= len(_ids(now))


def _created_account_ids(seed: int, count: int = 30) -> list[str]:
    sim = seeded_simulator(seed=seed, issues=20, now=NOW)
    with _client(sim) as client:
        return [
            client.post("/accounts", json={"name": f"a{n}"}).json()["data"]["id"]
            for n in range(count)
        ]


def test_created_ids_are_deterministic_per_seed() -> None:
    assert _created_account_ids(7) == _created_account_ids(7)
    assert _created_account_ids(7) != _created_account_ids(8)


class _RepeatingRng(random.Random):
    """Gives the same 128 bits twice before moving on: a collision on demand."""

    def __init__(self) -> None:
        super().__init__(0)
        self._draws = 0

    def getrandbits(self, k: int) -> int:
        self._draws += 1
        return (self._draws + 1) // 2  # 1, 1, 2, 2, 3, 3, ...


def test_the_registry_draws_again_on_a_collision() -> None:
    registry = IdRegistry()
    rng = _RepeatingRng()
    first, second = registry.claim(rng), registry.claim(rng)
    assert first != second
    assert rng._draws == 3  # the repeated draw was thrown away
    assert first in registry and second in registry and len(registry) == 2
