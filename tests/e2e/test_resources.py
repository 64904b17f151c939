"""Every resource group, end to end over loopback HTTP: create → read → list/search → update →
delete where the API has them, checked against what the SDK returns *and* the simulator's store."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pytest

from pylon import NotFoundError, Pylon, filters
from pylon._pagination import SyncPager

from .conftest import Served

_counter = itertools.count(1)


def unique(prefix: str) -> str:
    return f"{prefix}-e2e-{next(_counter)}"


def ids_of(items: Iterable[Any]) -> set[str]:
    if isinstance(items, SyncPager):
        items = items.collect()
    return {item.id for item in items}


Scope = Callable[[Served], tuple[str, ...]]


@dataclass(frozen=True)
class Crud:
    """One resource's round trip. Each callable takes the client and the served simulator;
    `field` is the attribute (and store key) the create sets and the update changes."""

    collection: str
    field: str
    create: Callable[[Pylon, Served, str], Any]
    update: Callable[[Pylon, Served, Any, str], Any] | None
    get: Callable[[Pylon, Served, Any], Any] | None = None
    listing: Callable[[Pylon, Served, Any], Iterable[Any]] | None = None
    delete: Callable[[Pylon, Served, Any], Any] | None = None
    scope: Scope = lambda s: ()


def _kb(s: Served) -> str:
    return str(s.first("knowledge-bases")["id"])


def _account(s: Served) -> str:
    return str(s.first("accounts")["id"])


CRUD: dict[str, Crud] = {
    "accounts": Crud(
        "accounts", "name",
        create=lambda c, s, v: c.accounts.create(name=v),
        get=lambda c, s, o: c.accounts.get(o.id),
        listing=lambda c, s, o: c.accounts.search(filters.F.name.equals(o.name)),
        update=lambda c, s, o, v: c.accounts.update(o.id, name=v),
        delete=lambda c, s, o: c.accounts.delete(o.id),
    ),
    "contacts": Crud(
        "contacts", "name",
        create=lambda c, s, v: c.contacts.create(name=v, email=f"{v}@example.com"),
        get=lambda c, s, o: c.contacts.get(o.id),
        listing=lambda c, s, o: c.contacts.search(filters.F.email.equals(o.email)),
        update=lambda c, s, o, v: c.contacts.update(o.id, name=v),
        delete=lambda c, s, o: c.contacts.delete(o.id),
    ),
    "tags": Crud(
        "tags", "value",
        create=lambda c, s, v: c.tags.create(object_type="issue", value=v),
        get=lambda c, s, o: c.tags.get(o.id),
        listing=lambda c, s, o: c.tags.list(),
        update=lambda c, s, o, v: c.tags.update(o.id, value=v),
        delete=lambda c, s, o: c.tags.delete(o.id),
    ),
    "teams": Crud(
        "teams", "name",
        create=lambda c, s, v: c.teams.create(name=v),
        get=lambda c, s, o: c.teams.get(o.id),
        listing=lambda c, s, o: c.teams.list(),
        update=lambda c, s, o, v: c.teams.update(o.id, name=v),
    ),
    "custom_fields": Crud(
        "custom-fields", "label",
        create=lambda c, s, v: c.custom_fields.create(
            {"label": v, "object_type": "account", "type": "text"}
        ),
        get=lambda c, s, o: c.custom_fields.get(o.id),
        listing=lambda c, s, o: c.custom_fields.list("account"),
        update=lambda c, s, o, v: c.custom_fields.update(o.id, label=v),
    ),
    "custom_objects": Crud(
        "custom-objects", "name",
        create=lambda c, s, v: c.custom_objects.create("subscription", name=v),
        get=lambda c, s, o: c.custom_objects.get("subscription", o.id),
        listing=lambda c, s, o: c.custom_objects.list("subscription", limit=2),
        update=lambda c, s, o, v: c.custom_objects.update("subscription", o.id, name=v),
        delete=lambda c, s, o: c.custom_objects.delete("subscription", o.id),
        scope=lambda s: ("subscription",),
    ),
    "tasks": Crud(
        "tasks", "title",
        create=lambda c, s, v: c.tasks.create(title=v),
        get=lambda c, s, o: c.tasks.get(o.id),
        listing=lambda c, s, o: c.tasks.search(),
        update=lambda c, s, o, v: c.tasks.update(o.id, title=v),
        delete=lambda c, s, o: c.tasks.delete(o.id),
    ),
    "projects": Crud(
        "projects", "name",
        create=lambda c, s, v: c.projects.create(account_id=_account(s), name=v),
        listing=lambda c, s, o: c.projects.search(),
        update=lambda c, s, o, v: c.projects.update(o.id, name=v),
        delete=lambda c, s, o: c.projects.delete(o.id),
    ),
    "milestones": Crud(
        "milestones", "name",
        create=lambda c, s, v: c.milestones.create(name=v, project_id=s.first("projects")["id"]),
        update=lambda c, s, o, v: c.milestones.update(o.id, name=v),
        delete=lambda c, s, o: c.milestones.delete(o.id),
    ),
    "kb_articles": Crud(
        "knowledge-bases/articles", "title",
        create=lambda c, s, v: c.knowledge_bases.articles.create(
            _kb(s), author_user_id=s.first("users")["id"], body_html="<p>x</p>", title=v
        ),
        get=lambda c, s, o: c.knowledge_bases.articles.get(_kb(s), o.id),
        listing=lambda c, s, o: c.knowledge_bases.articles.list(_kb(s)),
        update=lambda c, s, o, v: c.knowledge_bases.articles.update(_kb(s), o.id, title=v),
        delete=lambda c, s, o: c.knowledge_bases.articles.delete(_kb(s), o.id),
        scope=lambda s: (_kb(s),),
    ),
    "kb_collections": Crud(
        "knowledge-bases/collections", "title",
        create=lambda c, s, v: c.knowledge_bases.collections.create(_kb(s), title=v),
        get=lambda c, s, o: c.knowledge_bases.collections.get(_kb(s), o.id),
        listing=lambda c, s, o: c.knowledge_bases.collections.list(_kb(s)),
        update=None,
        delete=lambda c, s, o: c.knowledge_bases.collections.delete(_kb(s), o.id),
        scope=lambda s: (_kb(s),),
    ),
    "macros": Crud(
        "macros", "name",
        create=lambda c, s, v: c.macros.create(
            macro_group_id=s.first("macro-groups")["id"], name=v, text_html="<p>Hi</p>"
        ),
        get=lambda c, s, o: c.macros.get(o.id),
        listing=lambda c, s, o: c.macros.list(),
        update=lambda c, s, o, v: c.macros.update(o.id, name=v),
    ),
    "training_data": Crud(
        "training-data", "name",
        create=lambda c, s, v: c.training_data.create(training_data_name=v),
        get=lambda c, s, o: c.training_data.get(o.id),
        listing=lambda c, s, o: c.training_data.list(),
        update=None,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CRUD))
def test_round_trip(name: str, client: Pylon, served: Served) -> None:
    case = CRUD[name]
    scope = case.scope(served)
    before = served.sim.count(case.collection, scope)

    value = unique(name)
    created = case.create(client, served, value)
    assert getattr(created, case.field) == value
    assert served.sim.count(case.collection, scope) == before + 1
    record = served.get(case.collection, created.id, scope)
    assert record is not None and record[case.field] == value

    if case.get is not None:
        fetched = case.get(client, served, created)
        assert (fetched.id, getattr(fetched, case.field)) == (created.id, value)
    if case.listing is not None:
        assert created.id in ids_of(case.listing(client, served, created))

    if case.update is not None:
        new_value = unique(f"{name}-renamed")
        updated = case.update(client, served, created, new_value)
        assert getattr(updated, case.field) == new_value
        assert served.get(case.collection, created.id, scope)[case.field] == new_value  # type: ignore[index]

    if case.delete is not None:
        case.delete(client, served, created)
        assert served.get(case.collection, created.id, scope) is None
        assert served.sim.count(case.collection, scope) == before
        if case.get is not None:
            with pytest.raises(NotFoundError):
                case.get(client, served, created)


def test_account_highlights_activities_and_files(client: Pylon, served: Served) -> None:
    account = client.accounts.get(_account(served))
    highlight = client.accounts.highlights.create(account.id, content_html="<p>VIP</p>")
    assert highlight.content_html == "<p>VIP</p>"
    changed = client.accounts.highlights.update(account.id, highlight.id, content_html="<p>!</p>")
    assert changed.content_html == "<p>!</p>"
    client.accounts.highlights.delete(account.id, highlight.id)

    activity = account.activities.create(slug="call", body_html="<p>Called</p>")
    assert activity is not None
    uploaded = client.accounts.files.upload(account.id, b"contract text", file_name="c.txt")
    assert uploaded is not None
    requests = [r for r in served.sim.requests if r.path.startswith(f"/accounts/{account.id}/")]
    assert [r.operation for r in requests][-5:] == [
        "CreateAccountHighlight",
        "UpdateAccountHighlight",
        "DeleteAccountHighlight",
        "CreateActivity",
        "UploadAccountFile",
    ]
    assert all(r.status == 200 for r in requests[-5:])


def test_accounts_list_pages_and_bulk_update(client: Pylon, served: Served) -> None:
    seeded = {r["id"] for r in served.records("accounts")}
    listed = client.accounts.list(limit=7)
    assert ids_of(listed) == seeded
    two = sorted(seeded)[:2]
    owner = served.first("users")["id"]
    client.accounts.update_many(account_ids=two, owner_id=owner)
    assert all(served.get("accounts", a)["owner"]["id"] == owner for a in two)  # type: ignore[index]


def test_users(client: Pylon, served: Served) -> None:
    user = served.first("users")
    assert ids_of(client.users.list()) == {r["id"] for r in served.records("users")}
    assert client.users.get(user["id"]).email == user["email"]
    found = client.users.search(filters.F.email.equals(user["email"]))
    assert ids_of(found) == {user["id"]}
    assert client.users.update(user["id"], status="away").status == "away"
    assert served.get("users", user["id"])["status"] == "away"  # type: ignore[index]


def test_feature_requests(client: Pylon, served: Served) -> None:
    first, *_ = served.records("feature-requests")
    results = client.feature_requests.search(first["title"])
    assert first["id"] in {r.id for r in results}
    assert client.feature_requests.get(first["id"], fetch_evidence=True).title == first["title"]
    updated = client.feature_requests.update(first["id"], request_status="planned")
    assert updated.request_status == "planned"
    client.feature_requests.delete(first["id"])
    assert served.get("feature-requests", first["id"]) is None


def test_surveys_and_responses(client: Pylon, served: Served) -> None:
    surveys = served.records("surveys")
    assert ids_of(client.surveys.list()) == {s["id"] for s in surveys}
    assert ids_of(client.surveys.search()) == {s["id"] for s in surveys}
    survey = surveys[0]
    assert client.surveys.get(survey["id"]).id == survey["id"]
    stored = {r["id"] for r in served.records("surveys/responses", (survey["id"],))}
    assert stored and ids_of(client.surveys.responses(survey["id"], limit=3)) == stored


def test_training_data_documents(client: Pylon, served: Served) -> None:
    data = client.training_data.create(training_data_name=unique("docs"))
    client.training_data.upload([b"# Guide"], file_names=["guide.md"], training_data_id=data.id)
    client.training_data.upload_content(content="text", file_name="notes.md")
    documents = served.get("training-data", data.id)["documents"]  # type: ignore[index]
    assert [d["file_name"] for d in documents] == ["guide.md"]
    client.training_data.delete_documents(data.id, document_ids=[documents[0]["id"]])
    assert served.get("training-data", data.id)["documents"] == []  # type: ignore[index]


def test_knowledge_base_and_route_redirect(client: Pylon, served: Served) -> None:
    kb = _kb(served)
    assert ids_of(client.knowledge_bases.list()) == {kb}
    assert client.knowledge_bases.get(kb).id == kb
    article = served.first("knowledge-bases/articles", (kb,))
    redirect = client.knowledge_bases.route_redirects.create(
        kb, from_path="/old-path", object_id=article["id"], object_type="article"
    )
    assert redirect is not None
    assert served.sim.requests[-1].operation == "CreateRouteRedirect"


READ_ONLY: dict[str, tuple[Callable[[Pylon], Any], str]] = {
    "ticket_forms": (lambda c: c.ticket_forms.list(), "ticket-forms"),
    "user_roles": (lambda c: c.user_roles.list(), "user-roles"),
    "audit_logs": (lambda c: c.audit_logs.list(limit=10), "audit-logs"),
    "activity_types": (lambda c: c.activity_types.list(), "activity-types"),
    "macro_groups": (lambda c: c.macros.groups(), "macro-groups"),
}


@pytest.mark.parametrize("name", sorted(READ_ONLY))
def test_read_only_lists_match_store(name: str, client: Pylon, served: Served) -> None:
    call, collection = READ_ONLY[name]
    assert ids_of(call(client)) == {r["id"] for r in served.records(collection)}


def test_issue_statuses_and_ticket_form(client: Pylon, served: Served) -> None:
    slugs = {s.slug for s in client.issue_statuses.list()}
    assert slugs == {r["slug"] for r in served.records("issue-statuses")}
    form = served.first("ticket-forms")
    assert client.ticket_forms.get(form["id"]).id == form["id"]


def test_me(client: Pylon, served: Served) -> None:
    me = client.me.get()
    assert me.id == served.sim.state.me_id
    assert served.get("users", me.id) is not None


def test_attachments(client: Pylon, served: Served) -> None:
    uploaded = client.attachments.create(b"hello", file_name="hello.txt")
    assert uploaded.name == "hello.txt"
    by_url = client.attachments.create(file_url="https://example.com/a.png")
    assert by_url.url


def test_imports(client: Pylon, served: Served) -> None:
    before = served.sim.count("issues")
    email = f"{unique('imp')}@example.com"
    contact = client.imports.contacts(name="Ada Import", email=email)
    assert served.get("contacts", contact.id)["email"] == email  # type: ignore[index]
    message = {
        "body_html": "<p>old</p>",
        "is_private": False,
        "user_id": served.first("users")["id"],
    }
    title = unique("imported")
    issue = client.imports.issues(title=title, state="closed", messages=[message])
    assert served.sim.count("issues") == before + 1
    assert served.titled(title)[0]["id"] == issue.id
    client.imports.issue_messages(issue.id, messages=[message])
    assert len(client.issues.messages.list(issue.id).collect()) == 2
