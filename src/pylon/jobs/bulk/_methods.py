"""The changes a bulk job can make: which facade method, which operation paces it, what it sends.

Each entry names a public facade method (`client.issues.update`, `client.contacts.create`, ...),
the operation whose rate limit paces it (from the spec tables, never restated), how safe it is to
send again (`create`: never after its outcome became unknown), and how one target's call is built
from the change and the target's current values - which is also the dry-run preview (field by
field, current -> new, from the values a search already returned). Where the API changes many
objects in one request (`PATCH /accounts`), the entry names that operation and its chunk size.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from .._errors import JobInputError
from ._fields import BodyField, body_fields

Kind = Literal["create", "update", "delete"]
# (facade method to call, its keyword arguments, preview {field: [current, new]})
Call = tuple[str, dict[str, Any], dict[str, list[Any]]]
# PATCH /accounts documents no maximum number of ids; 100 keeps one failed request's blast
# radius small while needing a fiftieth of the requests one-by-one updates would.
ACCOUNTS_CHUNK = 100

# Where a body field's current value sits on the object a search returns.
_NESTED = {
    "assignee_id": ("assignee", "id"),
    "team_id": ("team", "id"),
    "account_id": ("account", "id"),
    "requester_id": ("requester", "id"),
    "owner_id": ("owner", "id"),
}
UNKNOWN = "<not read>"


def current_value(data: Mapping[str, Any] | None, field: str) -> Any:
    """A field's current value on a target, or UNKNOWN when the target was given by id only."""
    if data is None:
        return UNKNOWN
    path = _NESTED.get(field)
    if path is None:
        return data.get(field)
    outer = data.get(path[0])
    return outer.get(path[1]) if isinstance(outer, Mapping) else None


def preview(data: Mapping[str, Any] | None, new: Mapping[str, Any]) -> dict[str, list[Any]]:
    return {name: [current_value(data, name), value] for name, value in new.items()}


def unchanged(diff: Mapping[str, list[Any]]) -> bool:
    """True when every field already has its new value (known only for searched targets)."""
    return bool(diff) and all(old == new for old, new in diff.values())


@dataclass(frozen=True)
class Method:
    name: str  # "issues.update": client.issues.update
    operation_id: str  # the bucket that paces it
    kind: Kind
    targeted: bool  # takes a target id (update, delete, note) or not (create)
    params: Callable[[], dict[str, BodyField]]  # the change's arguments, as spec fields
    build: Callable[[Mapping[str, Any] | None, Mapping[str, Any]], Call]
    chunk: int = 1  # > 1: many targets in one request (PATCH /accounts)

    @property
    def resource(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def verb(self) -> str:
        return self.name.split(".", 1)[1]


def _fields(
    operation_id: str, *names: str, rename: Mapping[str, str] | None = None
) -> Callable[[], dict[str, BodyField]]:
    """The named body fields of an operation (all when none are named), optionally renamed."""

    def params() -> dict[str, BodyField]:
        fields = body_fields(operation_id)
        chosen = {n: fields[n] for n in names} if names else dict(fields)
        for old, new in (rename or {}).items():
            chosen[new] = replace(chosen.pop(old), name=new, required=False)
        return chosen

    return params


def _text_param() -> dict[str, BodyField]:
    return {"text": BodyField("text", "string", required=True)}


def _none() -> dict[str, BodyField]:
    return {}


def _plain(
    method: str, shown: Callable[[Mapping[str, Any]], Mapping[str, Any]] = dict
) -> Callable[[Mapping[str, Any] | None, Mapping[str, Any]], Call]:
    """Call `method` with the change as it is; preview the fields `shown` maps it to."""

    def build(data: Mapping[str, Any] | None, change: Mapping[str, Any]) -> Call:
        return method, dict(change), preview(data, shown(change))

    return build


def _created(data: Mapping[str, Any] | None, change: Mapping[str, Any]) -> Call:
    """A create: nothing exists yet, so every field goes from None to its value."""
    return "create", dict(change), {name: [None, value] for name, value in change.items()}


def _assigned(change: Mapping[str, Any]) -> dict[str, Any]:
    names = {"user_id": "assignee_id", "team_id": "team_id"}
    return {names[k]: v for k, v in change.items()}


def _tags(
    adding: bool, via_update: bool
) -> Callable[[Mapping[str, Any] | None, Mapping[str, Any]], Call]:
    """Tags added or removed, keeping the target's others. With the target's current tags (from a
    search) this is one update; given only an id, the facade reads the target first."""
    verb = "add_tags" if adding else "remove_tags"

    def build(data: Mapping[str, Any] | None, change: Mapping[str, Any]) -> Call:
        tags = list(change["tags"])
        if data is None:
            return verb, {"tags": tags}, {"tags": [UNKNOWN, f"{'+' if adding else '-'}{tags}"]}
        current = list(data.get("tags") or [])
        new = (
            current + [t for t in tags if t not in current]
            if adding
            else [t for t in current if t not in tags]
        )
        if via_update:
            return "update", {"tags": new}, {"tags": [current, new]}
        return verb, {"tags": tags}, {"tags": [current, new]}

    return build


def _many_tags(adding: bool) -> Callable[[Mapping[str, Any] | None, Mapping[str, Any]], Call]:
    """Accounts: PATCH /accounts adds or removes tags itself (tags_apply_mode)."""
    mode = "append_only" if adding else "remove_only"
    preview_of = _tags(adding, via_update=False)

    def build(data: Mapping[str, Any] | None, change: Mapping[str, Any]) -> Call:
        diff = preview_of(data, change)[2]
        return "update_many", {"tags": list(change["tags"]), "tags_apply_mode": mode}, diff

    return build


def _crud(resource: str, model: str, *, create: str, update: str) -> list[Method]:
    return [
        Method(f"{resource}.create", create, "create", False, _fields(create), _created),
        Method(f"{resource}.update", update, "update", True, _fields(update), _plain("update")),
        Method(
            f"{resource}.delete",
            f"Delete{model}",
            "delete",
            True,
            _none,
            _plain("delete", lambda c: {}),
        ),
    ]


def _table() -> dict[str, Method]:
    methods = [
        *_crud("issues", "Issue", create="CreateIssue", update="UpdateIssue"),
        *_crud("contacts", "Contact", create="CreateContact", update="UpdateContact"),
        *_crud("accounts", "Account", create="CreateAccount", update="UpdateAccount"),
        Method("issues.set_state", "UpdateIssue", "update", True, _fields("UpdateIssue", "state"), _plain("set_state")),
        Method(
            "issues.assign", "UpdateIssue", "update", True,
            _fields("UpdateIssue", "assignee_id", "team_id", rename={"assignee_id": "user_id"}),
            _plain("assign", _assigned),
        ),
        Method("issues.add_tags", "UpdateIssue", "update", True, _fields("UpdateIssue", "tags"), _tags(True, via_update=True)),
        Method("issues.remove_tags", "UpdateIssue", "update", True, _fields("UpdateIssue", "tags"), _tags(False, via_update=True)),
        Method(
            "issues.snooze", "SnoozeIssue", "update", True,
            _fields("SnoozeIssue", "snooze_until", rename={"snooze_until": "until"}),
            _plain("snooze", lambda c: {"snoozed_until": c.get("until")}),
        ),
        # A note is a create: Pylon has no idempotency key, so a lost answer is never re-sent.
        Method("issues.note", "CreateIssueNote", "create", True, _text_param, _plain("note", lambda c: {})),
        Method(
            "accounts.add_tags", "UpdateAccounts", "update", True, _fields("UpdateAccounts", "tags"),
            _many_tags(True), chunk=ACCOUNTS_CHUNK,
        ),
        Method(
            "accounts.remove_tags", "UpdateAccounts", "update", True, _fields("UpdateAccounts", "tags"),
            _many_tags(False), chunk=ACCOUNTS_CHUNK,
        ),
    ]  # fmt: skip
    return {m.name: m for m in methods}


METHODS = _table()
# What PATCH /accounts can set for many accounts at once; an accounts update that only sets these
# (the same values for every target) goes through it.
_MANY_ACCOUNT_FIELDS = frozenset({"owner_id", "tags", "custom_fields"})
SEARCHES = {"issues": "SearchIssues", "contacts": "SearchContacts", "accounts": "SearchAccounts"}


def method(name: str) -> Method:
    found = METHODS.get(name)
    if found is None:
        raise JobInputError(f"bulk: unknown change {name!r}; known: {', '.join(sorted(METHODS))}.")
    return found


def with_bulk_endpoint(chosen: Method, change: Mapping[str, Any], same_for_all: bool) -> Method:
    """An accounts update of owner, tags or custom fields, the same for every target, becomes
    chunks of PATCH /accounts (tags replaced, as a one-by-one update would)."""
    if chosen.name != "accounts.update" or not same_for_all:
        return chosen
    if not change or not set(change) <= _MANY_ACCOUNT_FIELDS:
        return chosen

    def build(data: Mapping[str, Any] | None, given: Mapping[str, Any]) -> Call:
        args = dict(given)
        if "tags" in args:
            args["tags_apply_mode"] = "replace"
        return "update_many", args, preview(data, given)

    return replace(chosen, operation_id="UpdateAccounts", build=build,
                   chunk=ACCOUNTS_CHUNK)  # fmt: skip
