"""Fixtures for the job tests: a seeded simulator served on 127.0.0.1, and clients of it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from pylon import Pylon
from pylon.testing import Simulator, seeded_simulator

API_KEY = "pylon_jobs_key_0123456789abcdef"


@dataclass
class Served:
    sim: Simulator
    url: str

    def client(self, **options: Any) -> Pylon:
        options.setdefault("rate_limit", False)
        return Pylon(api_key=API_KEY, base_url=self.url, **options)

    def ids(self, collection: str, scope: tuple[str, ...] | None = ()) -> list[str]:
        if scope is None:
            return [
                r["id"]
                for s in self.sim.store.scopes(collection)
                for r in self.sim.store.collection(collection, s)
            ]
        return [r["id"] for r in self.sim.store.collection(collection, scope)]

    def messages(self) -> dict[str, list[str]]:
        """Each issue's message ids, from the store (the ground truth)."""
        return {
            issue_id: [m["id"] for m in self.sim.store.collection("issues/messages", (issue_id,))]
            for issue_id in self.ids("issues")
        }

    def requests(self) -> int:
        return sum(self.sim.stats.values())


def _serve(**sizes: Any) -> Iterator[Served]:
    sim = seeded_simulator(api_key=API_KEY, seed=11, **sizes)
    with sim.serve() as url:
        yield Served(sim, url)


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    yield from _serve(issues=120, accounts=15, contacts=30)


@pytest.fixture
def client(served: Served) -> Iterator[Pylon]:
    with served.client() as c:
        yield c
