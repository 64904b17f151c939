"""Clients for the cache and breaker tests: the facade, wired exactly as `Pylon(...)` wires it,
on the simulator's in-process transport and a fake clock (no real sleeps; every wait moves the
clock). The simulator's request counts are the evidence: `sim.stats[operation_id]`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from pylon import AsyncPylon, Pylon
from pylon._config import ClientConfig
from pylon._wiring import SharedState
from pylon.testing import Simulator, seeded_simulator

from ..transport._support import FakeClock

API_KEY = "pylon_resilience_key_0123456789ab"
BASE_URL = "http://127.0.0.1:9"


@pytest.fixture
def sim() -> Simulator:
    return seeded_simulator(accounts=2, contacts=2, users=6, teams=3, issues=3, seed=11)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def build(
    sim: Simulator,
    clock: FakeClock,
    *,
    is_async: bool = False,
    shared_state: Any = None,
    api_key: str = API_KEY,
    **options: Any,
) -> Any:
    """A `Pylon` (or `AsyncPylon`) on `sim`, its sleeps and clocks on `clock`."""
    options.setdefault("rate_limit", False)
    config = ClientConfig.create(api_key, base_url=BASE_URL, **options)
    shared = SharedState.create(
        config,
        transport=sim.transport(),
        is_async=is_async,
        hooks=clock.hooks(),
        shared_state=shared_state,
    )
    cls = AsyncPylon if is_async else Pylon
    return cls._from_parts(config, shared)


@pytest.fixture
def make(sim: Simulator, clock: FakeClock) -> Iterator[Callable[..., Pylon]]:
    """Sync clients on the fixture's simulator and clock, closed after the test."""
    made: list[Pylon] = []

    def make_one(**options: Any) -> Pylon:
        client: Pylon = build(sim, clock, **options)
        made.append(client)
        return client

    yield make_one
    for client in made:
        client.close()
