"""Fixtures for the simulator's own tests.


Every simulator made through ``make_sim`` records its responses and, at teardown, fails the
test if any response broke the spec's response schema (see ``contract.py``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest

from pylon.testing import Simulator
from pylon.testing.pytest_plugin import pylon_client, pylon_simulator, pylon_simulator_url

from .contract import ContractRecorder

__all__ = [
    "pylon_client",
    "pylon_simulator",
    "pylon_simulator_url",
]  # the plugin's fixtures, for these tests

NOW = datetime(2025, 6, 1, tzinfo=timezone.utc)
TOKEN = "pylon_test_token"
BASE = "https://api.usepylon.com"

CONTRACT_SEEN: set[tuple[str | None, int]] = set()


@pytest.fixture
def make_sim() -> Iterator[Callable[..., Simulator]]:
    recorders: list[ContractRecorder] = []

    def factory(*, seed_data: dict[str, Any] | None = None, **options: Any) -> Simulator:
        options.setdefault("clock", lambda: NOW)
        sim = Simulator(**options)
        recorder = ContractRecorder()
        sim.add_observer(recorder)
        recorders.append(recorder)
        if seed_data is not None:
            sim.seed(now=NOW, **seed_data)
        sim.contract = recorder  # type: ignore[attr-defined]
        return sim

    yield factory
    problems = [p for r in recorders for p in r.problems]
    for recorder in recorders:
        CONTRACT_SEEN.update(recorder.checked)
    assert not problems, "responses that break the spec:\n" + "\n".join(problems[:20])


@pytest.fixture
def sim(make_sim: Callable[..., Simulator]) -> Simulator:
    return make_sim(seed_data={"issues": 200, "seed": 42})


@pytest.fixture
def empty_sim(make_sim: Callable[..., Simulator]) -> Simulator:
    return make_sim()


def client_for(sim: Simulator, token: str | None = TOKEN) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=BASE, transport=sim.transport(), headers=headers)


@pytest.fixture
def client(sim: Simulator) -> Iterator[httpx.Client]:
    with client_for(sim) as c:
        yield c


@pytest.fixture
async def aclient(sim: Simulator) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        base_url=BASE, transport=sim.transport(), headers={"Authorization": f"Bearer {TOKEN}"}
    ) as c:
        yield c


@pytest.fixture
def served(sim: Simulator) -> Iterator[str]:
    with sim.serve() as url:
        yield url
