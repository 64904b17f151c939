"""Every one of the spec's operations answers 200 with a body that matches its schema.

One scenario walks all operations in a sensible order (creates before updates before deletes)
against a seeded simulator; the contract recorder validates every response.
"""

from __future__ import annotations

from typing import Any

import httpx

from pylon.testing import Simulator
from pylon.testing._spec import operations

from .conftest import client_for


def _first(sim: Simulator, name: str, scope: tuple[str, ...] = ()) -> dict[str, Any]:
    return next(iter(sim.store.collection(name, scope)))


def test_every_operation_is_routed_and_answers(sim: Simulator) -> None:
    c = client_for(sim)
    seen: set[str] = set()

    def call(method: str, url: str, **kw: Any) -> dict[str, Any]:
        response = c.request(method, url, **kw)
        assert response.status_code == 200, (method, url, response.text)
        assert response.headers["content-type"].startswith("application/json")
        op = sim.requests[-1].operation
        assert op is not None
        seen.add(op)
        body: dict[str, Any] = response.json()
        assert isinstance(body.get("request_id"), str)
        return body

    user = _first(sim, "users")
    issue = sim.store.collection("issues").get(sim.store.collection("issues").ids()[-1])
    assert issue is not None
    kb = _first(sim, "knowledge-bases")
    survey = _first(sim, "surveys")
    group = _first(sim, "macro-groups")

    # me, users, roles, teams, statuses and other workspace lists
    call("GET", "/me")
    call("GET", "/users")
    call("GET", f"/users/{user['id']}")
    call("PATCH", f"/users/{user['id']}", json={"name": "Renamed"})
    call(
        "POST",
        "/users/search",
        json={"filter": {"field": "email", "operator": "equals", "value": user["email"]}},
    )
    call("GET", "/user-roles")
    team = call("POST", "/teams", json={"name": "Night shift", "user_ids": [user["id"]]})["data"]
    call("GET", "/teams")
    call("GET", f"/teams/{team['id']}")
    call("PATCH", f"/teams/{team['id']}", json={"name": "Night crew"})
    call("GET", "/issue-statuses")
    call("GET", "/activity-types")
    call("GET", "/audit-logs", params={"limit": 5})
    call("GET", "/ticket-forms")
    form = _first(sim, "ticket-forms")
    call("GET", f"/ticket-forms/{form['id']}")

    # tags, custom fields, custom objects
    tag = call("POST", "/tags", json={"value": "vip", "object_type": "issue"})["data"]
    call("GET", "/tags")
    call("GET", f"/tags/{tag['id']}")
    call("PATCH", f"/tags/{tag['id']}", json={"hex_color": "#ff0000"})
    field = call(
        "POST",
        "/custom-fields",
        json={
            "label": "Tier",
            "object_type": "account",
            "type": "select",
            "select_options": [{"slug": "a", "label": "A"}],
        },
    )["data"]
    call("GET", "/custom-fields", params={"object_type": "account"})
    call("GET", f"/custom-fields/{field['id']}")
    call("PATCH", f"/custom-fields/{field['id']}", json={"description": "Customer tier"})
    obj = call("POST", "/custom-objects/subscription", json={"name": "Gold"})["data"]
    call("GET", "/custom-objects/subscription", params={"limit": 10})
    call("GET", f"/custom-objects/subscription/{obj['id']}")
    call("PATCH", f"/custom-objects/subscription/{obj['id']}", json={"name": "Platinum"})
    call(
        "POST",
        "/custom-objects/subscription/search",
        json={"filter": {"field": "name", "operator": "string_contains", "value": "plat"}},
    )

    # accounts and their children
    acct = call(
        "POST",
        "/accounts",
        json={
            "name": "Newco",
            "domain": "newco.example.com",
            "owner_id": user["id"],
            "external_ids": [{"external_id": "ext-1", "label": "crm"}],
        },
    )["data"]
    call("GET", "/accounts", params={"limit": 10})
    call("GET", f"/accounts/{acct['id']}")
    call("PATCH", f"/accounts/{acct['id']}", json={"tags": ["enterprise"]})
    call(
        "PATCH",
        "/accounts",
        json={"account_ids": [acct["id"]], "tags": ["trial"], "tags_apply_mode": "append_only"},
    )
    call(
        "POST",
        "/accounts/search",
        json={"filter": {"field": "name", "operator": "equals", "value": "Newco"}},
    )
    hl = call(
        "POST", f"/accounts/{acct['id']}/highlights", json={"content_html": "<p>Renewal soon</p>"}
    )["data"]
    call(
        "PATCH",
        f"/accounts/{acct['id']}/highlights/{hl['id']}",
        json={"content_html": "<p>Renewed</p>"},
    )
    call("DELETE", f"/accounts/{acct['id']}/highlights/{hl['id']}")
    call(
        "POST",
        f"/accounts/{acct['id']}/activities",
        json={"slug": "call", "body_html": "<p>Call</p>"},
    )
    call(
        "POST",
        f"/accounts/{acct['id']}/files",
        files={"file": ("notes.txt", b"hello", "text/plain")},
    )
    call(
        "POST",
        "/attachments",
        files={"file": ("a.png", b"\x89PNG", "image/png")},
        data={"description": "logo"},
    )

    # contacts
    contact = call(
        "POST",
        "/contacts",
        json={"name": "Zed", "email": "zed@newco.example.com", "account_id": acct["id"]},
    )["data"]
    call("GET", "/contacts", params={"limit": 10})
    call("GET", f"/contacts/{contact['id']}")
    call("PATCH", f"/contacts/{contact['id']}", json={"name": "Zed Z"})
    call(
        "POST",
        "/contacts/search",
        json={"filter": {"field": "email", "operator": "string_contains", "value": "zed@"}},
    )
    call(
        "POST", "/import/contacts", json={"name": "Imported", "email": "imported@newco.example.com"}
    )

    # issues and everything under them
    new = call(
        "POST",
        "/issues",
        json={
            "title": "Broken",
            "body_html": "<p>It broke</p>",
            "account_id": acct["id"],
            "requester_id": contact["id"],
            "tags": ["bug"],
        },
    )["data"]
    call(
        "GET",
        "/issues",
        params={"start_time": "2025-05-20T00:00:00Z", "end_time": "2025-06-02T00:00:00Z"},
    )
    call("GET", f"/issues/{new['id']}")
    call(
        "PATCH",
        f"/issues/{new['id']}",
        json={"state": "waiting_on_customer", "assignee_id": user["id"]},
    )
    call(
        "POST",
        "/issues/search",
        json={"filter": {"field": "state", "operator": "equals", "value": "new"}, "limit": 5},
    )
    messages = call("GET", f"/issues/{issue['id']}/messages")["data"]
    call(
        "POST",
        f"/issues/{issue['id']}/reply",
        json={"body_html": "<p>On it</p>", "message_id": messages[0]["id"]},
    )
    note = call("POST", f"/issues/{issue['id']}/note", json={"body_html": "<p>internal</p>"})[
        "data"
    ]
    call("POST", f"/issues/{issue['id']}/messages/{note['id']}/redact")
    call("DELETE", f"/issues/{issue['id']}/messages/{note['id']}")
    call("POST", f"/issues/{issue['id']}/threads", json={"name": "Escalation"})
    call("GET", f"/issues/{issue['id']}/threads")
    call("POST", f"/issues/{issue['id']}/followers", json={"user_ids": [user["id"]]})
    call("GET", f"/issues/{issue['id']}/followers")
    call("POST", f"/issues/{issue['id']}/snooze", json={"snooze_until": "2025-06-03T00:00:00Z"})
    call(
        "POST",
        f"/issues/{issue['id']}/external-issues",
        json={"external_issue_id": "LIN-1", "source": "linear"},
    )
    call("POST", f"/issues/{issue['id']}/ai-response", json={"ai_agent_id": "agent-1"})
    imported = call(
        "POST",
        "/import/issues",
        json={
            "title": "Old",
            "state": "closed",
            "messages": [{"body_html": "<p>old</p>", "is_private": False}],
            "external_refs": {"zendesk_ticket_id": "z-1"},
        },
    )["data"]
    call(
        "POST",
        f"/import/issues/{imported['id']}/messages",
        json={"messages": [{"body_html": "<p>more</p>", "is_private": True}]},
    )
    call("DELETE", f"/issues/{new['id']}")

    # knowledge base
    call("GET", "/knowledge-bases")
    call("GET", f"/knowledge-bases/{kb['id']}")
    col = call("POST", f"/knowledge-bases/{kb['id']}/collections", json={"title": "FAQ"})["data"]
    call("GET", f"/knowledge-bases/{kb['id']}/collections")
    call("GET", f"/knowledge-bases/{kb['id']}/collections/{col['id']}")
    art = call(
        "POST",
        f"/knowledge-bases/{kb['id']}/articles",
        json={
            "title": "Reset password",
            "body_html": "<p>Do X</p>",
            "author_user_id": user["id"],
            "collection_id": col["id"],
            "is_published": True,
        },
    )["data"]
    call("GET", f"/knowledge-bases/{kb['id']}/articles", params={"limit": 10})
    call("GET", f"/knowledge-bases/{kb['id']}/articles/{art['id']}")
    call(
        "PATCH",
        f"/knowledge-bases/{kb['id']}/articles/{art['id']}",
        json={"body_html": "<p>Do Y</p>", "publish_updated_body_html": True},
    )
    call(
        "POST",
        f"/knowledge-bases/{kb['id']}/route-redirects",
        json={"from_path": "/old", "object_id": art["id"], "object_type": "article"},
    )
    call("DELETE", f"/knowledge-bases/{kb['id']}/articles/{art['id']}")
    call("DELETE", f"/knowledge-bases/{kb['id']}/collections/{col['id']}")

    # macros
    call("GET", "/macro-groups")
    macro = call(
        "POST",
        "/macros",
        json={"name": "Hi", "macro_group_id": group["id"], "text_html": "<p>Hi</p>"},
    )["data"]
    call("GET", "/macros", params={"macro_group_id": group["id"]})
    call("GET", f"/macros/{macro['id']}")
    call("PATCH", f"/macros/{macro['id']}", json={"name": "Hello"})

    # projects, milestones, tasks
    project = call("POST", "/projects", json={"name": "Rollout", "account_id": acct["id"]})["data"]
    call("PATCH", f"/projects/{project['id']}", json={"is_archived": True})
    call(
        "POST",
        "/projects/search",
        json={"filter": {"field": "is_archived", "operator": "equals", "value": "true"}},
    )
    milestone = call("POST", "/milestones", json={"name": "M1", "project_id": project["id"]})[
        "data"
    ]
    call("PATCH", f"/milestones/{milestone['id']}", json={"name": "M1b"})
    task = call(
        "POST",
        "/tasks",
        json={"title": "Call them", "project_id": project["id"], "assignee_id": user["id"]},
    )["data"]
    call("GET", "/tasks", params={"limit": 10})
    call("GET", f"/tasks/{task['id']}")
    call("PATCH", f"/tasks/{task['id']}", json={"status": "completed"})
    call(
        "POST",
        "/tasks/search",
        json={"filter": {"field": "status", "operator": "equals", "value": "completed"}},
    )
    call("DELETE", f"/tasks/{task['id']}")
    call("DELETE", f"/milestones/{milestone['id']}")
    call("DELETE", f"/projects/{project['id']}")

    # surveys, feature requests
    call("GET", "/surveys")
    call("GET", f"/surveys/{survey['id']}")
    call(
        "POST",
        "/surveys/search",
        json={
            "filter": {
                "field": "updated_at",
                "operator": "time_is_before",
                "value": "2030-01-01T00:00:00Z",
            }
        },
    )
    call("GET", f"/surveys/{survey['id']}/responses", params={"limit": 5})
    feature = _first(sim, "feature-requests")
    call("POST", "/feature-requests/search", json={"query": feature["title"][:4]})
    call("GET", f"/feature-requests/{feature['id']}", params={"fetch_evidence": "true"})
    call("PATCH", f"/feature-requests/{feature['id']}", json={"request_status": "planned"})
    call("DELETE", f"/feature-requests/{feature['id']}")

    # training data
    td = call("POST", "/training-data", json={"training_data_name": "Docs"})["data"]
    call("GET", "/training-data")
    call("GET", f"/training-data/{td['id']}")
    call(
        "POST",
        "/training-data/upload",
        files=[("files", ("a.md", b"# A", "text/markdown"))],
        data={"training_data_id": td["id"], "external_ids": "doc-a"},
    )
    call(
        "POST",
        "/training-data/upload-content",
        json={
            "training_data_id": td["id"],
            "content": "hello",
            "file_name": "b.txt",
            "external_id": "doc-b",
        },
    )
    deleted = call(
        "DELETE",
        f"/training-data/{td['id']}/documents",
        params={"external_ids": "doc-a,doc-b"},  # style form, explode false
    )
    assert deleted["deleted_count"] == 2

    # the clean-up deletes
    call("DELETE", f"/contacts/{contact['id']}")
    call("DELETE", f"/custom-objects/subscription/{obj['id']}")
    call("DELETE", f"/tags/{tag['id']}")
    call("DELETE", f"/accounts/{acct['id']}")

    assert sim.errors == []
    assert seen == set(operations()), sorted(set(operations()) - seen)


def test_unknown_route_and_wrong_method_are_404(client: httpx.Client) -> None:
    for method, path in (("GET", "/nope"), ("PUT", "/issues"), ("GET", "/audit_logs")):
        response = client.request(method, path)
        assert response.status_code == 404
        body = response.json()
        assert isinstance(body["errors"], list) and body["errors"]
        assert body["request_id"]


def test_literal_segments_win_over_parameters(sim: Simulator) -> None:
    from pylon.testing._routing import Router

    router = Router()
    match = router.match("POST", "/issues/search")
    assert match is not None and match.operation.id == "SearchIssues"
    match = router.match("POST", "/training-data/upload")
    assert match is not None and match.operation.id == "UploadTrainingDataFiles"
    match = router.match("GET", "/issues/abc")
    assert match is not None and match.operation.id == "GetIssue" and match.params == {"id": "abc"}
    match = router.match("GET", "/issues/a%2Fb/messages")
    assert match is not None and match.params == {"id": "a/b"}
