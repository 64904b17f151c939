"""The corners of the cache and the breaker: writes that fail in the transport, async clients on
a store that may block, calls that end without a verdict, paths outside the spec."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from pylon import APIConnectionError, CircuitBreaker, CircuitOpenError, Pylon, ServerError
from pylon._breaker import Breakers, _failure_of
from pylon._config import ClientConfig
from pylon._routes import Route
from pylon._wiring import SharedState
from pylon.shared_state import SQLiteStore, StoreUnavailableError
from pylon.testing import Simulator

from ..transport._support import FakeClock
from .conftest import API_KEY, BASE_URL, build

Make = Callable[..., Pylon]
BREAKER = CircuitBreaker(failures=2, window=30.0, recovery=10.0)
GET_ME = Route("GET", "/me", "GetMe", None, "read")


def test_a_write_that_fails_in_the_transport_still_drops_the_cached_reads(
    make: Make, sim: Simulator
) -> None:
    client = make(cache=True, max_retries=0)
    list(client.tags.list())
    sim.faults.add(operation="CreateTag", drop="before_response", processed=True, times=1)
    with pytest.raises(APIConnectionError):  # raised by the transport: the create may be done
        client.tags.create(value="dropped-answer", object_type="issue")
    assert "dropped-answer" in [t.value for t in client.tags.list()]
    assert sim.stats["GetTags"] == 2


def test_async_clients_on_a_sqlite_store(sim: Simulator, clock: FakeClock, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'async.db'}"

    async def main() -> None:
        async with build(sim, clock, is_async=True, cache=True, shared_state=url) as client:
            me = await client.me.get()
            assert await client.me.get() == me  # from the file, read in a worker thread
            assert await client.request("GET", "/issue-statuses")  # cached, through the raw path
            await client.accounts.list(limit=5).collect()  # not cacheable: straight through
            await client.request("GET", "/issue-statuses")

    asyncio.run(main())
    assert (sim.stats["GetMe"], sim.stats["GetIssueStatuses"]) == (1, 1)
    assert sim.stats["GetAccounts"] == 1


def test_paths_outside_the_spec_pass_the_cache_and_are_named_by_the_breaker() -> None:
    clock, seen = FakeClock(), []

    def unavailable(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(503, json={"errors": ["down"]})

    config = ClientConfig.create(
        API_KEY, base_url=BASE_URL, rate_limit=False, max_retries=0, cache=True,
        circuit_breaker=BREAKER,
    )  # fmt: skip
    shared = SharedState.create(
        config, transport=httpx.MockTransport(unavailable), hooks=clock.hooks()
    )
    with Pylon._from_parts(config, shared) as client:
        for _ in range(2):
            with pytest.raises(ServerError):
                client.request("GET", "/no-such-path")
        with pytest.raises(CircuitOpenError) as caught:
            client.request("GET", "/no-such-path")
    assert "so GET /no-such-path was not sent" in str(caught.value)
    assert seen == ["/no-such-path"] * 2


def test_a_probe_that_ends_without_a_verdict_frees_the_way_for_the_next() -> None:
    clock = FakeClock()
    breakers = Breakers(BREAKER, clock=clock.monotonic, wall_clock=clock.wall)
    request = httpx.Request("GET", "http://127.0.0.1:9/me")
    for _ in range(2):
        with breakers.trial(request, GET_ME) as trial:
            trial.judge(httpx.Response(500))
    clock.advance(BREAKER.recovery)
    with pytest.raises(TimeoutError), breakers.trial(request, GET_ME):
        raise TimeoutError  # the caller's deadline, say: neither a success nor a failure
    with breakers.trial(request, GET_ME) as trial:  # the next attempt is the probe
        trial.judge(httpx.Response(200))
    assert breakers.circuit(request.url).state == "closed"


def test_a_circuit_closed_meanwhile_admits_without_a_probe() -> None:
    clock = FakeClock()
    breakers = Breakers(BREAKER, clock=clock.monotonic, wall_clock=clock.wall)
    request = httpx.Request("GET", "http://127.0.0.1:9/me")
    circuit = breakers.circuit(request.url)
    assert circuit.admit(request, GET_ME, False) is False  # closed between check and lock


def test_statuses_outside_the_http_list_are_named_by_number() -> None:
    assert _failure_of(httpx.Response(599)) == "599"
    assert _failure_of(httpx.Response(503)) == "503 Service Unavailable"
    assert _failure_of(httpx.Response(429)) is None


def test_a_sqlite_file_that_cannot_be_read_is_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SQLiteStore(tmp_path / "state.db")

    class Broken:
        def execute(self, *args: Any) -> Any:
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_connection", lambda: Broken())
    with pytest.raises(StoreUnavailableError, match="did not answer"):
        store.get("k")
