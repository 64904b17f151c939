"""Every facade method, once, against the simulator, with every request and response validated
against the spec (see conftest). One case per operation id of the spec: a new operation fails
`test_every_operation_has_a_case` until it gets one."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pylon_openapi.spec_tables import OPERATIONS

from pylon import Pylon, SyncPager
from pylon.testing import Simulator

from .conftest import ContractTransport, check_request, check_response

_n = itertools.count(1)


class Ids:
    """Ids of seeded objects, and fresh objects for the cases that delete or change one."""

    def __init__(self, client: Pylon, sim: Simulator) -> None:
        self.c, self.sim = client, sim

    def first(self, collection: str, scope: tuple[str, ...] = ()) -> str:
        return str(next(iter(self.sim.store.collection(collection, scope)))["id"])

    @property
    def issue(self) -> str:
        return self.first("issues")

    @property
    def account(self) -> str:
        return self.first("accounts")

    @property
    def user(self) -> str:
        return self.first("users")

    @property
    def kb(self) -> str:
        return self.first("knowledge-bases")

    def new_issue(self) -> str:
        return str(self.c.issues.create(title=f"contract-{next(_n)}", description="x").id)

    def message(self, issue: str) -> str:
        return str(self.c.issues.messages.list(issue).collect()[-1].id)

    def new_account(self) -> str:
        return str(self.c.accounts.create(name=f"contract-{next(_n)}").id)

    def new_article(self) -> str:
        return str(
            self.c.knowledge_bases.articles.create(
                self.kb, author_user_id=self.user, body_html="<p>x</p>", title=f"a{next(_n)}"
            ).id
        )


MESSAGE = {"body_html": "<p>hi</p>", "is_private": False}
Case = Callable[[Pylon, Ids], Any]

CASES: dict[str, Case] = {
    # accounts
    "GetAccounts": lambda c, i: c.accounts.list(limit=4),
    "GetAccount": lambda c, i: c.accounts.get(i.account),
    "CreateAccount": lambda c, i: c.accounts.create(name=f"acme-{next(_n)}", domains=["acme.io"]),
    "UpdateAccount": lambda c, i: c.accounts.update(i.account, name="Acme 2"),
    "UpdateAccounts": lambda c, i: c.accounts.update_many(account_ids=[i.account], owner_id=i.user),
    "DeleteAccount": lambda c, i: c.accounts.delete(i.new_account()),
    "SearchAccounts": lambda c, i: c.accounts.search({"field": "name", "operator": "equals", "value": "x"}),
    "CreateAccountHighlight": lambda c, i: c.accounts.highlights.create(i.account, content_html="<p>x</p>"),
    "UpdateAccountHighlight": lambda c, i: c.accounts.highlights.update(
        i.account, c.accounts.highlights.create(i.account, content_html="a").id, content_html="b"
    ),
    "DeleteAccountHighlight": lambda c, i: c.accounts.highlights.delete(
        i.account, c.accounts.highlights.create(i.account, content_html="a").id
    ),
    "CreateActivity": lambda c, i: c.accounts.activities.create(i.account, slug="call"),
    "UploadAccountFile": lambda c, i: c.accounts.files.upload(i.account, b"data", file_name="a.txt"),
    # small lists and singletons
    "GetActivityTypes": lambda c, i: c.activity_types.list(),
    "GetIssueStatuses": lambda c, i: c.issue_statuses.list(),
    "GetUserRoles": lambda c, i: c.user_roles.list(),
    "GetTicketForms": lambda c, i: c.ticket_forms.list(),
    "GetTicketForm": lambda c, i: c.ticket_forms.get(i.first("ticket-forms")),
    "GetAuditLogs": lambda c, i: c.audit_logs.list(limit=10),
    "GetMe": lambda c, i: c.me.get(),
    "CreateAttachment": lambda c, i: c.attachments.create(b"abc", file_name="a.txt"),
    # contacts
    "GetContacts": lambda c, i: c.contacts.list(),
    "GetContact": lambda c, i: c.contacts.get(i.first("contacts")),
    "CreateContact": lambda c, i: c.contacts.create(name="Ada", email=f"ada{next(_n)}@example.com"),
    "UpdateContact": lambda c, i: c.contacts.update(i.first("contacts"), name="Ada L"),
    "DeleteContact": lambda c, i: c.contacts.delete(
        c.contacts.create(name="Del", email=f"del{next(_n)}@example.com").id
    ),
    "SearchContacts": lambda c, i: c.contacts.search({"field": "email", "operator": "equals", "value": "x@y.z"}),
    # custom fields and objects
    "GetCustomFields": lambda c, i: c.custom_fields.list("issue"),
    "GetCustomField": lambda c, i: c.custom_fields.get(i.first("custom-fields")),
    "CreateCustomField": lambda c, i: c.custom_fields.create(
        {"label": f"Tier{next(_n)}", "object_type": "account", "type": "text"}
    ),
    "UpdateCustomField": lambda c, i: c.custom_fields.update(i.first("custom-fields"), label="P"),
    "GetCustomObjects": lambda c, i: c.custom_objects.list("subscription", limit=2),
    "GetCustomObject": lambda c, i: c.custom_objects.get(
        "subscription", i.first("custom-objects", ("subscription",))
    ),
    "CreateCustomObject": lambda c, i: c.custom_objects.create("subscription", name="S"),
    "UpdateCustomObject": lambda c, i: c.custom_objects.update(
        "subscription", i.first("custom-objects", ("subscription",)), name="S2"
    ),
    "DeleteCustomObject": lambda c, i: c.custom_objects.delete(
        "subscription", c.custom_objects.create("subscription", name="D").id
    ),
    "SearchCustomObjects": lambda c, i: c.custom_objects.search(
        "subscription", {"field": "name", "operator": "equals", "value": "x"}
    ),
    # feature requests
    "SearchFeatureRequests": lambda c, i: c.feature_requests.search("dark mode", limit=5),
    "GetFeatureRequest": lambda c, i: c.feature_requests.get(i.first("feature-requests"), fetch_evidence=True),
    "UpdateFeatureRequest": lambda c, i: c.feature_requests.update(
        i.first("feature-requests"), request_status="planned"
    ),
    "DeleteFeatureRequest": lambda c, i: c.feature_requests.delete(
        list(i.sim.store.collection("feature-requests"))[-1]["id"]
    ),
    # imports
    "ImportContact": lambda c, i: c.imports.contacts(name="Imp", email=f"imp{next(_n)}@example.com"),
    "ImportIssue": lambda c, i: c.imports.issues(
        title="Old", state="closed", messages=[{**MESSAGE, "user_id": i.user}]
    ),
    "ImportMessages": lambda c, i: c.imports.issue_messages(
        i.issue, messages=[{**MESSAGE, "user_id": i.user}]
    ),
    # issues
    "GetIssues": lambda c, i: c.issues.list(days=3),
    "GetIssue": lambda c, i: c.issues.get(i.issue),
    "SearchIssues": lambda c, i: c.issues.search({"field": "state", "operator": "equals", "value": "new"}),
    "CreateIssue": lambda c, i: c.issues.create(title="Help", description="It broke.", tags=["api"]),
    "UpdateIssue": lambda c, i: c.issues.update(i.new_issue(), state="closed", tags=["bug"]),
    "DeleteIssue": lambda c, i: c.issues.delete(i.new_issue()),
    "SnoozeIssue": lambda c, i: c.issues.snooze(i.issue, "2030-01-01T00:00:00Z"),
    "CreateIssueReply": lambda c, i: c.issues.reply(i.issue, "Thanks!", user_id=i.user),
    "CreateIssueNote": lambda c, i: c.issues.note(i.issue, "Internal", user_id=i.user),
    "LinkExternalIssue": lambda c, i: c.issues.link_external_issue(
        i.issue, external_issue_id="LIN-1", source="linear"
    ),
    "CreateIssueAIResponse": lambda c, i: c.issues.ai_response(i.issue, ai_agent_id="agent-1"),
    "GetIssueMessages": lambda c, i: c.issues.messages.list(i.issue),
    "DeleteMessage": lambda c, i: c.issues.messages.delete(
        (iss := i.new_issue()), i.message(iss)
    ),
    "RedactMessage": lambda c, i: c.issues.messages.redact(i.issue, i.message(i.issue)),
    "GetIssueFollowers": lambda c, i: c.issues.followers.list(i.issue),
    "AddIssueFollowers": lambda c, i: c.issues.followers.add(i.issue, user_ids=[i.user]),
    "GetIssueThreads": lambda c, i: c.issues.threads.list(i.issue),
    "CreateIssueThread": lambda c, i: c.issues.threads.create(i.issue, name="Escalation"),
    # knowledge bases
    "GetKnowledgeBases": lambda c, i: c.knowledge_bases.list(),
    "GetKnowledgeBase": lambda c, i: c.knowledge_bases.get(i.kb),
    "GetArticles": lambda c, i: c.knowledge_bases.articles.list(i.kb),
    "GetArticle": lambda c, i: c.knowledge_bases.articles.get(i.kb, i.new_article()),
    "CreateArticle": lambda c, i: i.new_article(),
    "UpdateArticle": lambda c, i: c.knowledge_bases.articles.update(i.kb, i.new_article(), title="T2"),
    "DeleteArticle": lambda c, i: c.knowledge_bases.articles.delete(i.kb, i.new_article()),
    "GetCollections": lambda c, i: c.knowledge_bases.collections.list(i.kb),
    "GetCollection": lambda c, i: c.knowledge_bases.collections.get(
        i.kb, i.first("knowledge-bases/collections", (i.kb,))
    ),
    "CreateCollection": lambda c, i: c.knowledge_bases.collections.create(i.kb, title="Billing"),
    "DeleteCollection": lambda c, i: c.knowledge_bases.collections.delete(
        i.kb, c.knowledge_bases.collections.create(i.kb, title="Del").id
    ),
    "CreateRouteRedirect": lambda c, i: c.knowledge_bases.route_redirects.create(
        i.kb, from_path="/old", object_id=i.new_article(), object_type="article"
    ),
    # macros
    "GetMacros": lambda c, i: c.macros.list(),
    "GetMacro": lambda c, i: c.macros.get(i.first("macros")),
    "CreateMacro": lambda c, i: c.macros.create(
        macro_group_id=i.first("macro-groups"), name="Hi", text_html="<p>Hi</p>"
    ),
    "UpdateMacro": lambda c, i: c.macros.update(i.first("macros"), name="Hello"),
    "GetMacroGroups": lambda c, i: c.macros.groups(),
    # projects and milestones
    "SearchProjects": lambda c, i: c.projects.search(),
    "CreateProject": lambda c, i: c.projects.create(account_id=i.account, name="Rollout"),
    "UpdateProject": lambda c, i: c.projects.update(i.first("projects"), name="Rollout 2"),
    "DeleteProject": lambda c, i: c.projects.delete(
        c.projects.create(account_id=i.account, name="Del").id
    ),
    "CreateMilestone": lambda c, i: c.milestones.create(name="Kickoff", project_id=i.first("projects")),
    "UpdateMilestone": lambda c, i: c.milestones.update(i.first("milestones"), name="Kickoff 2"),
    "DeleteMilestone": lambda c, i: c.milestones.delete(
        c.milestones.create(name="Del", project_id=i.first("projects")).id
    ),
    # surveys
    "GetSurveys": lambda c, i: c.surveys.list(),
    "GetSurvey": lambda c, i: c.surveys.get(i.first("surveys")),
    "SearchSurveys": lambda c, i: c.surveys.search(),
    "GetSurveyResponses": lambda c, i: c.surveys.responses(i.first("surveys"), limit=5),
    # tags
    "GetTags": lambda c, i: c.tags.list(),
    "GetTag": lambda c, i: c.tags.get(i.first("tags")),
    "CreateTag": lambda c, i: c.tags.create(object_type="issue", value=f"t{next(_n)}"),
    "UpdateTag": lambda c, i: c.tags.update(i.first("tags"), value=f"t{next(_n)}"),
    "DeleteTag": lambda c, i: c.tags.delete(
        c.tags.create(object_type="issue", value=f"t{next(_n)}").id
    ),
    # tasks
    "GetTasks": lambda c, i: c.tasks.list(),
    "GetTask": lambda c, i: c.tasks.get(i.first("tasks")),
    "SearchTasks": lambda c, i: c.tasks.search(),
    "CreateTask": lambda c, i: c.tasks.create(title="Call back"),
    "UpdateTask": lambda c, i: c.tasks.update(i.first("tasks"), title="Call back today"),
    "DeleteTask": lambda c, i: c.tasks.delete(c.tasks.create(title="Del").id),
    # teams
    "GetTeams": lambda c, i: c.teams.list(),
    "GetTeam": lambda c, i: c.teams.get(i.first("teams")),
    "CreateTeam": lambda c, i: c.teams.create(name="Support", user_ids=[i.user]),
    "UpdateTeam": lambda c, i: c.teams.update(i.first("teams"), name="Support EU"),
    # training data
    "ListTrainingData": lambda c, i: c.training_data.list(),
    "GetTrainingData": lambda c, i: c.training_data.get(i.first("training-data")),
    "CreateTrainingData": lambda c, i: c.training_data.create(training_data_name="Docs"),
    "UploadTrainingDataFiles": lambda c, i: c.training_data.upload(
        [b"# Guide"], file_names=["g.md"], training_data_id=i.first("training-data")
    ),
    "UploadTrainingDataFileContent": lambda c, i: c.training_data.upload_content(
        content="text", file_name="a.md"
    ),
    "DeleteTrainingDataDocuments": lambda c, i: _delete_two_documents(c, i),
    # users
    "GetUsers": lambda c, i: c.users.list(),
    "GetUser": lambda c, i: c.users.get(i.user),
    "UpdateUser": lambda c, i: c.users.update(i.user, status="away"),
    "SearchUsers": lambda c, i: c.users.search({"field": "email", "operator": "equals", "value": "x@y.z"}),
}  # fmt: skip


def _delete_two_documents(client: Pylon, ids: Ids) -> None:
    """Both ids must reach the server: the spec writes them as one comma-separated key, and a
    server reading that style sees only the first of a repeated key."""
    target = ids.first("training-data")
    for name in ("one.md", "two.md"):
        client.training_data.upload_content(content=name, file_name=name, training_data_id=target)
    documents = ids.sim.store.get("training-data", target)["documents"]  # type: ignore[index]
    doomed = [d["id"] for d in documents[-2:]]
    client.training_data.delete_documents(target, document_ids=doomed)
    left = {d["id"] for d in ids.sim.store.get("training-data", target)["documents"]}  # type: ignore[index]
    assert not left & set(doomed), "a document given to delete_documents is still there"


def test_every_operation_has_a_case() -> None:
    assert set(CASES) == set(OPERATIONS)
    assert len(CASES) == 114


@pytest.mark.parametrize("op_id", sorted(CASES))
def test_operation_conforms(
    op_id: str, contract: tuple[Pylon, ContractTransport], contract_sim: Simulator
) -> None:
    client, transport = contract
    result = CASES[op_id](client, Ids(client, contract_sim))
    if isinstance(result, SyncPager):
        result = result.collect()
    assert transport.problems == []
    assert (op_id, 200) in transport.seen, transport.seen
    assert all(status == 200 for _, status in transport.seen), transport.seen


# -- the checker itself must be able to fail ------------------------------------------------


def test_checker_flags_an_invented_request_field() -> None:
    request = httpx.Request(
        "POST", "https://api.usepylon.com/issues", json={"title": "t", "body_html": "x", "prio": 1}
    )
    op_id, problems = check_request(request)
    assert op_id == "CreateIssue"
    assert problems and "CreateIssue" in problems[0] and "prio" in problems[0]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        (httpx.Request("GET", "https://api.usepylon.com/issues?start_time=x"), "end_time"),
        (httpx.Request("GET", "https://api.usepylon.com/me?bogus=1"), "bogus"),
        (httpx.Request("GET", "https://api.usepylon.com/audit_logs"), "no such operation"),
        (
            httpx.Request("POST", "https://api.usepylon.com/issues/search", json={"filter": 3}),
            "filter",
        ),
        (
            httpx.Request(
                "DELETE",
                "https://api.usepylon.com/training-data/t1/documents?document_ids=a&document_ids=b",
            ),
            "document_ids: written 2 times",
        ),
    ],
    ids=[
        "missing-required-query",
        "unknown-query",
        "unknown-path",
        "wrong-body-type",
        "repeated-key-for-explode-false",
    ],
)
def test_checker_flags_bad_requests(request_: httpx.Request, expected: str) -> None:
    _, problems = check_request(request_)
    assert any(expected in p for p in problems), problems


def test_checker_flags_a_response_with_the_wrong_shape() -> None:
    request = httpx.Request("GET", "https://api.usepylon.com/me")
    bad = httpx.Response(200, json={"data": {"id": 5, "name": "x"}, "request_id": "r"})
    problems = check_response("GetMe", request, bad)
    assert problems and problems[0].startswith("GetMe: response 200 field data/id")
    assert check_response("GetMe", request, httpx.Response(429, json={})) == [
        "GetMe: response status 429 is not documented"
    ]
