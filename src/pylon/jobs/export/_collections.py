"""What an export can read: every collection the API lists or searches, and the issue children.

A collection is read through one or more *sources*, each a facade pager opened at a cursor (so a
resumed export continues a source where its last durable page ended). Each source names the
operation it pages through: that operation is the rate-limit bucket its requests run in. Nothing
here sends a request except to find a scoped collection's parents (the knowledge bases whose
articles are exported, the surveys whose responses are).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._errors import JobInputError

# Page size for every paged source: the largest the spec allows (fewer requests under the limit).
_MAX_PAGE = {"GetCustomObjects": 100, "SearchCustomObjects": 100}
_DEFAULT_MAX_PAGE = 999


def page_size(operation_id: str, wanted: int | None = None) -> int:
    largest = _MAX_PAGE.get(operation_id, _DEFAULT_MAX_PAGE)
    return largest if wanted is None else max(1, min(wanted, largest))


@dataclass(frozen=True)
class Source:
    """One pager of a collection. `key` names it in the checkpoint; `open(cursor)` makes the pager
    (at the start for None); `resumable` is False where the listing takes no cursor (a resume then
    reads it again, and rows already written are skipped by id)."""

    key: str
    operation_id: str
    open: Callable[[str | None], Any]
    resumable: bool = True
    # The parent a scoped source belongs to, as (column, id): articles carry their knowledge
    # base's id, survey responses their survey's, since the objects themselves do not.
    link: tuple[str, str] | None = None


@dataclass(frozen=True)
class ExportQuery:
    """What to read: a search filter in Pylon's wire form (already checked), a custom-object type."""

    filter: Mapping[str, Any] | None = None
    object_type: str | None = None
    page_size: int | None = None  # None: the largest the spec allows


# (runner, client, query) -> the sources; `call` runs a facade call in a bucket (for parents).
SourceFactory = Callable[
    [Any, ExportQuery, Callable[[str, Callable[[], Any]], Awaitable[Any]]], Awaitable[list[Source]]
]


@dataclass(frozen=True)
class Child:
    """A table linked to issues by `issue_id`: one request per issue in its own bucket."""

    name: str
    model: str
    operation_id: str
    fetch: Callable[
        [Any, str], Any
    ]  # (client, issue id) -> a list, a pager's collect(), or awaitable


CHILDREN: dict[str, Child] = {
    "messages": Child(
        "messages", "Message", "GetIssueMessages", lambda c, i: c.issues.messages.list(i).collect()
    ),
    "threads": Child(
        "threads", "IssueThread", "GetIssueThreads", lambda c, i: c.issues.threads.list(i)
    ),
    "followers": Child(
        "followers", "Follower", "GetIssueFollowers", lambda c, i: c.issues.followers.list(i)
    ),
}
LINK_COLUMN = "issue_id"


@dataclass(frozen=True)
class CollectionSpec:
    name: str
    model: str
    operation_id: str  # the main listing's bucket (for a filtered export, the search's)
    search_operation: str | None  # accepts a filter (--filter, --since) when set
    custom_field_type: str | None  # object_type of its custom field definitions
    sources: SourceFactory
    children: tuple[str, ...] = ()
    needs_object_type: bool = False
    link_column: str | None = None  # the parent id column of a scoped collection


def _one(
    operation_id: str, opener: Callable[[Any, ExportQuery, str | None], Any], resumable: bool = True
) -> SourceFactory:
    async def make(client: Any, query: ExportQuery, call: Any) -> list[Source]:
        return [
            Source(
                operation_id, operation_id, lambda cursor: opener(client, query, cursor), resumable
            )
        ]

    return make


def _list_or_search(list_op: str, search_op: str, attr: str) -> SourceFactory:
    """A collection read with its list endpoint, or with its search when a filter is given."""

    async def make(client: Any, query: ExportQuery, call: Any) -> list[Source]:
        resource = getattr(client, attr)
        if query.filter is not None:
            return [
                Source(
                    search_op,
                    search_op,
                    lambda c: resource.search(
                        dict(query.filter or {}),
                        limit=page_size(search_op, query.page_size),
                        cursor=c,
                    ),
                )
            ]
        return [
            Source(
                list_op,
                list_op,
                lambda c: resource.list(limit=page_size(list_op, query.page_size), cursor=c),
            )
        ]

    return make


def _issues(client: Any, query: ExportQuery, cursor: str | None) -> Any:
    return client.issues.search(
        dict(query.filter or {}), limit=page_size("SearchIssues", query.page_size), cursor=cursor
    )


def _scoped(method: Callable[..., Any], scope: str, **options: Any) -> Callable[[str | None], Any]:
    """A source opener for one parent (a knowledge base, a survey): `method(scope, cursor=...)`."""

    def open_at(cursor: str | None) -> Any:
        return method(scope, cursor=cursor, **options) if "limit" in options else method(scope)

    return open_at


async def _custom_fields(client: Any, query: ExportQuery, call: Any) -> list[Source]:
    kinds = [query.object_type] if query.object_type else ["issue", "account", "contact"]
    opener = client.custom_fields.list
    return [
        Source(f"GetCustomFields:{kind}", "GetCustomFields", _scoped(opener, kind), False)
        for kind in kinds
    ]


async def _per_parent(
    call: Any,
    parents: tuple[str, Callable[[], Any]],
    operation_id: str,
    opener: Any,
    link_column: str,
    query: ExportQuery,
) -> list[Source]:
    """One source per parent (each knowledge base, each survey), listed first in its bucket."""
    found = await call(*parents)
    size = page_size(operation_id, query.page_size)
    return [
        Source(
            f"{operation_id}:{parent.id}",
            operation_id,
            _scoped(opener, parent.id, limit=size),
            link=(link_column, parent.id),
        )
        for parent in found
    ]  # fmt: skip


async def _articles(client: Any, query: ExportQuery, call: Any) -> list[Source]:
    bases = ("GetKnowledgeBases", lambda: client.knowledge_bases.list().collect())
    opener = client.knowledge_bases.articles.list
    return await _per_parent(call, bases, "GetArticles", opener, "knowledge_base_id", query)


async def _survey_responses(client: Any, query: ExportQuery, call: Any) -> list[Source]:
    surveys = ("GetSurveys", lambda: client.surveys.list())
    opener = client.surveys.responses
    return await _per_parent(call, surveys, "GetSurveyResponses", opener, "survey_id", query)


async def _custom_objects(client: Any, query: ExportQuery, call: Any) -> list[Source]:
    kind = query.object_type
    if query.filter is not None:
        return [
            Source(
                f"SearchCustomObjects:{kind}",
                "SearchCustomObjects",
                lambda c: client.custom_objects.search(
                    kind,
                    dict(query.filter or {}),
                    limit=page_size("SearchCustomObjects", query.page_size),
                    cursor=c,
                ),
            )
        ]
    return [
        Source(
            f"GetCustomObjects:{kind}",
            "GetCustomObjects",
            lambda c: client.custom_objects.list(
                kind, limit=page_size("GetCustomObjects", query.page_size), cursor=c
            ),
        )
    ]


COLLECTIONS: dict[str, CollectionSpec] = {
    spec.name: spec
    for spec in (
        CollectionSpec(
            "issues",
            "Issue",
            "SearchIssues",
            "SearchIssues",
            "issue",
            _one("SearchIssues", _issues),
            children=tuple(CHILDREN),
        ),
        CollectionSpec(
            "accounts",
            "Account",
            "GetAccounts",
            "SearchAccounts",
            "account",
            _list_or_search("GetAccounts", "SearchAccounts", "accounts"),
        ),
        CollectionSpec(
            "contacts",
            "Contact",
            "GetContacts",
            "SearchContacts",
            "contact",
            _list_or_search("GetContacts", "SearchContacts", "contacts"),
        ),
        CollectionSpec(
            "tasks",
            "Task",
            "GetTasks",
            "SearchTasks",
            None,
            _list_or_search("GetTasks", "SearchTasks", "tasks"),
        ),
        CollectionSpec(
            "users",
            "User",
            "GetUsers",
            None,
            None,
            _one("GetUsers", lambda c, q, _cur: c.users.list(), False),
        ),
        CollectionSpec(
            "teams",
            "Team",
            "GetTeams",
            None,
            None,
            _one("GetTeams", lambda c, q, _cur: c.teams.list(), False),
        ),
        CollectionSpec(
            "tags",
            "Tag",
            "GetTags",
            None,
            None,
            _one("GetTags", lambda c, q, _cur: c.tags.list(), False),
        ),
        CollectionSpec(
            "projects",
            "Project",
            "SearchProjects",
            "SearchProjects",
            None,
            _one(
                "SearchProjects",
                lambda c, q, cur: c.projects.search(
                    dict(q.filter) if q.filter else None,
                    limit=page_size("SearchProjects", q.page_size),
                    cursor=cur,
                ),
            ),
        ),
        CollectionSpec(
            "custom-fields", "CustomFieldDefinition", "GetCustomFields", None, None, _custom_fields
        ),
        CollectionSpec(
            "articles",
            "Article",
            "GetArticles",
            None,
            None,
            _articles,
            link_column="knowledge_base_id",
        ),
        CollectionSpec(
            "audit-logs",
            "AuditLog",
            "GetAuditLogs",
            None,
            None,
            _one(
                "GetAuditLogs",
                lambda c, q, cur: c.audit_logs.list(
                    limit=page_size("GetAuditLogs", q.page_size), cursor=cur
                ),
            ),
        ),
        CollectionSpec(
            "survey-responses",
            "SurveyResponse",
            "GetSurveyResponses",
            None,
            None,
            _survey_responses,
            link_column="survey_id",
        ),
        CollectionSpec(
            "custom-objects",
            "APICustomObject",
            "GetCustomObjects",
            "SearchCustomObjects",
            None,
            _custom_objects,
            needs_object_type=True,
        ),
    )
}


def collection(name: str) -> CollectionSpec:
    spec = COLLECTIONS.get(name.replace("_", "-"))
    if spec is None:
        raise JobInputError(
            f"export: unknown collection {name!r}; choose one of {', '.join(sorted(COLLECTIONS))}."
        )
    return spec
