"""`client.health()` against the simulator over real loopback HTTP, sync and async.

Each outcome a readiness probe meets - healthy, a refused key, nothing listening, a 5xx, a 429
from Pylon, a limiter that would make the probe wait, a server slower than the timeout - comes
back as a `Health` with its reason, never as an exception, after exactly one request.
"""

from __future__ import annotations

import asyncio
import math
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from pylon import AsyncPylon, Health, Pylon, PylonConfigError
from pylon.testing import Simulator, seeded_simulator

from .conftest import API_KEY

WRONG_KEY = "pylon_wrong_key_0123456789abcdef"


@pytest.fixture(scope="module")
def sim_url() -> Iterator[tuple[Simulator, str]]:
    sim = seeded_simulator(issues=3, accounts=2, contacts=2, users=2, teams=1, api_key=API_KEY)
    with sim.serve(port=0) as url:
        yield sim, url


@pytest.fixture(autouse=True)
def _no_faults_left(sim_url: tuple[Simulator, str]) -> Iterator[None]:
    yield
    sim_url[0].faults.clear()


Check = Callable[..., Health]


@pytest.fixture(params=["sync", "async"])
def check(request: pytest.FixtureRequest) -> Check:
    """`check(timeout=..., **client_options)`: build a client, run one health check, close it."""

    def run(timeout: float | None = None, **options: Any) -> Health:
        options.setdefault("api_key", API_KEY)
        extra = {} if timeout is None else {"timeout": timeout}
        if request.param == "sync":
            with Pylon(**options) as client:
                return client.health(**extra)

        async def main() -> Health:
            async with AsyncPylon(**options) as client:
                health: Health = await client.health(**extra)
                return health

        return asyncio.run(main())

    return run


def _me(sim: Simulator) -> dict[str, Any]:
    data: dict[str, Any] = sim.handle(
        "GET", "/me", headers={"Authorization": f"Bearer {API_KEY}"}
    ).json()["data"]
    return data


def _secret_free(health: Health, *keys: str) -> None:
    shown = repr(health) + str(health.detail)
    for key in keys:
        assert key not in shown and key[-8:] not in shown


def test_a_working_key_reaches_its_organization(
    check: Check, sim_url: tuple[Simulator, str]
) -> None:
    sim, url = sim_url
    before = sim.stats["GetMe"]
    health = check(base_url=url)
    me = _me(sim)
    assert health.ok and bool(health) and health.reason is None and health.detail is None
    assert (health.organization_id, health.organization_name) == (me["id"], me["name"])
    assert health.base_url == url and health.region is None  # a loopback host is no region
    assert health.status_code == 200 and health.request_id
    assert health.round_trip is not None and health.round_trip > 0
    assert health.held_back == () and not health.limiter_holding
    assert sim.stats["GetMe"] == before + 2  # the check's call and `_me`'s own
    _secret_free(health, API_KEY)


def test_a_refused_key_is_bad_key_not_an_exception(
    check: Check, sim_url: tuple[Simulator, str]
) -> None:
    health = check(base_url=sim_url[1], api_key=WRONG_KEY)
    assert not health.ok and not bool(health)
    assert health.reason == "bad_key" and health.status_code == 401
    assert "refused the key (401)" in str(health.detail)
    assert health.organization_id is None and health.round_trip is not None
    _secret_free(health, WRONG_KEY, API_KEY)


def test_a_pylon_host_names_the_other_region_on_a_refused_key() -> None:
    import httpx

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"errors": ["invalid token"], "request_id": "r-1"})

    with Pylon(api_key=WRONG_KEY, region="eu", transport=httpx.MockTransport(refuse)) as client:
        health = client.health()
    assert health.reason == "bad_key" and health.region == "eu" and health.request_id == "r-1"
    assert "https://api.usepylon.com" in str(health.detail)
    _secret_free(health, WRONG_KEY)


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (403, {"errors": ["not allowed"], "request_id": "r-1"}, "forbidden"),
        (404, {"errors": ["no route"], "request_id": "r-1"}, "unexpected_response"),
        (200, {"data": [], "request_id": "r-1"}, "unexpected_response"),  # not Pylon's /me
    ],
)
def test_other_answers_have_their_own_reason(status: int, body: Any, reason: str) -> None:
    import httpx

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    with Pylon(
        api_key=API_KEY, base_url="http://127.0.0.1:9", transport=httpx.MockTransport(answer)
    ) as client:
        health = client.health()
    assert (health.ok, health.reason, health.status_code) == (False, reason, status)
    assert health.request_id == "r-1" and health.round_trip is not None and health.detail
    _secret_free(health, API_KEY)


def test_nothing_listening_is_unreachable(check: Check) -> None:
    with socket.socket() as probe:  # a free port, closed again: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    health = check(base_url=f"http://127.0.0.1:{port}")
    assert (health.ok, health.reason) == (False, "unreachable")
    assert health.round_trip is None and health.status_code is None
    assert "127.0.0.1" in str(health.detail)


def test_a_server_error_is_reported_after_one_attempt(
    check: Check, sim_url: tuple[Simulator, str]
) -> None:
    sim, url = sim_url
    rule = sim.faults.add(operation="GetMe", status=503)
    health = check(base_url=url, max_retries=5)  # the check never retries, whatever the client's
    assert (health.ok, health.reason, health.status_code) == (False, "server_error", 503)
    assert rule.fired == 1


def test_a_429_from_pylon_is_rate_limited_and_shown_in_the_limits(
    sim_url: tuple[Simulator, str],
) -> None:
    sim, url = sim_url
    rule = sim.faults.add(operation="GetMe", status=429, headers={"Retry-After": "7"}, times=1)
    with Pylon(api_key=API_KEY, base_url=url) as client:
        assert client.rate_limits["GetMe"].last_429 is None
        health = client.health()
        assert (health.ok, health.reason, health.status_code) == (False, "rate_limited", 429)
        assert "answered GET /me with 429; retry in 7 s" in str(health.detail)
        assert rule.fired == 1 and health.round_trip is not None
        last = client.rate_limits["GetMe"].last_429
        assert last is not None and last.retry_after == 7.0
        # The limiter now pauses GetMe: the next check says so, and waits for no slot.
        again = client.health(timeout=1)
        assert again.reason == "rate_limited" and "GetMe" in again.held_back
        assert again.limiter_holding and rule.fired == 1  # nothing more was sent
        assert (again.status_code, again.round_trip) == (None, None)
        assert "not sent" in str(again.detail)


async def test_async_rate_limited_by_the_limiter_sends_nothing(
    sim_url: tuple[Simulator, str],
) -> None:
    sim, url = sim_url
    async with AsyncPylon(api_key=API_KEY, base_url=url, rate_limit={"GetMe": (1, 60.0)}) as c:
        assert (await c.health()).ok
        sent = sim.stats["GetMe"]
        health = await c.health(timeout=0.5)
    assert health.reason == "rate_limited" and health.held_back == ("GetMe",)
    assert sim.stats["GetMe"] == sent  # the slot lay past the timeout: nothing was sent


def test_a_slow_server_is_a_timeout_within_the_budget(
    check: Check, sim_url: tuple[Simulator, str]
) -> None:
    sim, url = sim_url
    sim.faults.add(operation="GetMe", delay=1.0, times=1)
    health = check(base_url=url, timeout=0.2)
    assert (health.ok, health.reason) == (False, "timeout")


def test_a_closed_client_says_so(sim_url: tuple[Simulator, str]) -> None:
    client = Pylon(api_key=API_KEY, base_url=sim_url[1])
    client.close()
    health = client.health()
    assert (health.ok, health.reason) == (False, "client_closed")


@pytest.mark.parametrize("timeout", [0, -1, math.inf, math.nan, True, "5", None])
def test_a_bad_timeout_is_a_config_error(timeout: Any) -> None:
    with (
        Pylon(api_key=API_KEY, base_url="http://127.0.0.1:9") as client,
        pytest.raises(PylonConfigError, match=r"health\(timeout=\.\.\.\)"),
    ):
        client.health(timeout=timeout)
    async_client = AsyncPylon(api_key=API_KEY, base_url="http://127.0.0.1:9")
    with pytest.raises(PylonConfigError):
        async_client.health(timeout=timeout)  # refused at the call, before anything is awaited
    asyncio.run(async_client.aclose())
