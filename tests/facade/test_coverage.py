"""Every operation of the spec is reachable from the facade, and sends the request the spec states.

`CASES` maps each operation id of `spec_tables.OPERATIONS` to one facade call. Each case runs
against a MockTransport that records the request and answers with a minimal valid envelope built
from the spec's own response schema; the test checks the method, the path (the spec's template with
the path parameters filled in), the query parameters, the body's media type and keys (every key
one the spec names, every required one present), and that the result is the documented model.
A new operation in the spec fails `test_every_operation_has_a_case` until the facade reaches it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
from pylon_openapi.spec_tables import OPERATIONS

from pylon._client import AsyncPylon, Pylon
from pylon._operations import model_class
from pylon._pagination import AsyncPager, SyncPager

SPEC = Path(__file__).resolve().parents[2] / "spec" / "pylon-api.json"

# The value of each path parameter in the calls below, and so in the expected paths.
IDS = {
    "id": "id-1",
    "account_id": "acc-1",
    "highlight_id": "hl-1",
    "article_id": "art-1",
    "collection_id": "col-1",
    "message_id": "msg-1",
    "type": "vendor",
}
ID = IDS["id"]
FILTER = {"field": "name", "operator": "equals", "value": "x"}
MESSAGE = {"body_html": "<p>hi</p>", "is_private": False, "user_id": "u1"}


def case(attr: str, *args: Any, **kwargs: Any) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    return attr, args, kwargs


CASES: dict[str, tuple[str, tuple[Any, ...], dict[str, Any]]] = {
    # accounts
    "GetAccounts": case("accounts.list"),
    "GetAccount": case("accounts.get", ID),
    "CreateAccount": case("accounts.create", name="Acme"),
    "UpdateAccount": case("accounts.update", ID, name="Acme 2"),
    "UpdateAccounts": case("accounts.update_many", account_ids=["a1", "a2"], owner_id="u1"),
    "DeleteAccount": case("accounts.delete", ID),
    "SearchAccounts": case("accounts.search", FILTER),
    "CreateAccountHighlight": case("accounts.highlights.create", "acc-1", content_html="<p>x</p>"),
    "UpdateAccountHighlight": case("accounts.highlights.update", "acc-1", "hl-1", content_html="y"),
    "DeleteAccountHighlight": case("accounts.highlights.delete", "acc-1", "hl-1"),
    "CreateActivity": case("accounts.activities.create", ID, slug="call"),
    "UploadAccountFile": case("accounts.files.upload", ID, b"contents", file_name="a.txt"),
    # activity types, issue statuses, user roles, ticket forms, audit logs, me
    "GetActivityTypes": case("activity_types.list"),
    "GetIssueStatuses": case("issue_statuses.list"),
    "GetUserRoles": case("user_roles.list"),
    "GetTicketForms": case("ticket_forms.list"),
    "GetTicketForm": case("ticket_forms.get", ID),
    "GetAuditLogs": case("audit_logs.list"),
    "GetMe": case("me.get"),
    # attachments
    "CreateAttachment": case("attachments.create", file_url="https://example.com/a.png"),
    # contacts
    "GetContacts": case("contacts.list"),
    "GetContact": case("contacts.get", ID),
    "CreateContact": case("contacts.create", name="Ada", email="ada@example.com"),
    "UpdateContact": case("contacts.update", ID, name="Ada L"),
    "DeleteContact": case("contacts.delete", ID),
    "SearchContacts": case("contacts.search", FILTER),
    # custom fields and objects
    "GetCustomFields": case("custom_fields.list", "account"),
    "GetCustomField": case("custom_fields.get", ID),
    "CreateCustomField": case(
        "custom_fields.create", label="Tier", object_type="account", type="text"
    ),
    "UpdateCustomField": case("custom_fields.update", ID, label="Plan"),
    "GetCustomObjects": case("custom_objects.list", "vendor"),
    "GetCustomObject": case("custom_objects.get", "vendor", ID),
    "CreateCustomObject": case("custom_objects.create", "vendor", name="Acme Supplies"),
    "UpdateCustomObject": case("custom_objects.update", "vendor", ID, name="Acme"),
    "DeleteCustomObject": case("custom_objects.delete", "vendor", ID),
    "SearchCustomObjects": case("custom_objects.search", "vendor", FILTER),
    # feature requests
    "SearchFeatureRequests": case("feature_requests.search", "dark mode"),
    "GetFeatureRequest": case("feature_requests.get", ID),
    "UpdateFeatureRequest": case("feature_requests.update", ID, request_status="planned"),
    "DeleteFeatureRequest": case("feature_requests.delete", ID),
    # imports
    "ImportContact": case("imports.contacts", name="Ada", email="ada@example.com"),
    "ImportIssue": case("imports.issues", title="Old", state="closed", messages=[MESSAGE]),
    "ImportMessages": case("imports.issue_messages", ID, messages=[MESSAGE]),
    # issues (the lead's resource)
    "GetIssues": case("issues.list", 1),
    "GetIssue": case("issues.get", ID),
    "SearchIssues": case("issues.search", {"field": "state", "operator": "equals", "value": "new"}),
    "CreateIssue": case("issues.create", title="Help", description="It broke."),
    "UpdateIssue": case("issues.update", ID, state="closed"),
    "DeleteIssue": case("issues.delete", ID),
    "SnoozeIssue": case("issues.snooze", ID, "2030-01-01T00:00:00Z"),
    "CreateIssueReply": case("issues.reply", ID, "Thanks!", message_id="msg-1"),
    "CreateIssueNote": case("issues.note", ID, "Internal"),
    "LinkExternalIssue": case(
        "issues.link_external_issue", ID, external_issue_id="LIN-1", source="linear"
    ),
    "CreateIssueAIResponse": case("issues.ai_response", ID, ai_agent_id="agent-1"),
    "GetIssueMessages": case("issues.messages.list", ID),
    "DeleteMessage": case("issues.messages.delete", ID, "msg-1"),
    "RedactMessage": case("issues.messages.redact", ID, "msg-1"),
    "GetIssueFollowers": case("issues.followers.list", ID),
    "AddIssueFollowers": case("issues.followers.add", ID, user_ids=["u1"]),
    "GetIssueThreads": case("issues.threads.list", ID),
    "CreateIssueThread": case("issues.threads.create", ID, name="Escalation"),
    # knowledge bases
    "GetKnowledgeBases": case("knowledge_bases.list"),
    "GetKnowledgeBase": case("knowledge_bases.get", ID),
    "GetArticles": case("knowledge_bases.articles.list", ID),
    "GetArticle": case("knowledge_bases.articles.get", ID, "art-1"),
    "CreateArticle": case(
        "knowledge_bases.articles.create", ID, author_user_id="u1", body_html="<p>x</p>", title="T"
    ),
    "UpdateArticle": case("knowledge_bases.articles.update", ID, "art-1", title="T2"),
    "DeleteArticle": case("knowledge_bases.articles.delete", ID, "art-1"),
    "GetCollections": case("knowledge_bases.collections.list", ID),
    "GetCollection": case("knowledge_bases.collections.get", ID, "col-1"),
    "CreateCollection": case("knowledge_bases.collections.create", ID, title="Billing"),
    "DeleteCollection": case("knowledge_bases.collections.delete", ID, "col-1"),
    "CreateRouteRedirect": case(
        "knowledge_bases.route_redirects.create",
        ID,
        from_path="/old",
        object_id="art-1",
        object_type="article",
    ),
    # macros
    "GetMacros": case("macros.list"),
    "GetMacro": case("macros.get", ID),
    "CreateMacro": case("macros.create", macro_group_id="g1", name="Hi", text_html="<p>Hi</p>"),
    "UpdateMacro": case("macros.update", ID, name="Hello"),
    "GetMacroGroups": case("macros.groups"),
    # projects and milestones
    "SearchProjects": case("projects.search"),
    "CreateProject": case("projects.create", account_id="acc-1", name="Rollout"),
    "UpdateProject": case("projects.update", ID, name="Rollout 2"),
    "DeleteProject": case("projects.delete", ID),
    "CreateMilestone": case("milestones.create", name="Kickoff", project_id="p1"),
    "UpdateMilestone": case("milestones.update", ID, name="Kickoff 2"),
    "DeleteMilestone": case("milestones.delete", ID),
    # surveys
    "GetSurveys": case("surveys.list"),
    "GetSurvey": case("surveys.get", ID),
    "SearchSurveys": case("surveys.search"),
    "GetSurveyResponses": case("surveys.responses", ID),
    # tags
    "GetTags": case("tags.list"),
    "GetTag": case("tags.get", ID),
    "CreateTag": case("tags.create", object_type="issue", value="urgent"),
    "UpdateTag": case("tags.update", ID, value="very-urgent"),
    "DeleteTag": case("tags.delete", ID),
    # tasks
    "GetTasks": case("tasks.list"),
    "GetTask": case("tasks.get", ID),
    "SearchTasks": case("tasks.search"),
    "CreateTask": case("tasks.create", title="Call back"),
    "UpdateTask": case("tasks.update", ID, title="Call back today"),
    "DeleteTask": case("tasks.delete", ID),
    # teams
    "GetTeams": case("teams.list"),
    "GetTeam": case("teams.get", ID),
    "CreateTeam": case("teams.create", name="Support"),
    "UpdateTeam": case("teams.update", ID, name="Support EU"),
    # training data
    "ListTrainingData": case("training_data.list"),
    "GetTrainingData": case("training_data.get", ID),
    "CreateTrainingData": case("training_data.create", training_data_name="Docs"),
    "UploadTrainingDataFiles": case("training_data.upload", [b"# Guide"], training_data_id="t1"),
    "UploadTrainingDataFileContent": case(
        "training_data.upload_content", content="text", file_name="a.md"
    ),
    "DeleteTrainingDataDocuments": case("training_data.delete_documents", ID, document_ids=["d1"]),
    # users
    "GetUsers": case("users.list"),
    "GetUser": case("users.get", ID),
    "UpdateUser": case("users.update", ID, status="away"),
    "SearchUsers": case("users.search", FILTER),
}


# -- minimal valid responses, from the spec's own schemas ------------------------------------------
@cache
def spec() -> dict[str, Any]:
    return json.loads(SPEC.read_text())  # type: ignore[no-any-return]


def minimal(schema: dict[str, Any], depth: int = 0) -> Any:
    """The smallest instance of `schema`: required properties only, one item per array."""
    if "$ref" in schema:
        return minimal(spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]], depth)
    for key in ("allOf", "oneOf", "anyOf"):
        if key in schema:
            return minimal(schema[key][0], depth)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        return [minimal(schema.get("items", {}), depth + 1)] if depth < 4 else []
    if kind == "string":
        return "2024-01-01T00:00:00Z" if schema.get("format") == "date-time" else "x"
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return False
    props = schema.get("properties", {})
    return {name: minimal(props[name], depth + 1) for name in schema.get("required", ())}


def envelope(op_id: str) -> dict[str, Any]:
    entry = OPERATIONS[op_id]
    responses = spec()["paths"][entry["path"]][entry["method"].lower()]["responses"]
    schema = responses["200"]["content"]["application/json"]["schema"]
    body: dict[str, Any] = minimal(schema)
    data_schema = spec()["components"]["schemas"][entry["response"]]["properties"].get("data")
    if data_schema is not None:
        body["data"] = minimal(data_schema)
    body["request_id"] = "r1"
    if entry["pagination"] is not None:
        body["pagination"] = {"cursor": "", "has_next_page": False}
    return body


# -- running a case ---------------------------------------------------------------------------
class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.answer: dict[str, Any] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json=self.answer)


def client_kwargs(recorder: Recorder) -> dict[str, Any]:
    return {
        "api_key": "test-key-0123456789",
        "base_url": "http://127.0.0.1:9",
        "transport": httpx.MockTransport(recorder),
        "max_retries": 0,
        "rate_limit": False,
    }


def resolve(client: Any, attr: str) -> Callable[..., Any]:
    target = client
    for part in attr.split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def expected_path(op_id: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: IDS[m.group(1)], OPERATIONS[op_id]["path"])


def check_request(op_id: str, requests: list[httpx.Request]) -> None:
    entry = OPERATIONS[op_id]
    assert len(requests) == 1, f"{op_id}: sent {len(requests)} requests"
    request = requests[0]
    assert request.method == entry["method"]
    assert request.url.path == expected_path(op_id)
    for name in entry["required_query"]:
        assert name in request.url.params, f"{op_id}: missing query parameter {name}"
    assert set(request.url.params) <= set(entry["query_params"])
    content_type = request.headers.get("content-type", "")
    if entry["body_media"] == "application/json":
        assert content_type == "application/json"
        sent = json.loads(request.content)
        schema = spec()["components"]["schemas"][entry["request_body"]]
        assert set(sent) <= set(schema.get("properties", {})), f"{op_id}: {sorted(sent)}"
        assert set(schema.get("required", ())) <= set(sent), f"{op_id}: required fields"
    elif entry["body_media"] == "multipart/form-data":
        assert content_type.startswith("multipart/form-data; boundary=")
    else:
        assert not request.content


def check_result(op_id: str, result: Any) -> None:
    """The result is what the spec documents: the envelope's `data` model (a list of them for list
    data and pagers), or the envelope model when it has no `data`."""
    entry = OPERATIONS[op_id]
    model = model_class(entry["data_model"] or entry["response"])
    if entry["data_is_list"]:
        assert isinstance(result, list) and result, f"{op_id}: {result!r}"
        assert all(isinstance(item, model) for item in result), op_id
    else:
        assert isinstance(result, model), f"{op_id}: {type(result).__name__}"


def params(op_ids: list[str]) -> list[Any]:
    return list(op_ids)


def test_every_operation_has_a_case() -> None:
    assert set(CASES) == set(OPERATIONS)
    assert len(CASES) == 114


@pytest.mark.parametrize("op_id", params(sorted(CASES)))
def test_operation_request(op_id: str) -> None:
    attr, args, kwargs = CASES[op_id]
    recorder = Recorder()
    recorder.answer = envelope(op_id)
    with Pylon(**client_kwargs(recorder)) as client:
        result = resolve(client, attr)(*args, **kwargs)
        if isinstance(result, SyncPager):
            result = list(result)
    check_request(op_id, recorder.requests)
    check_result(op_id, result)


def _one_per_group() -> list[str]:
    first: dict[str, str] = {}
    for op_id in sorted(CASES):
        first.setdefault(CASES[op_id][0].split(".")[0], op_id)
    return sorted(first.values())


ASYNC_SAMPLE = sorted(
    {
        *_one_per_group(),
        "GetAccounts",
        "SearchCustomObjects",
        "UploadAccountFile",
        "UploadTrainingDataFiles",
        "GetSurveyResponses",
        "CreateArticle",
    }
)


def test_async_sample_covers_every_group() -> None:
    groups = {CASES[op_id][0].split(".")[0] for op_id in CASES}
    assert {CASES[op_id][0].split(".")[0] for op_id in ASYNC_SAMPLE} == groups
    assert len(groups) == 24


@pytest.mark.parametrize("op_id", params(ASYNC_SAMPLE))
async def test_operation_request_async(op_id: str) -> None:
    attr, args, kwargs = CASES[op_id]
    recorder = Recorder()
    recorder.answer = envelope(op_id)
    async with AsyncPylon(**client_kwargs(recorder)) as client:
        result = resolve(client, attr)(*args, **kwargs)
        if isinstance(result, AsyncPager):
            result = await result.collect()
        else:
            result = await result
    check_request(op_id, recorder.requests)
    check_result(op_id, result)
