"""The response cache and the circuit breaker over real loopback HTTP, against the served
simulator: counts of what the server saw, short real waits only (a 0.2 s recovery)."""

from __future__ import annotations

import time
from typing import Any

import pytest

from pylon import CircuitBreaker, CircuitOpenError, ServerError

from .conftest import Served


def test_the_breaker_opens_fails_fast_and_a_probe_closes_it(
    make_client: Any, served: Served
) -> None:
    client = make_client(max_retries=0, circuit_breaker=CircuitBreaker(failures=2, recovery=0.2))
    served.sim.reset_stats()
    served.sim.faults.add(operation="GetMe", status=503)
    for _ in range(2):
        with pytest.raises(ServerError):
            client.me.get()
    for _ in range(3):
        with pytest.raises(CircuitOpenError):
            client.me.get()
    assert served.sim.stats["GetMe"] == 2
    served.sim.faults.clear()
    time.sleep(0.25)
    assert client.me.get().id
    assert client.me.get().id
    assert served.sim.stats["GetMe"] == 4


def test_the_cache_answers_repeats_and_a_write_drops_them(make_client: Any, served: Served) -> None:
    client = make_client(cache=True)
    served.sim.reset_stats()
    tags = [t.id for t in client.tags.list()]
    assert [t.id for t in client.tags.list()] == tags
    client.tags.create(value="e2e-cache-tag", object_type="issue")
    assert len([t.id for t in client.tags.list()]) == len(tags) + 1
    assert (served.sim.stats["GetTags"], served.sim.stats["CreateTag"]) == (2, 1)
