"""Issues and everything under an issue: messages, threads, followers, snooze, imports.

Special behaviour lives here; plain CRUD (get, delete, threads, message delete, statuses) is
served by the generic handlers. Issue states are the five standard ones plus the workspace's
custom statuses (``GET /issue-statuses``); an unknown state is a 400. Every change that Pylon
would announce by webhook calls ``state.emit``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, ClassVar

from .._errors import bad_request, not_found
from .._spec import operations
from .._store import Collection, RawItems, Record, public
from .._timefmt import canonical, fmt, parse
from ._base import (
    Behavior,
    address,
    apply_body,
    check_unique,
    create_record,
    existing,
    mini,
    register,
    validate_request,
)
from ._context import Context

ISSUE_LINK = "https://app.usepylon.com/issues/views/all-issues?issueNumber={number}"
CLOSED_STATES = {"closed"}


def closed_states(ctx: Context) -> set[str]:
    custom = {
        rec["slug"]
        for rec in ctx.state.store.collection("issue-statuses")
        if rec.get("category") in ("closed", "resolved")
    }
    return CLOSED_STATES | custom


def find_contact_by_email(ctx: Context, email: str) -> Record | None:
    for contact in ctx.state.store.collection("contacts"):
        if contact.get("email") == email or email in (contact.get("emails") or ()):
            return contact
    return None


@register("issues")
class IssueBehavior(Behavior):
    aliases: ClassVar[dict[str, str]] = {
        "requestor_id": "requester_id",
        "contact_id": "requester_id",
    }
    custom_field_object = "issue"
    filter_aliases: ClassVar[dict[str, str]] = {
        "issue_type": "type",
        "resolved_at": "resolution_time",
        "latest_message_activity_at": "latest_message_time",
        "follower_user_id": "_follower_user_ids",
        "follower_contact_id": "_follower_contact_ids",
        "ticket_form_id": "_ticket_form_id",
    }

    def validate(self, ctx: Context, body: dict[str, Any], old: Record | None) -> None:
        state = body.get("state")
        if state is not None and state not in ctx.state.issue_states():
            raise bad_request(f"invalid state {state!r}")

    def external_keys(self, record: Record) -> set[str]:
        keys: set[str] = record.get("_external_keys") or set()
        return keys

    def prepare(
        self, ctx: Context, record: Record, body: dict[str, Any], old: Record | None
    ) -> None:
        now = ctx.state.now()
        if old is None:
            if "created_at" in body:
                record["created_at"] = canonical(body["created_at"], "created_at")
                record.setdefault("updated_at", record["created_at"])
            number = ctx.state.take_issue_number()
            record.update(number=number, link=ISSUE_LINK.format(number=number))
            record.setdefault("state", "new")
            record.setdefault("type", "conversation")
            record.setdefault("source", "manual")
            record.setdefault("tags", [])
            record.setdefault("custom_fields", {})
            record.setdefault("attachment_urls", [])
            record.setdefault("latest_message_time", record.get("created_at", now))
            record.setdefault("number_of_touches", 0)
            record.setdefault("customer_portal_visible", False)
            record["_follower_user_ids"] = []
            record["_follower_contact_ids"] = []
            email = body.get("requester_email")
            if "requester" not in record and isinstance(email, str) and email:
                record["requester"] = requester_for(ctx, email, body.get("requester_name"))
        state = record.get("state")
        if old is not None and state != old.get("state"):
            if state in closed_states(ctx):
                record["resolution_time"] = now
            else:
                record.pop("resolution_time", None)
        requester = record.get("requester")
        if "account" not in record and isinstance(requester, dict):
            contact = ctx.state.store.get("contacts", requester["id"])
            if contact and isinstance(contact.get("account"), dict):
                record["account"] = dict(contact["account"])

    def after_create(self, ctx: Context, record: Record) -> None:
        ctx.state.issue_numbers[record["number"]] = record["id"]
        ctx.state.emit("issue_new", record, None)

    def after_update(self, ctx: Context, old: Record, new: Record) -> None:
        if old.get("state") != new.get("state"):
            ctx.state.emit("issue_status_changed", new, None)
        if old.get("assignee") != new.get("assignee") or old.get("team") != new.get("team"):
            ctx.state.emit("issue_assigned", new, None)
        if old.get("tags") != new.get("tags"):
            ctx.state.emit("issue_tags_changed", new, None)
        derived = {
            "state",
            "assignee",
            "team",
            "tags",
            "updated_at",
            "resolution_time",
            "latest_message_time",
            "number_of_touches",
        }
        changed = {k for k in set(old) | set(new) if old.get(k) != new.get(k)}
        if any(k not in derived and not k.startswith("_") for k in changed):
            ctx.state.emit("issue_field_changed", new, None)

    def after_delete(self, ctx: Context, record: Record) -> None:
        ctx.state.issue_numbers.pop(record.get("number", -1), None)
        for name in ("issues/messages", "issues/threads"):
            ctx.state.store.drop_scope(name, (record["id"],))

    def order(self, coll: Collection) -> list[str]:
        return coll.ids_by_time()


def requester_for(ctx: Context, email: str, name: Any) -> Record:
    """The requester mini-contact for an email, creating the contact as Pylon does."""
    contact = find_contact_by_email(ctx, email)
    if contact is None:
        contact = {
            "id": ctx.state.new_id(),
            "email": email,
            "emails": [email],
            "name": name if isinstance(name, str) and name else email.split("@")[0],
            "custom_fields": {},
        }
        ctx.state.store.collection("contacts").put(contact)
    return {"id": contact["id"], "email": contact.get("email", email)}


def issue_of(ctx: Context) -> tuple[Collection, Record]:
    return existing(ctx, address(operations()["GetIssue"]))


def messages_of(ctx: Context, issue: Record) -> Collection:
    return ctx.state.store.collection("issues/messages", (issue["id"],))


def new_message(
    ctx: Context,
    issue: Record,
    body_html: str,
    *,
    private: bool,
    user_id: Any = None,
    contact_id: Any = None,
    attachment_urls: Any = None,
    timestamp: str | None = None,
    thread_id: Any = None,
) -> Record:
    """Store a message on an issue and bump the issue's activity time."""
    author: Record = {}
    if isinstance(contact_id, str) and contact_id:
        author = {"contact": mini(ctx, "contact", contact_id, "MiniContact")}
        contact = ctx.state.store.get("contacts", contact_id)
        author["name"] = (contact or {}).get("name", "Customer")
    else:
        uid = user_id if isinstance(user_id, str) and user_id else ctx.state.me_id
        if uid:
            author = {"user": mini(ctx, "user", uid, "MiniUser")}
            user = ctx.state.store.get("users", uid)
            author["name"] = (user or {}).get("name", "Agent")
    message: Record = {
        "id": ctx.state.new_id(),
        "author": author,
        "file_urls": list(attachment_urls or []),
        "is_private": private,
        "message_html": body_html,
        "source": "app",
        "timestamp": timestamp or ctx.state.now(),
    }
    if isinstance(thread_id, str) and thread_id:
        message["thread_id"] = thread_id
    messages_of(ctx, issue).put(message)
    return message


def touch(ctx: Context, issue: Record, message: Record) -> Record:
    updated = dict(issue)
    stamp = message["timestamp"]
    if stamp >= updated.get("latest_message_time", ""):
        updated["latest_message_time"] = stamp
    updated["updated_at"] = ctx.state.now()
    updated["number_of_touches"] = int(updated.get("number_of_touches", 0)) + 1
    ctx.state.store.collection("issues").put(updated)
    return updated


# -- handlers ----------------------------------------------------------------------------------


def create_issue(ctx: Context) -> dict[str, Any]:
    addr = address(ctx.op, item=False)
    record = create_record(ctx, addr, ctx.json())
    body = ctx.json()
    first = new_message(
        ctx,
        record,
        body["body_html"],
        private=False,
        contact_id=(record.get("requester") or {}).get("id"),
        attachment_urls=body.get("attachment_urls"),
        timestamp=record["created_at"],
    )
    record = dict(ctx.state.store.collection("issues").get(record["id"]) or record)
    record["latest_message_time"] = first["timestamp"]
    ctx.state.store.collection("issues").put(record)
    return {"data": public(record)}


def get_issues(ctx: Context) -> dict[str, Any]:
    """``GET /issues``: issues created in ``[start_time, end_time)``, at most 30 days."""
    window = ctx.op.time_window or {}
    start_name, end_name = window.get("start", "start_time"), window.get("end", "end_time")
    start = parse(ctx.q(start_name), start_name)
    end = parse(ctx.q(end_name), end_name)
    if end <= start:
        raise bad_request(f"{end_name} must be after {start_name}")
    max_days = window.get("max_days")
    if isinstance(max_days, int) and end - start > timedelta(days=max_days):
        raise bad_request(f"the time window must be at most {max_days} days")
    coll = ctx.state.store.collection("issues")
    ids = coll.ids_between(fmt(start), fmt(end))
    return {"data": RawItems(f for f in map(coll.rendered, ids) if f is not None)}


def add_message(ctx: Context, private: bool) -> dict[str, Any]:
    body = ctx.json()
    validate_request(ctx, body)
    _, issue = issue_of(ctx)
    replied_to = body.get("message_id")
    if replied_to and messages_of(ctx, issue).get(replied_to) is None and not private:
        raise bad_request(f"message {replied_to!r} not found on this issue")
    thread_id = body.get("thread_id")
    if private and body.get("thread_name") and not thread_id:
        thread = {
            "id": ctx.state.new_id(),
            "issue_id": issue["id"],
            "name": body["thread_name"],
            "source": "app",
        }
        ctx.state.store.collection("issues/threads", (issue["id"],)).put(thread)
        thread_id = thread["id"]
    message = new_message(
        ctx,
        issue,
        body["body_html"],
        private=private,
        user_id=body.get("user_id"),
        contact_id=body.get("contact_id"),
        attachment_urls=body.get("attachment_urls"),
        thread_id=thread_id,
    )
    issue = touch(ctx, issue, message)
    ctx.state.emit("issue_message_new", issue, message)
    return {"data": {"id": message["id"], "issue_id": issue["id"]}}


def create_reply(ctx: Context) -> dict[str, Any]:
    return add_message(ctx, private=False)


def create_note(ctx: Context) -> dict[str, Any]:
    return add_message(ctx, private=True)


def redact_message(ctx: Context) -> dict[str, Any]:
    _, issue = issue_of(ctx)
    messages = messages_of(ctx, issue)
    message = messages.get(ctx.params["message_id"])
    if message is None:
        raise not_found("message", ctx.params["message_id"])
    redacted = dict(message, message_html="<p>[redacted]</p>", file_urls=[])
    messages.put(redacted)
    return {"data": public(redacted)}


def get_followers(ctx: Context) -> dict[str, Any]:
    _, issue = issue_of(ctx)
    return {"data": followers(issue)}


def followers(issue: Record) -> list[Record]:
    return [{"id": i, "type": "user"} for i in issue.get("_follower_user_ids", [])] + [
        {"id": i, "type": "contact"} for i in issue.get("_follower_contact_ids", [])
    ]


def add_followers(ctx: Context) -> dict[str, Any]:
    body = ctx.json()
    validate_request(ctx, body)
    coll, issue = issue_of(ctx)
    operation = body.get("operation") or "add"
    if operation not in ("add", "remove"):
        raise bad_request("operation must be 'add' or 'remove'")
    updated = dict(issue)
    for key, field in (
        ("user_ids", "_follower_user_ids"),
        ("contact_ids", "_follower_contact_ids"),
    ):
        current = list(issue.get(field, []))
        for ident in body.get(key) or []:
            if operation == "add" and ident not in current:
                current.append(ident)
            elif operation == "remove" and ident in current:
                current.remove(ident)
        updated[field] = current
    coll.put(updated)
    return {"data": followers(updated)}


def snooze(ctx: Context) -> dict[str, Any]:
    body = ctx.json()
    validate_request(ctx, body)
    coll, issue = issue_of(ctx)
    until = canonical(body["snooze_until"], "snooze_until")
    updated = dict(issue, snoozed_until_time=until, updated_at=ctx.state.now())
    coll.put(updated)
    return {"data": public(updated)}


def link_external_issue(ctx: Context) -> dict[str, Any]:
    body = ctx.json()
    validate_request(ctx, body)
    coll, issue = issue_of(ctx)
    links = [
        e
        for e in issue.get("external_issues", [])
        if (e.get("external_id"), e.get("source")) != (body["external_issue_id"], body["source"])
    ]
    operation = body.get("operation") or "link"
    if operation not in ("link", "unlink"):
        raise bad_request("operation must be 'link' or 'unlink'")
    if operation == "link":
        links.append(
            {
                "external_id": body["external_issue_id"],
                "source": body["source"],
                "link": f"https://{body['source']}.example/issues/{body['external_issue_id']}",
            }
        )
    updated = dict(issue, external_issues=links, updated_at=ctx.state.now())
    coll.put(updated)
    return {"data": public(updated)}


def ai_response(ctx: Context) -> dict[str, Any]:
    body = ctx.json()
    validate_request(ctx, body)
    _, issue = issue_of(ctx)
    html = f"<p>Thanks for reaching out about &quot;{issue.get('title', '')}&quot;.</p>"
    if body.get("post_as_internal_note"):
        message = new_message(ctx, issue, html, private=True)
        touch(ctx, issue, message)
    return {"response_html": html, "response_valid": True}


def _import_messages(ctx: Context, issue: Record, messages: list[dict[str, Any]]) -> Record:
    for item in messages:
        stamp = canonical(item["created_at"], "created_at") if item.get("created_at") else None
        message = new_message(
            ctx,
            issue,
            item["body_html"],
            private=bool(item["is_private"]),
            user_id=item.get("user_id"),
            contact_id=item.get("contact_id"),
            attachment_urls=item.get("attachment_urls"),
            timestamp=stamp,
        )
        issue = touch(ctx, issue, message)
    return issue


def import_issue(ctx: Context) -> dict[str, Any]:
    """``POST /import/issues``: an issue with its history; ``external_refs`` de-duplicate."""
    body = ctx.json()
    validate_request(ctx, body)
    issues = ctx.state.store.collection("issues")
    beh = IssueBehavior()
    beh.validate(ctx, body, None)
    record: Record = {"id": ctx.state.new_id(), "created_at": ctx.state.now()}
    record["updated_at"] = record["created_at"]
    record.update(
        {k: v for k, v in apply_body(ctx, "Issue", body, beh.aliases).items() if v is not None}
    )
    for stamp in ("created_at", "updated_at", "first_response_time", "resolution_time"):
        if stamp in body:
            record[stamp] = canonical(body[stamp], stamp)
    refs = body.get("external_refs") or {}
    record["_external_keys"] = {f"{k}:{v}" for k, v in refs.items() if v}
    record["external_issues"] = [
        {"external_id": e["external_issue_id"], "source": e["source"]}
        for e in body.get("external_issues") or []
    ]
    beh.prepare(ctx, record, body, None)
    check_unique(issues, beh, record)
    issues.put(record)
    beh.after_create(ctx, record)
    record = _import_messages(ctx, record, body.get("messages") or [])
    return {"data": public(record)}


def import_messages(ctx: Context) -> dict[str, Any]:
    body = ctx.json()
    validate_request(ctx, body)
    _, issue = issue_of(ctx)
    issue = _import_messages(ctx, issue, body["messages"])
    return {"data": public(issue)}


def delete_message(ctx: Context) -> dict[str, Any]:
    _, issue = issue_of(ctx)
    messages = messages_of(ctx, issue)
    if messages.delete(ctx.params["message_id"]) is None:
        raise not_found("message", ctx.params["message_id"])
    return {}


HANDLERS = {
    "CreateIssue": create_issue,
    "GetIssues": get_issues,
    "CreateIssueReply": create_reply,
    "CreateIssueNote": create_note,
    "RedactMessage": redact_message,
    "DeleteMessage": delete_message,
    "GetIssueFollowers": get_followers,
    "AddIssueFollowers": add_followers,
    "SnoozeIssue": snooze,
    "LinkExternalIssue": link_external_issue,
    "CreateIssueAIResponse": ai_response,
    "ImportIssue": import_issue,
    "ImportMessages": import_messages,
}
