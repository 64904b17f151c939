"""Running an operation's command: its values checked into a request, sent, and printed.

`plan` turns what click parsed into the path, query and body (the whole-body sources first, then
`--field`, then the named options), refusing wrong types, unknown fields, missing required fields
and half time windows before anything is sent. `send_and_print` sends it: through every page (the
cursor where the spec puts it), through every time window, or once, with multipart files opened
for the request only; long lists report progress on a terminal.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import click

from pylon.progress import ProgressBar, progress
from pylon.spec import Field, OperationSpec

from . import _values

DEFAULT_DAYS = 7


@dataclass
class Slot:
    """A click parameter standing for one spec field."""

    field: Field
    key: str  # the click parameter name


@dataclass
class Plan:
    """Everything needed to send the request, checked."""

    path: str
    params: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    files: dict[str, str | list[str]] = field(default_factory=dict)


def plan(op: OperationSpec, slots: list[Slot], values: dict[str, Any], window: set[str]) -> Plan:
    """The checked request for what click parsed (`window`: the time-window bounds' names)."""
    path = op.path
    for i, param in enumerate(op.path_params):
        ident = str(values[f"a_{i}"])
        if ident.strip() in ("", ".", ".."):
            raise click.BadParameter("must be a non-empty id", param_hint=param.name.upper())
        path = path.replace("{" + param.name + "}", quote(ident, safe=""))
    request = Plan(path)
    body = _whole_body(op, values)
    for fieldspec, text in _field_assignments(op, values):
        body[fieldspec.name] = _values.convert(op.id, fieldspec, text)
    for slot in slots:
        value: Any = values.get(slot.key)
        if value is None or value == ():
            continue
        value = list(value) if isinstance(value, tuple) else value
        if slot.field.location == "query":
            request.params[slot.field.name] = value
        elif slot.field.is_file:
            request.files[slot.field.name] = value
        else:
            body[slot.field.name] = value
    if values.get("filter_") is not None:
        body["filter"] = values["filter_"]
    for fieldspec in op.body_fields:
        if fieldspec.name in body:
            _values.check(op.id, fieldspec, body[fieldspec.name])
    missing = [
        f.name
        for f in [*op.body_fields, *op.query_params]
        if f.required and f.name not in body and f.name not in request.params
        and f.name not in window and f.name not in ("filter", "limit", "cursor")
        and f.name not in request.files
    ]  # fmt: skip
    if missing:
        raise click.UsageError(f"{op.id}: missing required field(s): {', '.join(missing)}.")
    _check_window(op, request, values)
    if op.searchable and "filter" not in body and _filter_required(op):
        raise click.UsageError(f"{op.id} needs a filter, e.g. 'state = new'.")
    if op.body_media is not None:
        request.body = body
    return request


def _check_window(op: OperationSpec, request: Plan, values: dict[str, Any]) -> None:
    """A time window is --days, or both of its bounds: never half of one."""
    if op.time_window is None:
        return
    bounds = [op.time_window.start, op.time_window.end]
    given = [name for name in bounds if name in request.params]
    flags = " and ".join(f"--{name.replace('_', '-')}" for name in bounds)
    if len(given) == 1:
        raise click.UsageError(f"{op.id}: give both {flags}, or --days.")
    if given and values.get("days") is not None:
        raise click.UsageError(f"{op.id}: give --days or {flags}, not both.")


def _filter_required(op: OperationSpec) -> bool:
    return any(f.name == "filter" and f.required for f in op.body_fields)


def _whole_body(op: OperationSpec, values: dict[str, Any]) -> dict[str, Any]:
    sources = [
        ("--input", values.get("input_file"), True),
        ("--json", values.get("json_body"), False),
    ]
    body: dict[str, Any] = {}
    for option, source, is_file in sources:
        if source is None:
            continue
        text = _values.read_text_arg(source) if is_file else source
        loaded = _values.load_json(text, option)
        if not isinstance(loaded, dict):
            raise click.BadParameter("the body must be a JSON object", param_hint=option)
        body.update(loaded)
    return body


def _field_assignments(op: OperationSpec, values: dict[str, Any]) -> Iterator[tuple[Field, str]]:
    known = {f.name: f for f in op.body_fields}
    for text in values.get("fields") or ():
        key, value = _values.split_assignment(text, "--field")
        if key not in known:
            close = difflib.get_close_matches(key, list(known), n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise click.UsageError(
                f"{op.id} has no body field {key!r}.{hint} Fields: {', '.join(sorted(known))}."
            )
        yield known[key], value


def send_and_print(
    client: Any, op: OperationSpec, request: Plan, values: dict[str, Any], output: Any
) -> None:
    from ._paging import items_of, send, walk, windows

    max_items = values.get("max_items")
    encode = op.query_string  # query parameters in their spec style
    window = op.time_window
    if window and not (set(request.params) & {window.start, window.end}):
        spans = list(windows(values.get("days") or DEFAULT_DAYS, window.max_days))
        with progress(total=len(spans), unit="window", desc=op.id) as bar:

            def windowed() -> Iterator[Any]:
                for start, end in spans:
                    params = {**request.params, window.start: start, window.end: end}
                    page = send(client, op.method, request.path, params=params, encode=encode)
                    yield from items_of(page)
                    bar.update(1)

            output.items(_capped(windowed(), max_items))
        return
    if op.paged:
        pages = walk(
            client, op.method, request.path, cursor_in=op.cursor_in, params=request.params,
            body=request.body, limit=values.get("limit") or _required_limit(op),
            cursor=values.get("cursor"), max_items=max_items, encode=encode,
        )  # fmt: skip
        with progress(unit="item", desc=op.id) as bar:
            output.items(_counted(pages, bar))
        return
    with ExitStack() as stack:
        files = [
            (name, (os.path.basename(path), stack.enter_context(open(path, "rb"))))
            for name, given in request.files.items()
            for path in (given if isinstance(given, list) else [given])
        ]
        multipart = op.body_media == "multipart/form-data"
        payload = send(
            client, op.method, request.path, params=request.params, encode=encode,
            json=None if multipart else request.body,
            files=files or None, data=_form(request.body) if multipart else None,
        )  # fmt: skip
    if op.data_is_list:
        output.items(_capped(iter(items_of(payload)), max_items))
    elif isinstance(payload, dict) and "data" in payload:
        output.one(payload["data"])
    elif payload is not None:
        output.one(payload)


def _required_limit(op: OperationSpec) -> int | None:
    """The documented default page size, where the spec makes `limit` required (GET /accounts)."""
    required = any(f.name == "limit" and f.required for f in op.query_params)
    return op.limit_default if required else None


def _form(body: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v if isinstance(v, str | list) else str(v) for k, v in (body or {}).items()}


def _counted(items: Iterator[Any], bar: ProgressBar) -> Iterator[Any]:
    for item in items:
        bar.update(1)
        yield item


def _capped(items: Iterator[Any], max_items: int | None) -> Iterator[Any]:
    for count, item in enumerate(items):
        if max_items is not None and count >= max_items:
            return
        yield item
