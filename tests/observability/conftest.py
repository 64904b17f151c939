"""Fixtures for the hooks and OpenTelemetry tests: a small seeded simulator per module (faults
cleared after each test), clients on it in-process, and a hook that records every event.

Retried faults carry `retry-after-ms: 1`, so a retry sleeps a millisecond; rate-limit waits run
on the transport tests' fake clock. Client-side rate limiting is off unless a test turns it on.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from pylon import AsyncPylon, Hooks, Pylon
from pylon.hooks import HOOK_NAMES
from pylon.testing import Simulator, seeded_simulator

from ..transport._support import CANARY

FAST_RETRY = {"retry-after-ms": "1"}


@dataclass
class Recorder:
    """Every event a `Hooks` of its own saw, in order."""

    include_bodies: bool = False
    events: list[Any] = field(default_factory=list)

    @property
    def hooks(self) -> Hooks:
        return Hooks(
            **dict.fromkeys(HOOK_NAMES, self.events.append), include_bodies=self.include_bodies
        )

    def kinds(self) -> list[str]:
        return [type(event).__name__ for event in self.events]


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    yield seeded_simulator(accounts=2, contacts=3, users=2, teams=1, issues=5, api_key=CANARY)


@pytest.fixture(autouse=True)
def _clean(sim: Simulator) -> Iterator[None]:
    yield
    sim.faults.clear()
    sim.reset_stats()


@pytest.fixture
def issue_id(sim: Simulator) -> str:
    return str(next(iter(sim.store.collection("issues")))["id"])


def options(sim: Simulator, **overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "api_key": CANARY,
        "base_url": "http://127.0.0.1",
        "transport": sim.transport(),
        "rate_limit": False,
    }
    return {**base, **overrides}


@pytest.fixture
async def make_client(sim: Simulator) -> AsyncIterator[Any]:
    """`make_client(**options)` builds a `Pylon` on the simulator, `make_client(AsyncPylon, ...)`
    an `AsyncPylon`; all are closed after the test."""
    made: list[Pylon | AsyncPylon] = []

    def make(cls: type[Pylon | AsyncPylon] = Pylon, **overrides: Any) -> Any:
        client = cls(**options(sim, **overrides))
        made.append(client)
        return client

    yield make
    for client in made:
        if isinstance(client, AsyncPylon):
            await client.aclose()
        else:
            client.close()
