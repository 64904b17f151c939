"""The client: calls, typed errors, bound models, raw responses, the raw generated client, bad input."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
import respx

import pylon
from pylon import AsyncPylon, NotFoundError, Pylon, PylonValidationError
from tests.facade.conftest import KEY, envelope

ISSUE = {"id": "iss_1", "number": 7, "title": "Login broken", "tags": ["api"], "state": "new"}


def issue_routes() -> respx.Router:
    """Pylon's issue endpoints, route by route; the first route that matches answers."""
    api = respx.Router(base_url="http://127.0.0.1:9", assert_all_called=False)
    api.get("/issues/404", name="missing").respond(
        404, json={"errors": ["issue not found"], "request_id": "r404"}
    )
    api.get(path__regex=r"/messages$", name="messages").mock(
        return_value=envelope([{"id": "m1"}, {"id": "m2"}])
    )
    api.post(path__regex=r"/(reply|note)$", name="reply").mock(
        return_value=envelope({"id": "m3", "issue_id": "iss_1"})
    )
    api.patch(path__startswith="/issues/", name="update").mock(
        side_effect=lambda request: envelope({**ISSUE, **json.loads(request.content)})
    )
    api.get(path__startswith="/issues/", name="get").mock(return_value=envelope(ISSUE))
    api.post("/issues", name="create").mock(return_value=envelope(ISSUE))
    return api


def issue_api(request: httpx.Request) -> httpx.Response:
    """A MockTransport handler answering from a fresh `issue_routes()`."""
    return issue_routes().handler(request)


def test_get_returns_the_generated_model_bound_to_the_client(make_client: Any) -> None:
    from pylon_openapi.models.issue import Issue

    client, rec = make_client(issue_api)
    issue = client.issues.get("iss_1")
    assert isinstance(issue, Issue)
    assert (issue.number, issue.title) == (7, "Login broken")
    assert repr(issue).startswith("Issue(")
    assert rec.requests[0].method == "GET" and rec.requests[0].url.path == "/issues/iss_1"
    assert rec.auth[0] == f"Bearer {KEY}"


def test_bound_issue_conveniences(make_client: Any) -> None:
    api = issue_routes()
    client, rec = make_client(api.handler)
    issue = client.issues.get("iss_1")
    issue.add_message("Thanks <we're on it>\n\nBest")
    assert api.routes["messages"].call_count == 1  # to find the latest message to reply to
    reply = api.routes["reply"].calls.last.request
    assert reply.url.path == "/issues/iss_1/reply"
    assert json.loads(reply.content) == {
        "body_html": "<p>Thanks &lt;we&#x27;re on it&gt;</p><p>Best</p>",
        "message_id": "m2",  # the latest message
    }
    assert issue.resolve().state == "closed"
    assert json.loads(rec.requests[-1].content) == {"state": "closed"}
    issue.assign_to(user_id="u_9")
    assert json.loads(rec.requests[-1].content) == {"assignee_id": "u_9"}
    issue.add_tags(["billing", "api"])
    assert json.loads(rec.requests[-1].content) == {"tags": ["api", "billing"]}


def test_get_by_number(make_client: Any) -> None:
    client, rec = make_client(issue_api)
    assert client.issues.get_by_number(7).id == "iss_1"
    assert rec.requests[-1].url.path == "/issues/7"
    assert client.issues.get_by_number(404) is None
    with pytest.raises(PylonValidationError):
        client.issues.get_by_number(0)


def test_errors_are_typed_and_carry_request_id(make_client: Any) -> None:
    client, _ = make_client(issue_api)
    with pytest.raises(NotFoundError) as caught:
        client.issues.get("404")
    assert caught.value.status_code == 404
    assert caught.value.request_id == "r404"
    assert caught.value.errors == ["issue not found"]
    assert isinstance(caught.value, pylon.PylonNotFoundError)


def test_create_sends_description_as_escaped_html(make_client: Any) -> None:
    client, rec = make_client(issue_api)
    client.issues.create(
        title="API question", description="How do I <auth>?", account_id="acc_1", tags=["api"]
    )
    assert json.loads(rec.requests[-1].content) == {
        "title": "API question",
        "body_html": "<p>How do I &lt;auth&gt;?</p>",
        "account_id": "acc_1",
        "tags": ["api"],
    }


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.issues.get(""),
        lambda c: c.issues.get(".."),
        lambda c: c.issues.get("  "),
        lambda c: c.issues.get(None),
        lambda c: c.issues.get("x" * 5000),
        lambda c: c.issues.create(titel="typo"),
        lambda c: c.issues.search(None),
        lambda c: c.issues.search(
            {"field": "state", "operator": "equals", "value": "new"}, limit=1000
        ).collect(),
        lambda c: c.issues.search(
            {"field": "state", "operator": "equals", "value": "new"}, limit=True
        ).collect(),
        lambda c: c.issues.list(since=__import__("datetime").datetime(2026, 1, 1)).collect(),
        lambda c: c.issues.reply("iss_1"),
    ],
)
def test_bad_input_is_refused_before_sending(make_client: Any, call: Any) -> None:
    client, rec = make_client(issue_api)
    with pytest.raises(PylonValidationError):
        call(client)
    assert rec.requests == []


def test_with_raw_response(make_client: Any) -> None:
    client, _ = make_client(issue_api)
    raw = client.issues.with_raw_response.get("iss_1")
    assert raw.status_code == 200
    assert raw.request_id == "req_1"
    assert raw.parsed.title == "Login broken"


def test_raw_generated_client_shares_the_transport(make_client: Any) -> None:
    from pylon_openapi.api.issues import get_issue

    client, rec = make_client(issue_api)
    response = get_issue.sync_detailed(id="iss_1", client=client.raw)
    assert response.status_code == 200
    assert response.parsed.data.title == "Login broken"
    assert rec.auth[-1] == f"Bearer {KEY}"
    assert KEY not in repr(client.raw)
    assert KEY not in repr(client)


def test_plan_aliases_are_the_same_objects() -> None:
    assert pylon.PylonClient is Pylon and pylon.AsyncPylonClient is AsyncPylon
    assert pylon.PylonAPIError is pylon.APIError
    assert issubclass(pylon.BadRequestError, pylon.PylonValidationError)


def test_async_client_runs_the_same_methods() -> None:
    recorder: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        recorder.append(request)
        return issue_api(request)

    async def main() -> None:
        async with AsyncPylon(
            api_key=KEY, base_url="http://127.0.0.1:9", transport=httpx.MockTransport(answer),
            rate_limit=False, max_retries=0,
        ) as client:  # fmt: skip
            issue = await client.issues.get("iss_1")
            assert issue.title == "Login broken"
            messages = await client.issues.messages.list("iss_1")
            assert len(messages) == 2
            assert (await issue.resolve()).state == "closed"
            assert await client.issues.get_by_number(404) is None
            raw = await client.issues.with_raw_response.get("iss_1")
            assert raw.status_code == 200

    asyncio.run(main())
    assert [r.url.path for r in recorder][:2] == ["/issues/iss_1", "/issues/iss_1/messages"]


def test_closed_client_refuses_calls(make_client: Any) -> None:
    client, rec = make_client(issue_api)
    client.close()
    with pytest.raises(pylon.PylonError, match="closed"):
        client.issues.get("iss_1")
    assert rec.requests == []


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.issues.get("a\ud800b"),
        lambda c: c.issues.create(title="\ud800", account_id="a", body_html="x"),
        lambda c: c.issues.search(
            {"field": "title", "operator": "equals", "value": "\udcff"}
        ).first_page(),
    ],
    ids=["path", "body", "search"],
)
def test_unencodable_text_is_a_validation_error_before_sending(make_client: Any, call: Any) -> None:
    # Fails on the old main: a bare UnicodeEncodeError escaped while building the request.
    client, rec = make_client(issue_api)
    with pytest.raises(PylonValidationError, match="UTF-8"):
        call(client)
    assert rec.requests == []
