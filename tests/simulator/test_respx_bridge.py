"""The respx bridge: a suite built on respx gets the stateful simulator for Pylon's host in one
line, with its other routes untouched, for sync and async clients, through the SDK and raw httpx."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import respx

from pylon import AsyncPylon, Pylon, ServerError, filters
from pylon.testing import Simulator, route_to_simulator, seeded_simulator

BASE = "https://api.usepylon.com"


@pytest.fixture
def sim() -> Simulator:
    return seeded_simulator(issues=30)


def test_sdk_calls_are_answered_by_the_simulator_with_state(sim: Simulator) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = route_to_simulator(router, sim)
        with Pylon(api_key="k", base_url=BASE, rate_limit=False, max_retries=0) as client:
            created = client.issues.create(title="From respx", description="hi")
            assert client.issues.get(created.id).title == "From respx"
            found = client.issues.search(filters.F.title.string_contains("from respx")).collect()
    assert [i.id for i in found] == [created.id]
    assert sim.stats["CreateIssue"] == 1
    assert [c.request.method for c in route.calls] == ["POST", "GET", "POST"]


def test_other_hosts_keep_their_own_routes(sim: Simulator) -> None:
    with respx.mock(assert_all_called=False) as router:
        other = router.get("https://example.com/status").respond(200, text="fine")
        route_to_simulator(router, sim)
        assert httpx.get("https://example.com/status").text == "fine"
        me = httpx.get(f"{BASE}/me", headers={"Authorization": "Bearer k"})
        assert me.status_code == 200 and "data" in me.json()
        missing = httpx.get(f"{BASE}/no-such-path", headers={"Authorization": "Bearer k"})
        assert missing.status_code == 404  # the simulator's answer, not a respx default
        assert other.call_count == 1


def test_async_clients_and_faults(sim: Simulator) -> None:
    sim.faults.add(operation="GetMe", status=503, times=1)

    async def main() -> None:
        async with AsyncPylon(api_key="k", base_url=BASE, rate_limit=False, max_retries=0) as c:
            with pytest.raises(ServerError):
                await c.me.get()
            assert (await c.me.get()).id
            assert len(await c.accounts.list(limit=5).collect()) == sim.count("accounts")

    with respx.mock(assert_all_called=False) as router:
        route_to_simulator(router, sim)
        asyncio.run(main())


def test_a_base_url_with_a_port_is_matched_exactly(sim: Simulator) -> None:
    auth = {"Authorization": "Bearer k"}
    with respx.mock(assert_all_called=False) as router:
        route_to_simulator(router, sim, base_url="http://127.0.0.1:8080")
        fallback = router.route().respond(418)
        assert httpx.get("http://127.0.0.1:8080/me", headers=auth).status_code == 200
        assert httpx.get("http://127.0.0.1:9090/me", headers=auth).status_code == 418
        assert fallback.call_count == 1


def test_the_pytest_fixture(pylon_respx: Simulator) -> None:
    with Pylon(api_key="k", base_url=BASE, rate_limit=False) as client:
        assert len(client.teams.list().collect()) == pylon_respx.count("teams")


def test_respx_mock_fixture_from_respx_is_what_the_fixture_uses(
    pylon_respx: Simulator, respx_mock: Any
) -> None:
    assert respx_mock.routes["pylon"] is not None
    httpx.get(f"{BASE}/me", headers={"Authorization": "Bearer k"})
    assert respx_mock.routes["pylon"].call_count == 1
