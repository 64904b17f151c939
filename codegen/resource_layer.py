"""Emit the facade's thin resource methods from the spec: src/pylon/resources/_generated.py.

Every operation that needs nothing but "send these arguments, return the parsed result" becomes a
method of a generated base class (`TagsMethods`, `IssueMessagesMethods`, ...) that the hand-written
resource class extends. From the spec each method gets its signature (path parameters positional,
query parameters and body fields as typed keywords defaulting to `NOT_GIVEN`), its result type, and
its docstring (the operation's summary, route, documented rate limit, required fields, what it
raises). The hand-written classes keep only what the spec cannot say: conveniences, bound helpers,
time windows, uploads and the plan's aliases.

`METHODS` below is the one hand-kept input: where each operation sits in the facade and under which
name. An operation missing from it still gets a method, named from its tag and operation id, so a
new operation in the spec reaches the facade with no hand-written code.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import snake_case

from pylon._conventions import BOUND_MODELS, RAISES

from ._jsondoc import iter_operations

# How a method calls its operation: one request ("call"), a pager over a list ("pager"), or a
# pager over a filter search ("search").
CALL, PAGER, SEARCH = "call", "pager", "search"


@dataclass(frozen=True)
class Place:
    """Where an operation sits: generated class stem, method name, path parameter names."""

    group: str
    method: str
    kind: str = CALL
    path_names: dict[str, str] = field(default_factory=dict)


def _p(group: str, method: str, kind: str = CALL, **path_names: str) -> Place:
    return Place(group, method, kind, path_names)


# operation id -> its place in the facade. Operations that are hand-written instead (they need
# more than the spec says) are in HAND_WRITTEN.
METHODS: dict[str, Place] = {
    "GetAccounts": _p("Accounts", "list", PAGER),
    "GetAccount": _p("Accounts", "get", id="account_id"),
    "SearchAccounts": _p("Accounts", "search", SEARCH),
    "CreateAccount": _p("Accounts", "create"),
    "UpdateAccount": _p("Accounts", "update", id="account_id"),
    "UpdateAccounts": _p("Accounts", "update_many"),
    "DeleteAccount": _p("Accounts", "delete", id="account_id"),
    "CreateAccountHighlight": _p("AccountHighlights", "create"),
    "UpdateAccountHighlight": _p("AccountHighlights", "update"),
    "DeleteAccountHighlight": _p("AccountHighlights", "delete"),
    "CreateActivity": _p("AccountActivities", "create", id="account_id"),
    "GetActivityTypes": _p("ActivityTypes", "list", PAGER),
    "GetAuditLogs": _p("AuditLogs", "list", PAGER),
    "GetContacts": _p("Contacts", "list", PAGER),
    "GetContact": _p("Contacts", "get", id="contact_id"),
    "SearchContacts": _p("Contacts", "search", SEARCH),
    "CreateContact": _p("Contacts", "create"),
    "UpdateContact": _p("Contacts", "update", id="contact_id"),
    "DeleteContact": _p("Contacts", "delete", id="contact_id"),
    "GetCustomFields": _p("CustomFields", "list", PAGER),
    "GetCustomField": _p("CustomFields", "get", id="field_id"),
    "CreateCustomField": _p("CustomFields", "create"),
    "UpdateCustomField": _p("CustomFields", "update", id="field_id"),
    "GetCustomObjects": _p("CustomObjects", "list", PAGER, type="object_type"),
    "GetCustomObject": _p("CustomObjects", "get", type="object_type", id="object_id"),
    "SearchCustomObjects": _p("CustomObjects", "search", SEARCH, type="object_type"),
    "CreateCustomObject": _p("CustomObjects", "create", type="object_type"),
    "UpdateCustomObject": _p("CustomObjects", "update", type="object_type", id="object_id"),
    "DeleteCustomObject": _p("CustomObjects", "delete", type="object_type", id="object_id"),
    "GetFeatureRequest": _p("FeatureRequests", "get", id="feature_request_id"),
    "UpdateFeatureRequest": _p("FeatureRequests", "update", id="feature_request_id"),
    "DeleteFeatureRequest": _p("FeatureRequests", "delete", id="feature_request_id"),
    "ImportContact": _p("Imports", "contacts"),
    "ImportIssue": _p("Imports", "issues"),
    "ImportMessages": _p("Imports", "issue_messages", id="issue_id"),
    "GetIssueStatuses": _p("IssueStatuses", "list", PAGER),
    "GetIssue": _p("Issues", "get", id="issue_id"),
    "SearchIssues": _p("Issues", "search", SEARCH),
    "CreateIssue": _p("Issues", "create"),
    "UpdateIssue": _p("Issues", "update", id="issue_id"),
    "DeleteIssue": _p("Issues", "delete", id="issue_id"),
    "LinkExternalIssue": _p("Issues", "link_external_issue", id="issue_id"),
    "CreateIssueAIResponse": _p("Issues", "ai_response", id="issue_id"),
    "GetIssueMessages": _p("IssueMessages", "list", PAGER, id="issue_id"),
    "DeleteMessage": _p("IssueMessages", "delete", id="issue_id"),
    "RedactMessage": _p("IssueMessages", "redact", id="issue_id"),
    "GetIssueFollowers": _p("IssueFollowers", "list", id="issue_id"),
    "GetIssueThreads": _p("IssueThreads", "list", id="issue_id"),
    "CreateIssueThread": _p("IssueThreads", "create", id="issue_id"),
    "GetKnowledgeBases": _p("KnowledgeBases", "list", PAGER),
    "GetKnowledgeBase": _p("KnowledgeBases", "get", id="knowledge_base_id"),
    "GetArticles": _p("Articles", "list", PAGER, id="knowledge_base_id"),
    "GetArticle": _p("Articles", "get", id="knowledge_base_id"),
    "CreateArticle": _p("Articles", "create", id="knowledge_base_id"),
    "UpdateArticle": _p("Articles", "update", id="knowledge_base_id"),
    "DeleteArticle": _p("Articles", "delete", id="knowledge_base_id"),
    "GetCollections": _p("Collections", "list", id="knowledge_base_id"),
    "GetCollection": _p("Collections", "get", id="knowledge_base_id"),
    "CreateCollection": _p("Collections", "create", id="knowledge_base_id"),
    "DeleteCollection": _p("Collections", "delete", id="knowledge_base_id"),
    "CreateRouteRedirect": _p("RouteRedirects", "create", id="knowledge_base_id"),
    "GetMacros": _p("Macros", "list"),
    "GetMacro": _p("Macros", "get", id="macro_id"),
    "CreateMacro": _p("Macros", "create"),
    "UpdateMacro": _p("Macros", "update", id="macro_id"),
    "GetMacroGroups": _p("Macros", "groups"),
    "GetMe": _p("Me", "get"),
    "CreateMilestone": _p("Milestones", "create"),
    "UpdateMilestone": _p("Milestones", "update", id="milestone_id"),
    "DeleteMilestone": _p("Milestones", "delete", id="milestone_id"),
    "SearchProjects": _p("Projects", "search", SEARCH),
    "CreateProject": _p("Projects", "create"),
    "UpdateProject": _p("Projects", "update", id="project_id"),
    "DeleteProject": _p("Projects", "delete", id="project_id"),
    "GetTags": _p("Tags", "list", PAGER),
    "GetTag": _p("Tags", "get", id="tag_id"),
    "CreateTag": _p("Tags", "create"),
    "UpdateTag": _p("Tags", "update", id="tag_id"),
    "DeleteTag": _p("Tags", "delete", id="tag_id"),
    "GetTasks": _p("Tasks", "list", PAGER),
    "GetTask": _p("Tasks", "get", id="task_id"),
    "SearchTasks": _p("Tasks", "search", SEARCH),
    "CreateTask": _p("Tasks", "create"),
    "UpdateTask": _p("Tasks", "update", id="task_id"),
    "DeleteTask": _p("Tasks", "delete", id="task_id"),
    "GetTeams": _p("Teams", "list", PAGER),
    "GetTeam": _p("Teams", "get", id="team_id"),
    "CreateTeam": _p("Teams", "create"),
    "UpdateTeam": _p("Teams", "update", id="team_id"),
    "GetTicketForms": _p("TicketForms", "list", PAGER),
    "GetTicketForm": _p("TicketForms", "get", id="ticket_form_id"),
    "ListTrainingData": _p("TrainingData", "list"),
    "GetTrainingData": _p("TrainingData", "get", id="training_data_id"),
    "CreateTrainingData": _p("TrainingData", "create"),
    "UploadTrainingDataFileContent": _p("TrainingData", "upload_content"),
    "GetUserRoles": _p("UserRoles", "list", PAGER),
    "GetUsers": _p("Users", "list", PAGER),
    "GetUser": _p("Users", "get", id="user_id"),
    "SearchUsers": _p("Users", "search", SEARCH),
    "UpdateUser": _p("Users", "update", id="user_id"),
}

# Operations whose facade method is written by hand, and why (the generator skips them).
HAND_WRITTEN: dict[str, str] = {
    "GetIssues": "a bounded time window: split into 30-day windows, `days=`/`since=`/`until=`",
    "SnoozeIssue": "takes a datetime or date and sends RFC 3339",
    "CreateIssueReply": "plain text or HTML, replies to the latest message by default",
    "CreateIssueNote": "plain text or HTML",
    "AddIssueFollowers": "one operation serves `add` and `remove`",
    "UploadAccountFile": "multipart upload of a path, bytes or a file object",
    "CreateAttachment": "multipart upload of a path, bytes or a file object",
    "UploadTrainingDataFiles": "multipart upload of several files",
    "DeleteTrainingDataDocuments": "needs document_ids or external_ids",
    "SearchFeatureRequests": "a one-page text search, not a filter search",
    "GetSurveys": "parses the survey list leniently",
    "GetSurvey": "parses the survey leniently",
    "SearchSurveys": "a one-page search whose filter is optional",
    "GetSurveyResponses": "takes datetimes for its time window",
}

# Where the plan's arguments differ from the wire: plain text the facade escapes into a field.
PLAIN_TEXT_FIELDS: dict[str, tuple[str, str]] = {"CreateIssue": ("description", "body_html")}

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_PER = {"second": "second", "minute": "minute", "hour": "hour"}


@dataclass
class _Method:
    op_id: str
    place: Place
    code: list[str]
    imports: set[tuple[str, str]]


def _camel(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_ ]+", text) if part)


def _place(op_id: str, op: dict[str, Any], groups_by_tag: dict[str, str]) -> Place:
    """Where `METHODS` puts the operation; else in the group its tag's operations are in (a new
    class only for a new tag), named after the operation id."""
    if op_id in METHODS:
        return METHODS[op_id]
    tag = (op.get("tags") or ["default"])[0]
    return Place(groups_by_tag.get(tag, _camel(tag)), snake_case(op_id))


def _groups_by_tag(spec: dict[str, Any]) -> dict[str, str]:
    """Each tag's most common group among the placed operations."""
    counts: dict[str, Counter[str]] = {}
    for _, _, op in iter_operations(spec):
        if op["operationId"] in METHODS:
            tag = (op.get("tags") or ["default"])[0]
            counts.setdefault(tag, Counter())[METHODS[op["operationId"]].group] += 1
    return {tag: count.most_common(1)[0][0] for tag, count in counts.items()}


class _Types:
    """Python annotations for spec schemas, collecting the imports they need."""

    def __init__(self, schemas: dict[str, Any], models: dict[str, str]) -> None:
        self.schemas, self.models = schemas, models
        self.imports: set[tuple[str, str]] = set()

    def model(self, name: str) -> str:
        self.imports.add((f"pylon_openapi.models.{self.models[name]}", name))
        return name

    def of(self, schema: dict[str, Any]) -> str:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            target = self.schemas[name]
            if "enum" in target or target.get("type") in _SCALARS:
                return _SCALARS.get(target.get("type", ""), "str")
            return f"{self.model(name)} | Mapping[str, Any]"
        kind = schema.get("type")
        if kind == "array":
            return f"Sequence[{self.of(schema.get('items', {}))}]"
        if kind == "object":
            return "Mapping[str, Any]"
        return _SCALARS.get(kind or "", "Any")


def _python_name(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) else name


def _result(types: _Types, entry: dict[str, Any], kind: str) -> str:
    name = entry["data_model"] or entry["response"]
    if name is None:
        return "Any"
    if name in BOUND_MODELS:  # returned bound to the client: `issue.resolve()`
        types.imports.add(("pylon._bound_models", BOUND_MODELS[name]))
        shown = f"{BOUND_MODELS[name]}[M]"
    else:
        shown = types.model(name)
    return f"builtins.list[{shown}]" if entry["data_is_list"] and kind == CALL else shown


def _docstring(summary: str, method: str, path: str, op: dict[str, Any], notes: list[str]) -> str:
    rate = op.get("x-rate-limit")
    lines = [f"{summary}: `{method} {path}`."]
    limit = f"{rate['requests']} requests per {_PER[rate['per']]}" if rate else "none documented"
    lines += ["", f"Rate limit: {limit}."]
    if notes:
        lines += ["", *notes]
    lines += ["", *textwrap.wrap(RAISES, width=90)]
    return "\n".join(f"        {line}" if line else "" for line in lines).lstrip()


def _body_schema(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if content is None:
        return None, {}
    name = content["schema"]["$ref"].rsplit("/", 1)[-1]
    return name, spec["components"]["schemas"][name]


def _method(
    spec: dict[str, Any],
    types: _Types,
    entry: dict[str, Any],
    op_id: str,
    op: dict[str, Any],
    groups_by_tag: dict[str, str],
) -> _Method:
    place = _place(op_id, op, groups_by_tag)
    kind = place.kind
    params = [p for p in op.get("parameters", []) if "$ref" not in p]
    # In the order the path names them, which is the order callers pass them in.
    path_params = sorted(
        (p for p in params if p["in"] == "path"),
        key=lambda p: entry["path"].index("{" + p["name"] + "}"),
    )
    paging = {"cursor", "limit"} if kind != CALL and op.get("x-pagination") else set()
    query = [p for p in params if p["in"] == "query" and p["name"] not in paging]
    body_name, body = _body_schema(spec, op) if kind != SEARCH else (None, {})
    required = set(body.get("required", ()))

    positional = [f"{place.path_names.get(p['name'], p['name'])}: str" for p in path_params]
    positional += [
        f"{_python_name(p['name'])}: {types.of(p['schema'])}" for p in query if p.get("required")
    ]
    keywords = [
        f"{_python_name(p['name'])}: {types.of(p['schema'])} | NotGiven = NOT_GIVEN"
        for p in query
        if not p.get("required")
    ]
    fields = sorted(body.get("properties", {}).items())
    alias = PLAIN_TEXT_FIELDS.get(op_id)
    if alias:
        keywords.append(f"{alias[0]}: str | NotGiven = NOT_GIVEN")
    keywords += [f"{_python_name(n)}: {types.of(s)} | NotGiven = NOT_GIVEN" for n, s in fields]
    if body_name:
        positional.append(f"body: {types.model(body_name)} | Mapping[str, Any] | None = None")
    if kind == SEARCH:
        leading = [*positional, "/"] if positional else []
        signature = [*leading, "filter: SearchFilter | None = None", "*"]
    else:
        signature = [*positional, "/"] if positional else []
        if keywords or paging or kind == PAGER:
            signature.append("*")
    signature += keywords
    if paging:
        signature += ["limit: int | None = None", "cursor: str | None = None"]
    if kind != CALL:
        signature.append("max_items: int | None = None")

    result = _result(types, entry, kind)
    returns = f"PageWalk[{result}]" if kind != CALL else f"Flow[{result}]"
    notes = _notes(kind, body_name, required, alias, bool(paging))
    doc = _docstring(op["summary"], entry["method"], entry["path"], op, notes)
    path_arg = ", ".join(
        f'"{p["name"]}": {place.path_names.get(p["name"], p["name"])}' for p in path_params
    )
    arguments = [f'"{op_id}"']
    if kind == SEARCH:
        arguments.append("filter")
    if path_arg:
        arguments.append(f"path={{{path_arg}}}")
    if query:
        given = ", ".join(f"{p['name']}={_python_name(p['name'])}" for p in query)
        arguments.append(f"query=given({given})")
    if body_name:
        arguments.append("body=body")
        given = ", ".join(f"{n}={_python_name(n)}" for n, _ in fields)
        arguments.append(f"fields=given({given})")
    if paging:
        arguments += ["limit=limit", "cursor=cursor"]
    if kind != CALL:
        arguments.append("max_items=max_items")

    decorator = "api_method" if kind == CALL else "paged_method"
    helper = {CALL: "_call", PAGER: "_list", SEARCH: "_search"}[kind]
    code = [
        f"    @{decorator}",
        f'    @calls("{op_id}")',
        f"    def {place.method}(",
        "        self,",
        *(f"        {part}," for part in signature),
        f"    ) -> {returns}:",
        f'        """{doc}\n        """',
    ]
    if alias:
        code.append(f'        {alias[1]} = plain_text_field("{op_id}", {alias[0]}, {alias[1]})')
    call = f"self.{helper}({', '.join(arguments)})"
    code.append(f"        return (yield from {call})" if kind == CALL else f"        return {call}")
    return _Method(op_id, place, code, types.imports)


def _notes(
    kind: str, body_name: str | None, required: set[str], alias: Any, paged: bool
) -> list[str]:
    notes = []
    if kind == SEARCH:
        notes.append("`filter` is a `pylon.filters` filter or its text form (both checked against")
        notes.append(
            "this endpoint's filterable fields before sending), or a dict in Pylon's form."
        )
    if paged:
        notes.append(
            "`limit` is the page size, `cursor` resumes a walk, `max_items` caps the total."
        )
    elif kind == PAGER:
        notes.append("`max_items` caps the number of items.")
    if body_name:
        if required:
            shown = [
                f"{name} (or {alias[0]})" if alias and name == alias[1] else name
                for name in sorted(required)
            ]
            notes.append(f"Required fields: {', '.join(shown)}.")
        notes.append("Only the fields given are sent; or pass a body model or dict as `body`.")
    if alias:
        notes.append(f"`{alias[0]}` is plain text, sent as escaped `{alias[1]}`.")
    return notes


_HEADER = '''"""The facade's thin resource methods, one per operation, written from spec/pylon-api.json.

Written by `make generate` (codegen/resource_layer.py); never edit by hand. The hand-written
resource classes in this package extend these classes and add what the spec cannot say.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from .._pagination import PageWalk
from .._resource import Flow, M, RawAsyncMode, RawResponses, RawSyncMode, api_method, calls
from .._resource import paged_method
from .._types import NOT_GIVEN, NotGiven, given
from ._base import BaseResource, SearchFilter, plain_text_field

if TYPE_CHECKING:
%(imports)s

__all__ = [%(all)s]
'''


def _class(group: str, methods: Iterable[_Method]) -> list[str]:
    name = f"{group}Methods"
    ordered = sorted(methods, key=lambda m: m.place.method)
    lines = [
        "",
        "",
        f"class {name}(BaseResource[M]):",
        f'    """The generated methods of the `{group}` resource group."""',
        "",
        f"    with_raw_response: ClassVar[RawResponses[{name}[RawSyncMode], {name}[RawAsyncMode]]] = (",
        "        RawResponses()",
        "    )",
    ]
    for method in ordered:
        lines += ["", *method.code]
    return lines


def render_resource_layer(
    spec: dict[str, Any], tables: dict[str, Any], models: dict[str, str]
) -> str:
    """The source of src/pylon/resources/_generated.py (before formatting)."""
    types = _Types(spec["components"]["schemas"], models)
    groups: dict[str, list[_Method]] = {}
    by_tag = _groups_by_tag(spec)
    for _, _, op in iter_operations(spec):
        op_id = op["operationId"]
        if op_id in HAND_WRITTEN:
            continue
        method = _method(spec, types, tables[op_id], op_id, op, by_tag)
        groups.setdefault(method.place.group, []).append(method)
    imports = "\n".join(
        f"    from {module} import {name}" for module, name in sorted(types.imports)
    )
    names = sorted(f"{group}Methods" for group in groups)
    out = [_HEADER % {"imports": imports, "all": ", ".join(f'"{n}"' for n in names)}]
    for group in sorted(groups):
        out += _class(group, groups[group])
    return "\n".join(out) + "\n"
