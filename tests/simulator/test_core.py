"""Auth, error shapes, ids, and the contract checker itself."""

from __future__ import annotations

import json

import httpx
import pytest

from pylon.testing import RequestRecord, SimResponse, Simulator

from .conftest import TOKEN, client_for
from .contract import check


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": ""}, {"Authorization": "Bearer "}, {"Authorization": "Basic abc"}],
)
def test_missing_or_empty_token_is_401(sim: Simulator, headers: dict[str, str]) -> None:
    with httpx.Client(base_url="http://sim", transport=sim.transport(), headers=headers) as c:
        response = c.get("/me")
    assert response.status_code == 401
    assert response.json()["errors"] and response.json()["request_id"]


def test_any_token_accepted_by_default(sim: Simulator) -> None:
    assert client_for(sim, "whatever").get("/me").status_code == 200


def test_strict_api_key(make_sim: object) -> None:
    sim = make_sim(api_key="pylon_CANARY_secret", seed_data={"issues": 5})  # type: ignore[operator]
    assert client_for(sim, "pylon_CANARY_secret").get("/me").status_code == 200
    wrong = client_for(sim, "pylon_CANARY_other").get("/me")
    assert wrong.status_code == 401
    assert "CANARY" not in wrong.text
    assert "CANARY" not in repr(sim)


def test_token_never_recorded_or_echoed(sim: Simulator) -> None:
    c = client_for(sim, "pylon_CANARY_abc123")
    responses = [c.get("/me"), c.get("/issues/missing"), c.post("/issues", json={})]
    for response in responses:
        assert "pylon_CANARY_abc123" not in response.text
        assert all("pylon_CANARY_abc123" not in v for v in response.headers.values())
    assert all("pylon_CANARY" not in repr(r) for r in sim.requests)


def test_unknown_ids_are_404_in_pylon_error_shape(client: httpx.Client) -> None:
    for path in (
        "/issues/nope",
        "/accounts/nope",
        "/issues/nope/messages",
        "/knowledge-bases/x/articles/y",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        body = response.json()
        assert set(body) == {"errors", "request_id"}
        assert all(isinstance(e, str) for e in body["errors"])


def test_request_ids_are_unique_and_in_body(client: httpx.Client) -> None:
    ids = {client.get("/me").json()["request_id"] for _ in range(20)}
    assert len(ids) == 20


def test_invalid_json_and_missing_required_fields_are_400(client: httpx.Client) -> None:
    bad = client.post("/issues", content=b"{not json", headers={"content-type": "application/json"})
    assert bad.status_code == 400
    missing = client.post("/issues", json={"title": "no body"})
    assert missing.status_code == 400 and "body_html" in missing.json()["errors"][0]
    wrong_type = client.post("/issues", json={"title": 3, "body_html": "x"})
    assert wrong_type.status_code == 400 and "title" in wrong_type.json()["errors"][0]


def test_contract_checker_catches_invented_and_mistyped_fields() -> None:
    record = RequestRecord("GET", "/issues/x", "", "GetIssue", 200, "r")
    good = SimResponse(
        200, [], json.dumps({"data": {"id": "x", "number": 1}, "request_id": "r"}).encode()
    )
    assert check(record, good) == []
    invented = SimResponse(
        200, [], json.dumps({"data": {"id": "x", "invented": 1}, "request_id": "r"}).encode()
    )
    assert any("invented" in p for p in check(record, invented))
    mistyped = SimResponse(
        200, [], json.dumps({"data": {"number": "1"}, "request_id": "r"}).encode()
    )
    assert any("data/number" in p for p in check(record, mistyped))


def test_async_client_works_in_process(sim: Simulator) -> None:
    import asyncio

    async def run() -> int:
        async with httpx.AsyncClient(
            base_url="http://sim",
            transport=sim.transport(),
            headers={"Authorization": f"Bearer {TOKEN}"},
        ) as c:
            return (await c.get("/me")).status_code

    assert asyncio.run(run()) == 200


def test_store_counts_for_duplicate_checks(client: httpx.Client, sim: Simulator) -> None:
    before = sim.count("issues")
    client.post("/issues", json={"title": "t", "body_html": "<p>b</p>"})
    assert sim.count("issues") == before + 1
    assert sim.stats["CreateIssue"] == 1
