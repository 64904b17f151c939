"""Issue behaviour: states, GET /issues windows, messages, followers, duplicates."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pylon.testing import Simulator

ISO = "2025-05-{:02d}T00:00:00Z"


def test_get_issues_requires_a_bounded_window(client: httpx.Client) -> None:
    assert client.get("/issues").status_code == 400
    assert client.get("/issues", params={"start_time": ISO.format(1)}).status_code == 400
    assert (
        client.get("/issues", params={"start_time": "May 1", "end_time": ISO.format(2)}).status_code
        == 400
    )
    assert (
        client.get(
            "/issues", params={"start_time": ISO.format(2), "end_time": ISO.format(1)}
        ).status_code
        == 400
    )
    too_long = {"start_time": "2025-04-01T00:00:00Z", "end_time": "2025-05-01T00:00:01Z"}
    assert client.get("/issues", params=too_long).status_code == 400
    exactly_30 = {"start_time": "2025-04-01T00:00:00Z", "end_time": "2025-05-01T00:00:00Z"}
    assert client.get("/issues", params=exactly_30).status_code == 200


def test_get_issues_window_is_half_open(client: httpx.Client, sim: Simulator) -> None:
    issues = list(sim.store.collection("issues"))
    target = next(i for i in issues if i["created_at"] >= "2025-05-10T00:00:00Z")
    boundary = target["created_at"]
    before = client.get(
        "/issues", params={"start_time": "2025-05-05T00:00:00Z", "end_time": boundary}
    ).json()["data"]
    after = client.get(
        "/issues", params={"start_time": boundary, "end_time": "2025-06-01T00:00:00Z"}
    ).json()["data"]
    assert target["id"] in {i["id"] for i in after}
    assert target["id"] not in {i["id"] for i in before}
    expected = [
        i["id"]
        for i in issues
        if "2025-05-05T00:00:00Z" <= i["created_at"] < "2025-06-01T00:00:00Z"
    ]
    assert sorted(i["id"] for i in before + after) == sorted(expected)
    # offsets are accepted and mean the same instant
    same = client.get(
        "/issues",
        params={"start_time": "2025-05-05T02:00:00+02:00", "end_time": "2025-05-31T20:00:00-04:00"},
    )
    assert sorted(i["id"] for i in same.json()["data"]) == sorted(expected)


def test_create_keeps_body_html_and_resolves_references(
    client: httpx.Client, sim: Simulator
) -> None:
    account = next(iter(sim.store.collection("accounts")))
    user = next(iter(sim.store.collection("users")))
    team = next(iter(sim.store.collection("teams")))
    body = {
        "title": "Help",
        "body_html": "<p>Hi &amp; bye</p>",
        "account_id": account["id"],
        "assignee_id": user["id"],
        "team_id": team["id"],
        "requester_email": "new.person@example.org",
        "tags": ["api"],
        "custom_fields": [{"slug": "priority", "value": "high"}],
    }
    issue = client.post("/issues", json=body).json()["data"]
    assert issue["body_html"] == "<p>Hi &amp; bye</p>"
    assert issue["account"]["id"] == account["id"] and issue["assignee"] == {
        "id": user["id"],
        "email": user["email"],
    }
    assert issue["team"] == {"id": team["id"]}
    assert issue["requester"]["email"] == "new.person@example.org"
    assert sim.store.get("contacts", issue["requester"]["id"]) is not None
    assert issue["custom_fields"]["priority"]["value"] == "high"
    assert issue["state"] == "new" and issue["number"] == 1200
    second = client.post("/issues", json={"title": "x", "body_html": "<p>y</p>"}).json()["data"]
    assert second["number"] == 1201
    assert client.get("/issues/1201").json()["data"]["id"] == second["id"]


def test_states_standard_custom_and_unknown(client: httpx.Client, sim: Simulator) -> None:
    statuses = {s["slug"] for s in client.get("/issue-statuses").json()["data"]}
    assert {
        "new",
        "waiting_on_you",
        "waiting_on_customer",
        "on_hold",
        "closed",
        "resolved",
    } <= statuses
    issue = client.post("/issues", json={"title": "x", "body_html": "<p>y</p>"}).json()["data"]
    for state in ("waiting_on_you", "resolved", "on_hold", "closed"):
        data = client.patch(f"/issues/{issue['id']}", json={"state": state}).json()["data"]
        assert data["state"] == state
    assert "resolution_time" in data
    bad = client.patch(f"/issues/{issue['id']}", json={"state": "done"})
    assert bad.status_code == 400
    assert set(bad.json()) == {"errors", "request_id"}


def test_messages_reply_note_redact_delete(client: httpx.Client) -> None:
    issue = client.post("/issues", json={"title": "x", "body_html": "<p>first</p>"}).json()["data"]
    messages = client.get(f"/issues/{issue['id']}/messages").json()["data"]
    assert [m["message_html"] for m in messages] == ["<p>first</p>"]
    reply = client.post(
        f"/issues/{issue['id']}/reply",
        json={"body_html": "<p>r</p>", "message_id": messages[0]["id"]},
    )
    assert reply.json()["data"]["issue_id"] == issue["id"]
    assert (
        client.post(
            f"/issues/{issue['id']}/reply", json={"body_html": "<p>r</p>", "message_id": "nope"}
        ).status_code
        == 400
    )
    note = client.post(f"/issues/{issue['id']}/note", json={"body_html": "<p>secret</p>"}).json()[
        "data"
    ]
    messages = client.get(f"/issues/{issue['id']}/messages").json()["data"]
    assert [m["is_private"] for m in messages] == [False, False, True]
    redacted = client.post(f"/issues/{issue['id']}/messages/{note['id']}/redact").json()["data"]
    assert "secret" not in redacted["message_html"]
    assert client.delete(f"/issues/{issue['id']}/messages/{note['id']}").status_code == 200
    assert len(client.get(f"/issues/{issue['id']}/messages").json()["data"]) == 2
    assert client.delete(f"/issues/{issue['id']}/messages/{note['id']}").status_code == 404


def test_followers_feed_search(client: httpx.Client, sim: Simulator) -> None:
    user = next(iter(sim.store.collection("users")))
    issue = client.post("/issues", json={"title": "x", "body_html": "<p>y</p>"}).json()["data"]
    client.post(
        f"/issues/{issue['id']}/followers", json={"user_ids": [user["id"]], "contact_ids": ["c1"]}
    )
    followers = client.get(f"/issues/{issue['id']}/followers").json()["data"]
    assert {"id": user["id"], "type": "user"} in followers and {
        "id": "c1",
        "type": "contact",
    } in followers
    found = client.post(
        "/issues/search",
        json={"filter": {"field": "follower_contact_id", "operator": "equals", "value": "c1"}},
    )
    assert [i["id"] for i in found.json()["data"]] == [issue["id"]]
    client.post(
        f"/issues/{issue['id']}/followers", json={"contact_ids": ["c1"], "operation": "remove"}
    )
    assert {"id": "c1", "type": "contact"} not in client.get(
        f"/issues/{issue['id']}/followers"
    ).json()["data"]


@pytest.mark.parametrize(
    ("path", "body", "again"),
    [
        (
            "/accounts",
            {"name": "A", "external_ids": [{"external_id": "dup-1", "label": "crm"}]},
            {"name": "B", "external_ids": [{"external_id": "dup-1", "label": "crm"}]},
        ),
        (
            "/contacts",
            {"name": "A", "email": "same@example.org"},
            {"name": "B", "email": "SAME@example.org"},
        ),
        (
            "/import/issues",
            {
                "title": "t",
                "state": "closed",
                "messages": [],
                "external_refs": {"zendesk_ticket_id": "9"},
            },
            {
                "title": "t2",
                "state": "new",
                "messages": [],
                "external_refs": {"zendesk_ticket_id": "9"},
            },
        ),
    ],
)
def test_duplicates_are_400_with_exists_id(
    client: httpx.Client, path: str, body: dict[str, Any], again: dict[str, Any]
) -> None:
    first = client.post(path, json=body)
    assert first.status_code == 200
    second = client.post(path, json=again)
    assert second.status_code == 400
    assert second.json()["exists_id"] == first.json()["data"]["id"]


def test_nested_resources_are_scoped_by_parent(client: httpx.Client, sim: Simulator) -> None:
    a, b = list(sim.store.collection("accounts"))[:2]
    hl = client.post(f"/accounts/{a['id']}/highlights", json={"content_html": "<p>x</p>"}).json()[
        "data"
    ]
    assert hl["account_id"] == a["id"]
    assert (
        client.patch(
            f"/accounts/{b['id']}/highlights/{hl['id']}", json={"content_html": "y"}
        ).status_code
        == 404
    )
    assert (
        client.post("/accounts/missing/highlights", json={"content_html": "<p>x</p>"}).status_code
        == 404
    )
    kb = next(iter(sim.store.collection("knowledge-bases")))
    assert (
        client.post(
            f"/knowledge-bases/{kb['id']}/articles",
            json={"title": "t", "body_html": "b", "author_user_id": "u", "collection_id": "nope"},
        ).status_code
        == 400
    )


def test_crud_round_trip_generic_resources(client: httpx.Client) -> None:
    cases = [
        ("/tags", {"value": "v1", "object_type": "issue"}, {"value": "v2"}, "value"),
        ("/tasks", {"title": "t1"}, {"title": "t2"}, "title"),
        ("/custom-objects/widget", {"name": "w1"}, {"name": "w2"}, "name"),
        ("/contacts", {"name": "n1"}, {"name": "n2"}, "name"),
        ("/accounts", {"name": "n1"}, {"name": "n2"}, "name"),
    ]
    for path, create, update, key in cases:
        created = client.post(path, json=create).json()["data"]
        ident = created["id"]
        assert client.get(f"{path}/{ident}").json()["data"][key] == create[key]
        assert client.patch(f"{path}/{ident}", json=update).json()["data"][key] == update[key]
        assert client.get(f"{path}/{ident}").json()["data"][key] == update[key]
        assert client.delete(f"{path}/{ident}").status_code == 200
        assert client.get(f"{path}/{ident}").status_code == 404
        assert client.delete(f"{path}/{ident}").status_code == 404
