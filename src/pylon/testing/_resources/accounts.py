"""Accounts and contacts, with their highlights, activities and files; attachments.

Accounts and contacts de-duplicate on external ids (and contacts on email): a second create
with the same key is a 400 carrying ``exists_id``, the id of the object that exists. Pylon's
schema describes ``exists_id`` but not the status; the simulator assumes 400.
"""

from __future__ import annotations

from typing import Any, ClassVar

from .._errors import bad_request, not_found
from .._spec import operations
from .._store import Record, public
from ._base import (
    Behavior,
    address,
    create_record,
    custom_field_map,
    existing,
    mini,
    register,
    scope_collection,
    validate_request,
)
from ._context import Context, Form

FILES_HOST = "https://files.pylon-simulator.invalid"


def _external_ids(record: Record) -> set[str]:
    return {
        f"ext:{e['external_id']}"
        for e in record.get("external_ids") or []
        if isinstance(e, dict) and e.get("external_id")
    }


@register("accounts")
class AccountBehavior(Behavior):
    aliases: ClassVar[dict[str, str]] = {"account_type": "type"}
    custom_field_object = "account"
    filter_aliases: ClassVar[dict[str, str]] = {"owner_id": "owner.id"}

    def external_keys(self, record: Record) -> set[str]:
        return _external_ids(record)

    def prepare(
        self, ctx: Context, record: Record, body: dict[str, Any], old: Record | None
    ) -> None:
        domain = body.get("domain") or body.get("primary_domain")
        if old is None:
            record.setdefault("domains", [domain] if domain else [])
            if domain:
                record.setdefault("primary_domain", domain)
                record.setdefault("domain", domain)
            record.setdefault("tags", [])
            record.setdefault("is_disabled", False)
            record.setdefault("type", "customer")
            record.setdefault("custom_fields", {})
            record.setdefault("external_ids", [])
            record.setdefault("channels", [])

    def getter(self, field: str) -> Any:
        if field == "external_ids":
            return lambda rec: [e.get("external_id") for e in rec.get("external_ids") or []]
        return super().getter(field)


@register("contacts")
class ContactBehavior(Behavior):
    custom_field_object = "contact"

    def external_keys(self, record: Record) -> set[str]:
        keys = _external_ids(record)
        if record.get("email"):
            keys.add(f"email:{str(record['email']).lower()}")
        return keys

    def prepare(
        self, ctx: Context, record: Record, body: dict[str, Any], old: Record | None
    ) -> None:
        if isinstance(body.get("emails"), list):
            emails = [e["email"] for e in body["emails"] if isinstance(e, dict)]
            primary = [
                e["email"] for e in body["emails"] if isinstance(e, dict) and e.get("is_primary")
            ]
            record["emails"] = emails
            if primary:
                record["email"] = primary[0]
        if record.get("email") and record["email"] not in record.setdefault("emails", []):
            record["emails"] = [record["email"], *record["emails"]]
        external = body.get("account_external_id")
        if external and not body.get("account_id"):
            for account in ctx.state.store.collection("accounts"):
                if f"ext:{external}" in _external_ids(account):
                    record["account"] = mini(ctx, "account", account["id"], "MiniAccount")
                    break
            else:
                raise bad_request(f"no account with external id {external!r}")
        if old is None:
            record.setdefault("custom_fields", {})
            record.setdefault("portal_role", "member")


def update_accounts(ctx: Context) -> dict[str, Any]:
    """``PATCH /accounts``: bulk owner, tags (append, remove or replace) and custom fields."""
    body = ctx.json()
    validate_request(ctx, body)
    accounts = ctx.state.store.collection("accounts")
    missing = [i for i in body["account_ids"] if accounts.get(i) is None]
    if missing:
        raise not_found("account", missing[0])
    mode = body.get("tags_apply_mode") or "append_only"
    if mode not in ("append_only", "remove_only", "replace"):
        raise bad_request("tags_apply_mode must be append_only, remove_only or replace")

    for ident in body["account_ids"]:
        account = dict(accounts.get(ident) or {})
        if "owner_id" in body:
            account["owner"] = mini(ctx, "owner", body["owner_id"], "MiniUser")
        if "tags" in body:
            tags = list(account.get("tags", []))
            if mode == "replace":
                tags = list(body["tags"])
            elif mode == "append_only":
                tags += [t for t in body["tags"] if t not in tags]
            else:
                tags = [t for t in tags if t not in body["tags"]]
            account["tags"] = tags
        if "custom_fields" in body:
            account["custom_fields"] = {
                **account.get("custom_fields", {}),
                **custom_field_map(body["custom_fields"]),
            }
        account["updated_at"] = ctx.state.now()
        accounts.put(account)
    return {"success": True}


def create_activity(ctx: Context) -> dict[str, Any]:
    """``POST /accounts/{id}/activities``: stored for inspection, answered with success."""
    body = ctx.json()
    validate_request(ctx, body)
    coll = scope_collection(ctx, address(ctx.op, item=False))
    record = {"id": ctx.state.new_id(), "created_at": ctx.state.now(), **body}
    coll.put(record)
    return {"data": {"success": True}}


def _attachment(ctx: Context, form: Form, upload_index: int | None) -> Record:
    ident = ctx.state.new_id()
    if upload_index is not None:
        upload = form.files[upload_index]
        name = upload.filename or "file"
        size = len(upload.content)
    else:
        url = form.value("file_url")
        if not url:
            raise bad_request("either file or file_url is required")
        name = url.rstrip("/").rsplit("/", 1)[-1] or "file"
        size = 0
    record: Record = {
        "id": ident,
        "name": name,
        "url": f"{FILES_HOST}/{ident}/{name}",
        "_size": size,
    }
    description = form.value("description")
    if description:
        record["description"] = description
    return record


def create_attachment(ctx: Context) -> dict[str, Any]:
    form = ctx.form()
    index = next((i for i, f in enumerate(form.files) if f.field == "file"), None)
    record = _attachment(ctx, form, index)
    ctx.state.store.collection("attachments").put(record)
    return {"data": public(record)}


def upload_account_file(ctx: Context) -> dict[str, Any]:
    _, account = existing(ctx, address(operations()["GetAccount"]))
    form = ctx.form()
    coll = ctx.state.store.collection("accounts/files", (account["id"],))
    indexes: list[int | None] = [i for i, f in enumerate(form.files) if f.field == "file"]
    records = [_attachment(ctx, form, i) for i in (indexes or [None])]
    for record in records:
        coll.put(record)
    return {"data": [public(r) for r in records]}


def import_contact(ctx: Context) -> dict[str, Any]:
    """``POST /import/contacts``: a create on the contacts collection."""
    record = create_record(ctx, address(operations()["CreateContact"], item=False), ctx.json())
    return {"data": public(record)}


HANDLERS = {
    "UpdateAccounts": update_accounts,
    "CreateActivity": create_activity,
    "CreateAttachment": create_attachment,
    "UploadAccountFile": upload_account_file,
    "ImportContact": import_contact,
}
