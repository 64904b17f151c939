"""Generic CRUD, driven by the route table and the spec's schemas.

Most of the 114 operations are one of five shapes — list, get, create, update, delete — on a
collection named by the route's literal segments, scoped by its parent ids. This module serves
all of them from the operation's facts; a resource's :class:`Behavior` adds only what differs
(defaults, validation, side effects, field aliases, how to read a filter field).

Objects are built from the spec: request fields are copied where the response schema has the
same name; ``<stem>_id`` maps to the mini-object the schema wants (``account_id`` ->
``account {id, external_ids}``, ``assignee_id`` -> ``assignee {id, email}``...), ``<stem>_ids``
to a list of them; ``custom_fields`` lists become the ``slug -> value`` map; ``id``,
``created_at`` and ``updated_at`` are filled in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from .._errors import ApiError, bad_request, not_found
from .._filters import FilterSpec, Getter
from .._pagination import parse_limit
from .._spec import Operation, properties, ref_name, resolve, schema, search_filters
from .._store import Collection, RawItems, Record, Scope, key_of, public
from .._validate import validate
from ._context import Context

Handler = Callable[[Context], dict[str, Any]]

REF_COLLECTIONS = {
    "account": "accounts",
    "owner": "users",
    "assignee": "users",
    "user": "users",
    "requester": "contacts",
    "contact": "contacts",
    "team": "teams",
    "project": "projects",
    "milestone": "milestones",
}


@dataclass(frozen=True)
class Address:
    """Where an operation's objects live: collection, scope params, item param, parents."""

    collection: str
    scope_params: tuple[str, ...]
    item_param: str | None
    parents: tuple[tuple[str, str, tuple[str, ...]], ...]  # (collection, id param, scope params)

    def scope(self, ctx: Context) -> Scope:
        return tuple(ctx.params[p] for p in self.scope_params)


def address(op: Operation, *, item: bool | None = None) -> Address:
    """Derive the address from the path: literal segments name the collection."""
    segments = [s for s in op.segments if s != "search"]
    has_item = segments[-1].startswith("{") if item is None else item
    literals = [s for s in segments if not s.startswith("{")]
    name = "/".join(literals)
    params = [s[1:-1] for s in segments if s.startswith("{")]
    item_param = params[-1] if has_item and params else None
    scope_params = tuple(p for p in params if p != item_param)
    parents = []
    seen_literals: list[str] = []
    seen_params: list[str] = []
    for seg in segments:
        if seg.startswith("{"):
            param = seg[1:-1]
            parent = "/".join(seen_literals)
            if param != item_param and parent != name:
                parents.append((parent, param, tuple(seen_params)))
            seen_params.append(param)
        else:
            seen_literals.append(seg)
    return Address(name, scope_params, item_param, tuple(parents))


class Behavior:
    """Per-resource differences from the generic CRUD. The base class changes nothing."""

    aliases: ClassVar[dict[str, str]] = {}
    custom_field_object: ClassVar[str | None] = None
    filter_aliases: ClassVar[dict[str, str]] = {}

    def validate(self, ctx: Context, body: dict[str, Any], old: Record | None) -> None:
        """Extra checks before a create (``old is None``) or an update."""

    def external_keys(self, record: Record) -> set[str]:
        """Keys that must be unique in a collection (external ids); duplicates are a 400."""
        return set()

    def prepare(
        self, ctx: Context, record: Record, body: dict[str, Any], old: Record | None
    ) -> None:
        """Fill defaults and special fields once the generic fields are in place."""

    def after_create(self, ctx: Context, record: Record) -> None:
        """Side effects of a create (webhooks)."""

    def after_update(self, ctx: Context, old: Record, new: Record) -> None:
        """Side effects of an update (webhooks)."""

    def after_delete(self, ctx: Context, record: Record) -> None:
        """Side effects of a delete (children, indexes)."""

    def order(self, coll: Collection) -> Iterable[str]:
        return coll.ids()

    def list_filter(self, ctx: Context) -> Callable[[Record], bool] | None:
        """Narrow a list by its query parameters: by default each non-paging query parameter
        that names a field of the object is an equality filter (``macro_group_id``,
        ``object_type``, ``account_id``...)."""
        wanted = {
            name: ctx.q(name)
            for name in ctx.op.query_params
            if name not in ("cursor", "limit") and ctx.q(name) is not None
        }
        props = properties(ctx.op.entity) if ctx.op.entity else {}
        wanted = {k: v for k, v in wanted.items() if k in props}
        if not wanted:
            return None
        return lambda rec: all(str(rec.get(k)) == v for k, v in wanted.items())

    def getter(self, field: str) -> Getter:
        """How a search filter reads ``field``: the field itself, ``<stem>.id`` for
        ``<stem>_id``, or a custom field's value(s)."""
        name = self.filter_aliases.get(field, field)
        if "." in name:
            path = name.split(".")

            def dotted(rec: Record) -> Any:
                value: Any = rec
                for part in path:
                    value = value.get(part) if isinstance(value, dict) else None
                return value

            return dotted
        if name.endswith("_id"):
            stem = name[:-3]

            def ref(rec: Record) -> Any:
                if name in rec:
                    return rec[name]
                mini = rec.get(stem)
                return mini.get("id") if isinstance(mini, dict) else None

            return ref

        def plain(rec: Record) -> Any:
            if name in rec:
                return rec[name]
            value = (rec.get("custom_fields") or {}).get(name)
            if not isinstance(value, dict):
                return None
            return value.get("values") if value.get("values") else value.get("value")

        return plain


BEHAVIORS: dict[str, Behavior] = {}
DEFAULT_BEHAVIOR = Behavior()


def behavior(collection: str) -> Behavior:
    return BEHAVIORS.get(collection, DEFAULT_BEHAVIOR)


def register(collection: str) -> Callable[[type[Behavior]], type[Behavior]]:
    def deco(cls: type[Behavior]) -> type[Behavior]:
        BEHAVIORS[collection] = cls()
        return cls

    return deco


# -- building objects ------------------------------------------------------------------------


def _is_ref_object(prop: dict[str, Any]) -> bool:
    return "$ref" in prop and resolve(prop).get("type", "object") == "object"


def mini(ctx: Context, stem: str, ident: str, mini_schema: str) -> Record:
    """The mini-object for a reference, enriched from the referenced record when it exists."""
    out: Record = {"id": ident}
    coll = REF_COLLECTIONS.get(stem)
    target = ctx.state.store.get(coll, ident) if coll else None
    if target is not None:
        for key in properties(mini_schema):
            if key != "id" and key in target:
                out[key] = target[key]
    return out


def custom_field_map(values: Any) -> dict[str, Any]:
    """``[{"slug", "value"|"values"}]`` -> ``{slug: {"slug", "value"|"values"}}``."""
    result: dict[str, Any] = {}
    for item in values if isinstance(values, list) else []:
        if isinstance(item, dict) and isinstance(item.get("slug"), str):
            entry = {"slug": item["slug"]}
            for key in ("value", "values"):
                if key in item:
                    entry[key] = item[key]
            result[item["slug"]] = entry
    return result


def apply_body(ctx: Context, entity: str, body: dict[str, Any], aliases: dict[str, str]) -> Record:
    """Map request fields onto the entity schema (``None`` marks a reference to remove)."""
    props = properties(entity)
    out: Record = {}
    for raw_key, value in body.items():
        key = aliases.get(raw_key, raw_key)
        if key in props:
            prop = props[key]
            if key == "custom_fields" and isinstance(value, list):
                out[key] = custom_field_map(value)
            else:
                out[key] = value
        elif key.endswith("_id") and _is_ref_object(props.get(key[:-3], {})):
            stem = key[:-3]
            ref = ref_name(props[stem]) or ""
            out[stem] = mini(ctx, stem, value, ref) if value else None
        elif key.endswith("_ids") and isinstance(value, list):
            plural = key[:-4] + "s"
            prop = props.get(plural, {})
            if prop.get("type") == "array" and _is_ref_object(prop.get("items", {})):
                ref = ref_name(prop["items"]) or ""
                out[plural] = [mini(ctx, key[:-4], v, ref) for v in value]
    return out


def lookup(ctx: Context, collection: str, ident: str, scope: Scope = ()) -> Record | None:
    """A record by id; issues may also be addressed by their number."""
    record = ctx.state.store.get(collection, ident, scope)
    if record is None and collection == "issues" and ident.isdigit():
        real = ctx.state.issue_numbers.get(int(ident))
        record = ctx.state.store.get(collection, real, scope) if real else None
    return record


def noun(collection: str) -> str:
    return collection.rsplit("/", 1)[-1].rstrip("s").replace("-", " ")


def check_parents(ctx: Context, addr: Address) -> None:
    """404 unless every parent exists; a parent given by number is rewritten to its id."""
    for parent, param, scope_params in addr.parents:
        scope = tuple(ctx.params[p] for p in scope_params)
        record = lookup(ctx, parent, ctx.params[param], scope)
        if record is None:
            raise not_found(noun(parent), ctx.params[param])
        ctx.params[param] = key_of(record)


def scope_collection(ctx: Context, addr: Address) -> Collection:
    check_parents(ctx, addr)
    return ctx.state.store.collection(addr.collection, addr.scope(ctx))


def existing(ctx: Context, addr: Address) -> tuple[Collection, Record]:
    coll = scope_collection(ctx, addr)
    ident = ctx.params[addr.item_param or "id"]
    record = lookup(ctx, addr.collection, ident, addr.scope(ctx))
    if record is None:
        raise not_found(noun(addr.collection), ident)
    return coll, record


def check_unique(coll: Collection, beh: Behavior, record: Record) -> None:
    keys = beh.external_keys(record)
    if not keys:
        return
    for other in coll:
        if key_of(other) != key_of(record) and keys & beh.external_keys(other):
            raise ApiError(
                400, "an object with this external id already exists", exists_id=other["id"]
            )


def validate_request(ctx: Context, body: dict[str, Any]) -> None:
    if ctx.op.request_schema:
        validate(schema(ctx.op.request_schema), body)


def parent_field(addr: Address) -> str | None:
    """``issue_id`` for objects under ``/issues/{id}/...`` (when the schema has it)."""
    if not addr.parents:
        return None
    parent = addr.parents[-1][0].rsplit("/", 1)[-1]
    return parent.rstrip("s").replace("-", "_") + "_id"


def build(ctx: Context, addr: Address, body: dict[str, Any]) -> Record:
    """A new record from a create body (not stored yet)."""
    entity = ctx.op.entity or ""
    beh = behavior(addr.collection)
    record: Record = {"id": ctx.state.new_id()}
    props = properties(entity)
    now = ctx.state.now()
    for stamp in ("created_at", "updated_at"):
        if stamp in props:
            record[stamp] = now
    link = parent_field(addr)
    if link and link in props and addr.parents:
        record[link] = ctx.params[addr.parents[-1][1]]
    record.update(
        {k: v for k, v in apply_body(ctx, entity, body, beh.aliases).items() if v is not None}
    )
    beh.prepare(ctx, record, body, None)
    return record


# -- rendering and paging --------------------------------------------------------------------


def _items(coll: Collection, ids: Sequence[str]) -> RawItems:
    rendered = coll.rendered
    return RawItems(frag for frag in map(rendered, ids) if frag is not None)


def page_body(
    ctx: Context,
    owner: str,
    compute: Callable[[], Sequence[str]],
    coll: Collection,
    body: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """``data`` (+ ``pagination`` exactly where the response schema has it)."""
    op = ctx.op
    if op.cursor_in:
        source = ctx.json() if op.cursor_in == "body" else None
        raw_limit = (source or {}).get("limit") if source is not None else ctx.q("limit")
        raw_cursor = (source or {}).get("cursor") if source is not None else ctx.q("cursor")
        if raw_cursor is not None and not isinstance(raw_cursor, str):
            raise bad_request("cursor must be a string")
        limit = parse_limit(raw_limit, op.pagination, source=op.cursor_in)
        page = ctx.state.paginator.page(owner, raw_cursor or None, limit, compute)
        return {
            "data": _items(coll, page.ids),
            "pagination": {"cursor": page.cursor, "has_next_page": page.has_next_page},
        }
    ids = compute()
    source_limit = (body or {}).get("limit") if body is not None else None
    if source_limit is not None:
        cap = parse_limit(source_limit, op.pagination or {"limit_min": 1}, source="body")
        ids = ids[:cap] if cap is not None else ids
    result: dict[str, Any] = {"data": _items(coll, ids)}
    if op.paginated_response:
        result["pagination"] = {"cursor": "", "has_next_page": False}
    return result


# -- the five generic actions ------------------------------------------------------------------


def generic_list(ctx: Context) -> dict[str, Any]:
    addr = address(ctx.op, item=False)
    coll = scope_collection(ctx, addr)
    beh = behavior(addr.collection)
    keep = beh.list_filter(ctx)

    def compute() -> list[str]:
        ids = list(beh.order(coll))
        if keep is None:
            return ids
        return [i for i in ids if (r := coll.get(i)) is not None and keep(r)]

    owner = f"{ctx.op.id}:{'/'.join(addr.scope(ctx))}"
    return page_body(ctx, owner, compute, coll)


def generic_get(ctx: Context) -> dict[str, Any]:
    _, record = existing(ctx, address(ctx.op))
    return {"data": public(record)}


def create_record(ctx: Context, addr: Address, body: dict[str, Any]) -> Record:
    """Validate, build, de-duplicate, store and announce a new record."""
    validate_request(ctx, body)
    coll = scope_collection(ctx, addr)
    beh = behavior(addr.collection)
    beh.validate(ctx, body, None)
    record = build(ctx, addr, body)
    check_unique(coll, beh, record)
    coll.put(record)
    beh.after_create(ctx, record)
    return record


def generic_create(ctx: Context) -> dict[str, Any]:
    record = create_record(ctx, address(ctx.op, item=False), ctx.json())
    return {"data": public(record)}


def update_record(ctx: Context, addr: Address, body: dict[str, Any]) -> Record:
    coll, old = existing(ctx, addr)
    beh = behavior(addr.collection)
    beh.validate(ctx, body, old)
    new = dict(old)
    for key, value in apply_body(ctx, ctx.op.entity or "", body, beh.aliases).items():
        if value is None:
            new.pop(key, None)
        else:
            new[key] = value
    if "updated_at" in new or "updated_at" in properties(ctx.op.entity or ""):
        new["updated_at"] = ctx.state.now()
    beh.prepare(ctx, new, body, old)
    check_unique(coll, beh, new)
    coll.put(new)
    beh.after_update(ctx, old, new)
    return new


def generic_update(ctx: Context) -> dict[str, Any]:
    body = ctx.json()
    validate_request(ctx, body)
    return {"data": public(update_record(ctx, address(ctx.op), body))}


def generic_delete(ctx: Context) -> dict[str, Any]:
    addr = address(ctx.op)
    coll, record = existing(ctx, addr)
    coll.delete(key_of(record))
    behavior(addr.collection).after_delete(ctx, record)
    if ctx.op.data_kind == "object" and "success" in properties(ctx.op.entity or ""):
        return {"data": {"success": True}}
    return {}


def generic_search(ctx: Context) -> dict[str, Any]:
    addr = address(ctx.op, item=False)
    coll = scope_collection(ctx, addr)
    beh = behavior(addr.collection)
    body = ctx.json()
    required = schema(ctx.op.request_schema or "").get("required", ())
    facts = search_filters(ctx.op.id) or {}
    node = body.get("filter")
    if node is None and "filter" in required:
        raise bad_request("filter is required")
    predicate = None
    if node is not None:
        spec = FilterSpec(facts, beh.getter, lambda slug: custom_field_type(ctx, beh, slug))
        predicate = spec.compile(node)

    def compute() -> list[str]:
        ids = beh.order(coll)
        if predicate is None:
            return list(ids)
        get = coll.get
        return [i for i in ids if (r := get(i)) is not None and predicate(r)]

    owner = f"{ctx.op.id}:{'/'.join(addr.scope(ctx))}"
    return page_body(ctx, owner, compute, coll, body)


def custom_field_type(ctx: Context, beh: Behavior, slug: str) -> str | None:
    object_type = beh.custom_field_object
    if object_type is None and ctx.params.get("type"):
        object_type = ctx.params["type"]
    for definition in ctx.state.store.collection("custom-fields"):
        if definition.get("slug") == slug and definition.get("object_type") == object_type:
            kind = definition.get("type")
            return kind if isinstance(kind, str) else "text"
    return None


GENERIC: dict[str, Handler] = {
    "list": generic_list,
    "get": generic_get,
    "create": generic_create,
    "update": generic_update,
    "delete": generic_delete,
    "search": generic_search,
}


def generic_action(op: Operation) -> str | None:
    last = op.segments[-1]
    ends_with_param = last.startswith("{")
    if op.method == "GET":
        if op.data_kind == "array":
            return "list"
        return "get" if ends_with_param and op.data_kind == "object" else None
    if op.method == "POST":
        if last == "search":
            return "search"
        return (
            "create" if op.data_kind == "object" and op.body_media == "application/json" else None
        )
    if op.method == "PATCH" and ends_with_param:
        return "update"
    if op.method == "DELETE" and ends_with_param:
        return "delete"
    return None
