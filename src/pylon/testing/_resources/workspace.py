"""The rest of the workspace: custom fields and objects, tasks and projects, knowledge bases,
feature requests, surveys, training data and ``/me``.

Only what differs from generic CRUD is here: defaults a created object needs to look like
Pylon's, a few request fields whose names differ from the response's, and the operations that
are not CRUD (training-data uploads, feature-request search, survey-response windows).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, ClassVar

from .._errors import ApiError, bad_request, not_found
from .._spec import operations
from .._store import Record, public
from .._timefmt import canonical
from ._base import (
    Behavior,
    address,
    custom_field_map,
    existing,
    mini,
    register,
    validate_request,
)
from ._context import Context

KB_HOST = "https://help.pylon-simulator.invalid"


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "item"


@register("custom-fields")
class CustomFieldBehavior(Behavior):
    def prepare(
        self, ctx: Context, record: Record, body: dict[str, Any], old: Record | None
    ) -> None:
        if old is None:
            record.setdefault("slug", slugify(str(body.get("label", ""))).replace("-", "_"))
            record.setdefault("source", "api")
            record.setdefault("is_read_only", False)
        if "select_options" in body:
            record["select_metadata"] = {"options": list(body["select_options"] or [])}

    def validate(self, ctx: Context, body: dict[str, Any], old: Record | None) -> None:
        slug = body.get("slug")
        object_type = body.get("object_type", (old or {}).get("object_type"))
        if slug:
            for other in ctx.state.store.collection("custom-fields"):
                if (
                    other is not old
                    and other.get("slug") == slug
                    and other.get("object_type") == object_type
                ):
                    raise ApiError(
                        400, f"custom field {slug!r} already exists", exists_id=other["id"]
                    )


@register("custom-objects")
class CustomObjectBehavior(Behavior):
    def prepare(
        self, ctx: Context, record: Record, body: dict[str, Any], old: Record | None
    ) -> None:
        record["type"] = ctx.params["type"]
        record.setdefault("custom_fields", {})


@register("tasks")
class TaskBehavior(Behavior):
    filter_aliases: ClassVar[dict[str, str]] = {"assignee_id": "assignee.user.id"}

    def prepare(
        self, ctx: Context, record: Record, body: dict[str, Any], old: Record | None
    ) -> None:
        if "assignee_id" in body:
            if body["assignee_id"]:
                record["assignee"] = {"user": mini(ctx, "user", body["assignee_id"], "MiniUser")}
            else:
                record.pop("assignee", None)
        if old is None:
            record.setdefault("status", "not_started")
            record.setdefault("custom_fields", {})
            record.setdefault("subtask_ids", [])
            record.setdefault("customer_portal_visible", False)


@register("projects")
class ProjectBehavior(Behavior):
    def prepare(
        self, ctx: Context, record: Record, body: dict[str, Any], old: Record | None
    ) -> None:
        if old is None:
            record.setdefault("is_archived", False)
            record.setdefault("customer_portal_visible", False)
        if body.get("is_archived") is True and not (old or {}).get("is_archived"):
            record["archived_at"] = ctx.state.now()
        elif body.get("is_archived") is False:
            record.pop("archived_at", None)


@register("knowledge-bases/articles")
class ArticleBehavior(Behavior):
    def prepare(
        self, ctx: Context, record: Record, body: dict[str, Any], old: Record | None
    ) -> None:
        now = ctx.state.now()
        if old is None:
            record.setdefault("slug", slugify(str(body.get("title", ""))))
            record["identifier"] = record["id"][:8]
            record["url"] = f"{KB_HOST}/articles/{record['identifier']}-{record['slug']}"
            record.setdefault("is_unlisted", False)
            record.setdefault("is_published", False)
        if "body_html" in body:
            record["current_draft_content_html"] = body["body_html"]
        publish = body.get("is_published") if old is None else body.get("publish_updated_body_html")
        if publish:
            record["is_published"] = True
            record["current_published_content_html"] = record.get("current_draft_content_html", "")
            record["last_published_at"] = now

    def validate(self, ctx: Context, body: dict[str, Any], old: Record | None) -> None:
        collection_id = body.get("collection_id")
        if (
            collection_id
            and ctx.state.store.get(
                "knowledge-bases/collections", collection_id, (ctx.params["id"],)
            )
            is None
        ):
            raise bad_request(f"collection {collection_id!r} not found in this knowledge base")


@register("knowledge-bases/collections")
class CollectionBehavior(Behavior):
    def prepare(
        self, ctx: Context, record: Record, body: dict[str, Any], old: Record | None
    ) -> None:
        record.setdefault("slug", slugify(str(body.get("title", ""))))


@register("training-data")
class TrainingDataBehavior(Behavior):
    aliases: ClassVar[dict[str, str]] = {"training_data_name": "name"}

    def prepare(
        self, ctx: Context, record: Record, body: dict[str, Any], old: Record | None
    ) -> None:
        if old is None:
            record.setdefault("name", "Training data")
            record.setdefault("visibility", "internal")
            record.setdefault("type", "files")
            record.setdefault("documents", [])
            record.setdefault("exclude_from_kb_search", False)


@register("surveys/responses")
class SurveyResponseBehavior(Behavior):
    def list_filter(self, ctx: Context) -> Callable[[Record], bool] | None:
        after = ctx.q("submitted_after")
        before = ctx.q("submitted_before")
        low = canonical(after, "submitted_after") if after else None
        high = canonical(before, "submitted_before") if before else None
        base = super().list_filter(ctx)

        def keep(rec: Record) -> bool:
            stamp = str(rec.get("submitted_at", ""))
            if low is not None and not stamp > low:
                return False
            if high is not None and not stamp < high:
                return False
            return base is None or base(rec)

        return keep


# -- non-CRUD handlers -------------------------------------------------------------------------


def get_me(ctx: Context) -> dict[str, Any]:
    user = ctx.state.store.get("users", ctx.state.me_id or "")
    if user is None:
        raise not_found("user", ctx.state.me_id)
    return {"data": {"id": user["id"], "name": user.get("name", "")}}


def _training_data_for(
    ctx: Context, ident: str | None, name: str | None, visibility: str | None
) -> Record:
    coll = ctx.state.store.collection("training-data")
    if ident:
        record = coll.get(ident)
        if record is None:
            raise not_found("training data", ident)
        return dict(record)
    now = ctx.state.now()
    return {
        "id": ctx.state.new_id(),
        "name": name or "Uploaded files",
        "visibility": visibility or "internal",
        "type": "files",
        "documents": [],
        "exclude_from_kb_search": False,
        "created_at": now,
        "updated_at": now,
    }


def _add_documents(
    ctx: Context, record: Record, docs: list[tuple[str, bytes, str | None]]
) -> Record:
    documents = list(record.get("documents", []))
    known = {d.get("external_id"): d["id"] for d in documents if d.get("external_id")}
    for name, content, external_id in docs:
        if external_id and external_id in known:
            raise ApiError(
                400,
                f"document with external id {external_id!r} already exists",
                exists_id=known[external_id],
            )
        ident = ctx.state.new_id()
        doc: Record = {
            "id": ident,
            "file_name": name,
            "file_size": len(content),
            "file_type": name.rsplit(".", 1)[-1] if "." in name else "txt",
            "s3_key": f"training-data/{record['id']}/{ident}",
        }
        if external_id:
            doc["external_id"] = external_id
            known[external_id] = ident
        documents.append(doc)
    record["documents"] = documents
    record["updated_at"] = ctx.state.now()
    ctx.state.store.collection("training-data").put(record)
    return record


def upload_training_files(ctx: Context) -> dict[str, Any]:
    """Multipart ``files`` (with optional parallel ``file_names``/``external_ids``)."""
    form = ctx.form()
    files = [f for f in form.files if f.field in ("files", "files[]")]
    if not files:
        raise bad_request("files is required")
    names = form.fields.get("file_names", [])
    externals = form.fields.get("external_ids", [])
    record = _training_data_for(
        ctx,
        form.value("training_data_id"),
        form.value("training_data_name"),
        form.value("visibility"),
    )
    docs = [
        (
            names[i] if i < len(names) else (f.filename or f"file-{i}"),
            f.content,
            externals[i] if i < len(externals) else None,
        )
        for i, f in enumerate(files)
    ]
    return {"data": public(_add_documents(ctx, record, docs))}


def upload_training_content(ctx: Context) -> dict[str, Any]:
    body = ctx.json()
    validate_request(ctx, body)
    if not body.get("content"):
        raise bad_request("content is required")
    record = _training_data_for(
        ctx, body.get("training_data_id"), body.get("training_data_name"), body.get("visibility")
    )
    name = body.get("file_name") or "content.txt"
    docs = [(name, str(body["content"]).encode(), body.get("external_id"))]
    return {"data": public(_add_documents(ctx, record, docs))}


def delete_training_documents(ctx: Context) -> dict[str, Any]:
    coll, record = existing(ctx, address(operations()["GetTrainingData"]))
    ids = set(ctx.q_list("document_ids"))
    externals = set(ctx.q_list("external_ids"))
    if not ids and not externals:
        raise bad_request("document_ids or external_ids is required")
    documents = record.get("documents", [])
    kept = [d for d in documents if d["id"] not in ids and d.get("external_id") not in externals]
    coll.put(dict(record, documents=kept, updated_at=ctx.state.now()))
    return {"deleted_count": len(documents) - len(kept)}


def _feature_result(record: Record) -> Record:
    result = {k: v for k, v in public(record).items() if k != "evidence"}
    result["account_ids"] = sorted(
        {e["account_id"] for e in record.get("evidence", []) if e.get("account_id")}
    )
    return result


def search_feature_requests(ctx: Context) -> dict[str, Any]:
    """Its own body: ``query`` (substring of title or description, case-insensitive),
    ``account_ids`` (any evidence from these accounts), ``request_statuses``, ``limit``."""
    body = ctx.json()
    validate_request(ctx, body)
    query = str(body.get("query") or "").lower()
    accounts = set(body.get("account_ids") or [])
    statuses = set(body.get("request_statuses") or [])
    results = []
    for record in ctx.state.store.collection("feature-requests"):
        text = f"{record.get('title', '')} {record.get('description', '')}".lower()
        if query and query not in text:
            continue
        if statuses and record.get("request_status") not in statuses:
            continue
        result = _feature_result(record)
        if accounts and not accounts & set(result["account_ids"]):
            continue
        results.append(result)
    limit = body.get("limit")
    if limit is not None:
        bounds = ctx.op.pagination or {}
        high = bounds.get("limit_max") or 1000
        if not 1 <= int(limit) <= high:
            raise bad_request(f"limit must be between 1 and {high}, got {limit}")
        results = results[: int(limit)]
    return {"data": results}


def get_feature_request(ctx: Context) -> dict[str, Any]:
    _, record = existing(ctx, address(ctx.op))
    data = public(record)
    if (ctx.q("fetch_evidence") or "").lower() != "true":
        data.pop("evidence", None)
    return {"data": data}


def update_feature_request(ctx: Context) -> dict[str, Any]:
    body = ctx.json()
    validate_request(ctx, body)
    coll, record = existing(ctx, address(ctx.op))
    updated = dict(record, updated_at=ctx.state.now())
    if "request_status" in body:
        updated["request_status"] = body["request_status"]
    if "custom_fields" in body:
        updated["custom_fields"] = {
            **record.get("custom_fields", {}),
            **custom_field_map(body["custom_fields"]),
        }
    coll.put(updated)
    data = public(updated)
    data.pop("evidence", None)
    return {"data": data}


HANDLERS = {
    "GetMe": get_me,
    "UploadTrainingDataFiles": upload_training_files,
    "UploadTrainingDataFileContent": upload_training_content,
    "DeleteTrainingDataDocuments": delete_training_documents,
    "SearchFeatureRequests": search_feature_requests,
    "GetFeatureRequest": get_feature_request,
    "UpdateFeatureRequest": update_feature_request,
}
