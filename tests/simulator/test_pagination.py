"""Page-size bounds, opaque cursors, has_next_page, snapshots."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pylon.testing import Simulator

from .conftest import client_for

ALL = {
    "field": "state",
    "operator": "in",
    "values": [
        "new",
        "closed",
        "resolved",
        "waiting_on_you",
        "waiting_on_customer",
        "on_hold",
        "in_progress",
        "escalated",
    ],
}


@pytest.mark.parametrize("limit", [0, -1, 1000, "abc", 2.5])
def test_out_of_range_limit_is_400(client: httpx.Client, limit: Any) -> None:
    assert client.post("/issues/search", json={"filter": ALL, "limit": limit}).status_code == 400
    assert client.get("/accounts", params={"limit": limit}).status_code == 400


def test_custom_objects_limit_bounds(client: httpx.Client) -> None:
    assert client.get("/custom-objects/subscription", params={"limit": 100}).status_code == 200
    assert client.get("/custom-objects/subscription", params={"limit": 101}).status_code == 400


def test_default_limit_and_required_limit(client: httpx.Client) -> None:
    data = client.post("/issues/search", json={"filter": ALL}).json()
    assert len(data["data"]) == 100 and data["pagination"]["has_next_page"] is True
    # the spec marks `limit` as required on GET /accounts
    assert client.get("/accounts").status_code == 400
    assert client.get("/contacts").status_code == 200


@pytest.mark.parametrize("limit", [1, 7, 50, 199, 200, 999])
def test_cursor_walk_covers_everything_once(
    client: httpx.Client, sim: Simulator, limit: int
) -> None:
    ids: list[str] = []
    body: dict[str, Any] = {"filter": ALL, "limit": limit}
    pages = 0
    while True:
        data = client.post("/issues/search", json=body).json()
        pages += 1
        ids += [i["id"] for i in data["data"]]
        assert len(data["data"]) <= limit
        if not data["pagination"]["has_next_page"]:
            assert data["pagination"]["cursor"] == ""
            break
        assert data["pagination"]["cursor"]
        body["cursor"] = data["pagination"]["cursor"]
    assert len(ids) == len(set(ids)) == 200
    assert pages == -(-200 // limit)


def test_query_cursor_lists(client: httpx.Client) -> None:
    first = client.get("/accounts", params={"limit": 15}).json()
    assert first["pagination"]["has_next_page"] is True
    second = client.get(
        "/accounts", params={"limit": 15, "cursor": first["pagination"]["cursor"]}
    ).json()
    assert second["pagination"]["has_next_page"] is False
    assert len({a["id"] for a in first["data"] + second["data"]}) == 20


def test_invalid_cursor_is_400(client: httpx.Client) -> None:
    for cursor in ("garbage", "eyJzIjoiOTk5IiwibyI6MX0", 12):
        assert (
            client.post("/issues/search", json={"filter": ALL, "cursor": cursor}).status_code == 400
        )
    # a cursor from another operation is not accepted either
    page = client.get("/accounts", params={"limit": 5}).json()
    assert (
        client.get("/contacts", params={"cursor": page["pagination"]["cursor"]}).status_code == 400
    )


def test_cursor_ttl(make_sim: Any) -> None:
    now = [0.0]
    sim = make_sim(seed_data={"issues": 30}, cursor_ttl=60, monotonic=lambda: now[0])
    c = client_for(sim)
    page = c.post("/issues/search", json={"filter": ALL, "limit": 10}).json()
    now[0] = 61
    response = c.post(
        "/issues/search", json={"filter": ALL, "limit": 10, "cursor": page["pagination"]["cursor"]}
    )
    assert response.status_code == 400 and "expired" in response.json()["errors"][0]


def test_snapshot_skips_deleted_and_shows_updates(client: httpx.Client) -> None:
    page1 = client.post("/issues/search", json={"filter": ALL, "limit": 100}).json()
    ids = [i["id"] for i in page1["data"]]
    page2_first = client.post(
        "/issues/search",
        json={"filter": ALL, "limit": 100, "cursor": page1["pagination"]["cursor"]},
    )
    target = page2_first.json()["data"][0]["id"]
    # restart and change the world between pages
    page1 = client.post("/issues/search", json={"filter": ALL, "limit": 100}).json()
    client.delete(f"/issues/{target}")
    page2 = client.post(
        "/issues/search",
        json={"filter": ALL, "limit": 100, "cursor": page1["pagination"]["cursor"]},
    ).json()
    assert target not in {i["id"] for i in page2["data"]}
    assert not set(ids) & {i["id"] for i in page2["data"]}


def test_lists_without_cursor_have_single_page(client: httpx.Client) -> None:
    for path in ("/users", "/teams", "/tags", "/issue-statuses", "/ticket-forms"):
        data = client.get(path).json()
        assert data["pagination"] == {"cursor": "", "has_next_page": False}, path
    # and lists whose schema has no pagination have none
    assert "pagination" not in client.get("/macros").json()
