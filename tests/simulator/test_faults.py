"""Fault injection, in-process (httpx transport) and over real loopback HTTP (uvicorn)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from pylon.testing import Simulator

from .conftest import TOKEN, client_for

SEARCH = {"filter": {"field": "state", "operator": "equals", "value": "new"}}
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(params=["in-process", "served"])
def mode_client(request: pytest.FixtureRequest, sim: Simulator) -> Iterator[httpx.Client]:
    if request.param == "in-process":
        with client_for(sim) as c:
            yield c
    else:
        with sim.serve() as url, httpx.Client(base_url=url, headers=AUTH, trust_env=False) as c:
            yield c


def test_status_with_headers_once(mode_client: httpx.Client, sim: Simulator) -> None:
    rule = sim.faults.add(
        operation="SearchIssues", status=429, headers={"Retry-After": "2"}, times=1
    )
    first = mode_client.post("/issues/search", json=SEARCH)
    assert first.status_code == 429 and first.headers["retry-after"] == "2"
    assert first.json()["errors"]
    assert mode_client.post("/issues/search", json=SEARCH).status_code == 200
    assert rule.fired == 1 and sim.stats["SearchIssues"] == 2


def test_after_lets_calls_through_then_fails(mode_client: httpx.Client, sim: Simulator) -> None:
    sim.faults.add(method="GET", path="/me", status=503, after=2, times=2)
    codes = [mode_client.get("/me").status_code for _ in range(5)]
    assert codes == [200, 200, 503, 503, 200]


def test_html_error_page(mode_client: httpx.Client, sim: Simulator) -> None:
    sim.faults.add(status=502, html=True, times=1)
    response = mode_client.get("/me")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<html>" in response.text and "502" in response.text


def test_custom_body_and_200_html(mode_client: httpx.Client, sim: Simulator) -> None:
    sim.faults.add(
        operation="GetMe",
        status=200,
        body="<html>captive portal</html>",
        content_type="text/html",
        times=1,
    )
    response = mode_client.get("/me")
    assert response.status_code == 200 and response.headers["content-type"] == "text/html"
    sim.faults.add(operation="GetMe", status=500, body={"errors": ["boom"]}, times=1)
    assert mode_client.get("/me").json() == {"errors": ["boom"]}


def test_truncated_json_with_honest_length(mode_client: httpx.Client, sim: Simulator) -> None:
    sim.faults.add(operation="GetMe", truncate=20, times=1)
    response = mode_client.get("/me")
    assert response.status_code == 200 and len(response.content) == 20
    assert response.headers["content-length"] == "20"
    with pytest.raises(ValueError):
        response.json()


@pytest.mark.parametrize(
    ("drop", "error"),
    [
        ("mid_body", httpx.RemoteProtocolError),
        ("reset", (httpx.ReadError, httpx.RemoteProtocolError)),
        ("before_response", httpx.RemoteProtocolError),
    ],
)
def test_dropped_connections(
    mode_client: httpx.Client, sim: Simulator, drop: str, error: type[Exception]
) -> None:
    sim.faults.add(operation="SearchIssues", drop=drop, times=1)  # type: ignore[arg-type]
    with pytest.raises(error):
        mode_client.post("/issues/search", json=SEARCH)
    assert mode_client.post("/issues/search", json=SEARCH).status_code == 200


def test_mid_body_drop_of_a_create_is_processed(mode_client: httpx.Client, sim: Simulator) -> None:
    before = sim.count("issues")
    sim.faults.add(operation="CreateIssue", drop="mid_body", times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        mode_client.post("/issues", json={"title": "t", "body_html": "<p>b</p>"})
    assert sim.count("issues") == before + 1  # the server did the work: a retry would duplicate


def test_status_fault_skips_the_handler_unless_processed(
    mode_client: httpx.Client, sim: Simulator
) -> None:
    before = sim.count("issues")
    sim.faults.add(operation="CreateIssue", status=500, times=1)
    assert (
        mode_client.post("/issues", json={"title": "t", "body_html": "<p>b</p>"}).status_code == 500
    )
    assert sim.count("issues") == before
    sim.faults.add(operation="CreateIssue", status=504, processed=True, times=1)
    assert (
        mode_client.post("/issues", json={"title": "t", "body_html": "<p>b</p>"}).status_code == 504
    )
    assert sim.count("issues") == before + 1


def test_delay_and_read_timeout(mode_client: httpx.Client, sim: Simulator) -> None:
    sim.faults.add(operation="GetMe", delay=0.3, times=1)
    start = time.monotonic()
    assert mode_client.get("/me").status_code == 200
    assert time.monotonic() - start >= 0.28
    sim.faults.add(operation="GetMe", delay=1.0, times=1)
    with pytest.raises(httpx.ReadTimeout):
        mode_client.get("/me", timeout=httpx.Timeout(5.0, read=0.2))


def test_drip(mode_client: httpx.Client, sim: Simulator) -> None:
    sim.faults.add(operation="GetMe", drip_interval=0.01, drip_chunk=40, times=1)
    start = time.monotonic()
    response = mode_client.get("/me")
    assert response.status_code == 200 and response.json()["data"]["id"]
    assert time.monotonic() - start >= 0.02


def test_probability_is_seeded(make_sim: object) -> None:
    def run() -> list[int]:
        sim = make_sim(seed=3, seed_data={"issues": 1})  # type: ignore[operator]
        sim.faults.add(status=503, probability=0.3)
        c = client_for(sim)
        return [c.get("/me").status_code for _ in range(40)]

    first, second = run(), run()
    assert first == second and 503 in first and 200 in first


def test_clear(client: httpx.Client, sim: Simulator) -> None:
    sim.faults.add(status=500)
    assert client.get("/me").status_code == 500
    sim.faults.clear()
    assert client.get("/me").status_code == 200


async def test_async_transport_faults(sim: Simulator) -> None:
    sim.faults.add(operation="GetMe", drop="mid_body", times=1)
    sim.faults.add(operation="GetMe", drop="reset", times=1)
    sim.faults.add(operation="GetMe", delay=0.5, times=1)
    async with httpx.AsyncClient(
        base_url="http://sim", transport=sim.transport(), headers=AUTH
    ) as c:
        with pytest.raises(httpx.RemoteProtocolError):
            await c.get("/me")
        with pytest.raises(httpx.ReadError):
            await c.get("/me")
        with pytest.raises(httpx.ReadTimeout):
            await c.get("/me", timeout=httpx.Timeout(5.0, read=0.1))
        assert (await c.get("/me")).status_code == 200
