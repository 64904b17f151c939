"""The bulk job: one change over many targets, on the job engine, journaled, resumable.

1. Check everything (the change against the spec's body fields, the targets' source) - no request.
2. Resolve the targets (a search runs in its bucket; ids and rows need no request) and plan each
   target's call. The plan goes into the journal, so a rerun acts on exactly the same targets even
   when the search would now find others (the issues it closed, say).
3. Unless this is a dry run, send the calls: bounded concurrency, each call in its operation's
   bucket (paced by the client's limiter), every outcome appended to the journal as it happens.
   A create is journaled as `sent` before it goes out; if the run dies before its outcome is
   written, a rerun marks it `unknown` and never sends it again on its own (`reconcile=` may look
   it up by a unique field and settle it).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ... import (
    APIError,
    BadRequestError,
    NotFoundError,
    PylonError,
    UnprocessableEntityError,
    filters,
)
from ...tabular import plain
from .._errors import JobInputError
from .._journal import Journal
from .._limits import limits_in_force
from .._progress import ProgressCallback, Reporter
from .._runner import ClientRunner
from .._scheduler import Scheduler
from ._fields import check_fields
from ._methods import SEARCHES, Method, method, unchanged, with_bulk_endpoint
from ._result import BulkResult, ItemResult
from ._targets import Source, Target, from_ids, from_rows, from_search

DEFAULT_CONCURRENCY = 10
SEARCH_PAGE = 999  # the largest page the search endpoints allow: fewest requests
_LOST_CREATE = (
    "the run stopped while this create was in flight, so Pylon may or may not have made it;"
    " check whether it exists{hint}, then rerun with reconcile=<unique field> (--reconcile) to"
    " settle it"
)
_DROPPED_CREATE = (
    "the answer was lost ({error}) after the request may have reached Pylon; check whether it"
    " exists{hint}, then rerun with reconcile=<unique field> (--reconcile) to settle it"
)


@dataclass
class PlannedCall:
    key: str
    id: str | None
    verb: str
    args: dict[str, Any]
    preview: dict[str, list[Any]]
    skip: str | None = None

    def record(self) -> dict[str, Any]:
        return {"key": self.key, "id": self.id, "verb": self.verb, "args": self.args,
                "preview": self.preview, "skip": self.skip}  # fmt: skip


def _hint(call: PlannedCall) -> str:
    shown = {k: v for k, v in call.args.items() if isinstance(v, (str, int)) and k != "body_html"}
    if not shown:
        return ""
    return " (" + ", ".join(f"{k}={v!r}" for k, v in list(shown.items())[:3]) + ")"


def _what(chosen: Method) -> str:
    return f"bulk {chosen.name}"


def _source(chosen: Method, where: Any, ids: Iterable[str] | None, rows: Any) -> Source:
    what = _what(chosen)
    given = [name for name, v in (("where", where), ("ids", ids), ("rows", rows)) if v is not None]
    if len(given) != 1:
        raise JobInputError(f"{what}: give the targets as exactly one of where, ids or rows.")
    if not chosen.targeted and rows is None:
        raise JobInputError(f"{what}: a create takes its items from rows (a CSV or JSONL file).")
    if where is not None:
        return from_search(what, chosen, where)
    if ids is not None:
        if isinstance(ids, (str, bytes)):
            raise JobInputError(f"{what}: ids must be a list of ids, not one string.")
        return from_ids(what, ids)
    return from_rows(what, chosen, rows)


def _check_reconcile(chosen: Method, unique: str | None) -> None:
    if unique is None:
        return
    what = _what(chosen)
    endpoint = SEARCHES.get(chosen.resource)
    if chosen.kind != "create" or chosen.targeted or endpoint is None:
        raise JobInputError(f"{what}: reconcile applies to creates of searchable objects only.")
    from pylon_openapi.spec_tables import SEARCH_FILTERS

    fields = SEARCH_FILTERS[endpoint]["fields"]
    usable = sorted(n for n, rules in fields.items() if "equals" in rules["operators"])
    if unique not in usable:
        raise JobInputError(
            f"{what}: can't reconcile by {unique!r}: {endpoint} looks objects up by equality only"
            f" on {', '.join(usable)}."
        )


@dataclass
class _BulkRun:
    """One run's state: the engine's parts, the outcomes so far, and the fail-fast stop."""

    client: Any
    method: Method
    runner: ClientRunner
    scheduler: Scheduler
    reporter: Reporter
    journal: Journal | None
    fail_fast: bool
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    items: dict[str, ItemResult] = field(default_factory=dict)

    async def call(self, operation_id: str, fn: Callable[[], Any]) -> Any:
        return await self.scheduler.run(operation_id, lambda: self.runner.call(fn))

    # -- targets and plan ------------------------------------------------------------------------

    async def resolve(self, source: Source) -> list[Target]:
        if source.targets is not None:
            return source.targets
        assert source.search_operation is not None
        resource = getattr(self.client, self.method.resource)
        pager = resource.search(source.filter, limit=SEARCH_PAGE)
        step = self.runner.stepper(pager)
        targets: dict[str, Target] = {}
        while True:
            try:
                page = await self.scheduler.run(source.search_operation, step)
            except (BadRequestError, UnprocessableEntityError) as exc:
                raise JobInputError(
                    f"bulk {self.method.name}: {source.search_operation} refused the filter"
                    f" ({exc.status_code}): {'; '.join(exc.errors) or exc}; nothing was changed."
                ) from exc
            if page is None:
                return list(targets.values())
            for item in page.items:
                data = plain(item)
                key = str(data.get("id"))
                targets.setdefault(key, Target(key, key, data))

    def plan(self, targets: list[Target], change: Mapping[str, Any]) -> list[PlannedCall]:
        planned = []
        for target in targets:
            verb, args, diff = self.method.build(target.data, {**change, **target.change})
            skip = "already has these values" if unchanged(diff) else None
            planned.append(PlannedCall(target.key, target.id, verb, args, diff, skip))
        return planned

    # -- journal ---------------------------------------------------------------------------------

    def outcome(self, call: PlannedCall, status: str, **details: Any) -> None:
        item = ItemResult(call.key, status, preview=call.preview, **details)  # type: ignore[arg-type]
        self.items[call.key] = item
        if self.journal is not None:
            record = {k: v for k, v in item.to_dict().items() if k != "preview"}
            self.journal.append({"kind": "outcome", **record})

    def replay(self, calls: list[PlannedCall]) -> list[PlannedCall]:
        """What the journal says is settled; the calls still to send."""
        latest: dict[str, dict[str, Any]] = {}
        assert self.journal is not None
        for entry in self.journal.records:
            if entry.get("kind") in ("outcome", "sent"):
                latest[entry["key"]] = entry
        todo = []
        for call in calls:
            record = latest.get(call.key)
            if record is None or record.get("status") in ("failed", "absent"):
                todo.append(call)
            elif record["kind"] == "sent":  # died with the create in flight
                self.outcome(
                    call, "unknown", id=call.id, reason=_LOST_CREATE.format(hint=_hint(call))
                )
            else:
                fields = {
                    k: v for k, v in record.items() if k not in ("kind", "key", "status", "preview")
                }
                self.items[call.key] = ItemResult(
                    call.key, record["status"], preview=call.preview, **fields
                )
        return todo

    async def reconcile(self, calls: list[PlannedCall], unique: str) -> list[PlannedCall]:
        """Look the unknown creates up by `unique`: found -> done, absent -> sent again now."""
        resource = getattr(self.client, self.method.resource)
        endpoint = SEARCHES[self.method.resource]
        again = []
        for call in calls:
            item = self.items.get(call.key)
            if item is None or item.status != "unknown":
                continue
            value = call.args.get(unique)
            if value is None:
                continue
            query = filters.Field(unique).equals(value)
            found = await self.call(endpoint, partial(_look_up, resource, query))
            if found:
                self.outcome(
                    call, "done", id=str(found[0].id), reason=f"reconciled: found by {unique}"
                )
            else:
                self.outcome(
                    call, "absent", reason=f"reconciled: no object with this {unique}; sent again"
                )
                again.append(call)
        return again

    # -- sending ---------------------------------------------------------------------------------

    def units(self, calls: list[PlannedCall]) -> list[list[PlannedCall]]:
        """Chunks for a many-at-once operation (calls with identical arguments), else one each."""
        if self.method.chunk <= 1:
            return [[c] for c in calls]
        groups: dict[str, list[PlannedCall]] = {}
        for call in calls:
            groups.setdefault(repr(sorted(call.args.items())), []).append(call)
        size = self.method.chunk
        return [g[i : i + size] for g in groups.values() for i in range(0, len(g), size)]

    async def send(self, unit: list[PlannedCall]) -> None:
        resource = getattr(self.client, self.method.resource)
        first = unit[0]
        fn = getattr(resource, first.verb)
        if len(unit) > 1 or first.verb == "update_many":
            ids = [c.id for c in unit]
            request = lambda: fn(account_ids=ids, **first.args)  # noqa: E731
        elif self.method.targeted:
            request = lambda: fn(first.id, **first.args)  # noqa: E731
        else:
            request = lambda: fn(**first.args)  # noqa: E731
        if self.method.kind == "create" and self.journal is not None:
            self.journal.append({"kind": "sent", "key": first.key})
        failed = 0
        try:
            result = await self.call(self.method.operation_id, request)
        except NotFoundError as exc:
            if len(unit) > 1:  # one missing id fails the whole chunk: find it one by one
                self.reporter.advance(self.method.name, requests=1)
                for call in unit:
                    await self.send([call])
                return
            gone = "already gone" if self.method.kind == "delete" else "not found (deleted?)"
            self.outcome(first, "skipped", id=first.id, reason=gone, request_id=exc.request_id)
        except PylonError as exc:
            failed = len(unit)
            for call in unit:
                self.record_error(call, exc)
        else:
            made = getattr(result, "id", None) if not self.method.targeted else None
            for call in unit:
                self.outcome(call, "done", id=str(made) if made else call.id)
        self.reporter.advance(self.method.name, items=len(unit), requests=1, failed=failed)

    def record_error(self, call: PlannedCall, exc: PylonError) -> None:
        details: dict[str, Any] = {
            "id": call.id,
            "error": type(exc).__name__,
            "message": str(exc),
            "status_code": exc.status_code if isinstance(exc, APIError) else None,
            "request_id": getattr(exc, "request_id", None),
        }
        if self.method.kind == "create" and getattr(exc, "maybe_processed", False):
            reason = _DROPPED_CREATE.format(error=type(exc).__name__, hint=_hint(call))
            self.outcome(call, "unknown", reason=reason, **details)
            return
        self.outcome(call, "failed", **details)
        if self.fail_fast:
            self.stop.set()

    async def run(self, calls: list[PlannedCall], concurrency: int) -> None:
        queue: asyncio.Queue[list[PlannedCall]] = asyncio.Queue()
        units = self.units(calls)
        for unit in units:
            queue.put_nowait(unit)
        self.reporter.expect(self.method.name, len(units))

        async def worker() -> None:
            while not self.stop.is_set():
                try:
                    unit = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                await self.send(unit)

        await asyncio.gather(*(worker() for _ in range(max(1, min(concurrency, len(units))))))
        for unit in units:
            for call in unit:
                self.items.setdefault(
                    call.key, ItemResult(call.key, "pending", call.id, preview=call.preview)
                )


def _look_up(resource: Any, query: Any) -> Any:
    """At most two objects matching `query` (a list, or for an async client an awaitable)."""
    return resource.search(query, max_items=2).collect()


def _identity(chosen: Method, source: Source, change: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "command": "bulk",
        "method": chosen.name,
        "source": source.identity,
        "change": dict(change),
    }


async def bulk_async(
    client: Any,
    change_method: str,
    *,
    where: Any = None,
    ids: Iterable[str] | None = None,
    rows: str | os.PathLike[str] | Iterable[Mapping[str, Any]] | None = None,
    change: Mapping[str, Any] | None = None,
    dry_run: bool = False,
    journal: str | os.PathLike[str] | None = None,
    reconcile: str | None = None,
    fail_fast: bool = False,
    concurrency: int = DEFAULT_CONCURRENCY,
    confirm: Callable[[int], bool] | None = None,
    progress: ProgressCallback | None = None,
    bar: bool | None = None,
    **change_fields: Any,
) -> BulkResult:
    """Apply one change (`"issues.update"`, `"contacts.create"`, ...) to many targets.

    Targets: `where` (a filter, its text form or a dict: the objects a search finds), `ids`, or
    `rows` (a CSV/JSONL path or dicts; columns are the change's fields, plus `id` for changes to
    existing objects). The change: `change={...}` or keyword arguments, checked against the
    operation's body fields in the spec. `dry_run=True` resolves the targets and returns each
    one's preview (field: [current, new]) without sending any write. `journal` makes the run
    resumable: the same call again skips what is done, retries what failed, and never re-sends a
    create whose outcome is unknown (`reconcile=<field>` looks those up by a unique field).
    `confirm(n)` is asked before the first write; returning False cancels. Raises `JobInputError`
    before any request for bad input.
    """
    chosen = method(change_method)
    wanted = dict(change or {}) | change_fields
    what = _what(chosen)
    params = chosen.params()
    checked = check_fields(what, chosen.operation_id, wanted, text=False, params=params)
    source = _source(chosen, where, ids, rows)
    if source.targets is None or all(not t.change for t in source.targets):
        chosen = with_bulk_endpoint(chosen, checked, same_for_all=True)
    if chosen.kind == "update" and not checked and rows is None:
        raise JobInputError(f"{what}: say what to change (e.g. state=closed).")
    _check_reconcile(chosen, reconcile)
    if concurrency < 1:
        raise JobInputError(f"{what}: concurrency must be at least 1, got {concurrency}.")
    operations = {chosen.operation_id} | {s for s in [source.search_operation] if s}
    limits = limits_in_force(client, operations)
    identity = _identity(chosen, source, checked)
    opened = None if dry_run or journal is None else Journal.open(journal, identity)
    scheduler = Scheduler(limits, per_bucket=concurrency, total=concurrency)
    reporter = Reporter(
        limits,
        callback=progress,
        seconds_for=client.rate_limits.seconds_for,
        bar=False if dry_run else bar,
    )
    reporter.table(chosen.name, chosen.operation_id)
    runner = ClientRunner(client, threads=concurrency)
    run = _BulkRun(runner.client, chosen, runner, scheduler, reporter, opened, fail_fast)
    result = BulkResult(
        chosen.name, run.items, dry_run=dry_run, journal=Path(journal) if journal else None
    )
    started = time.monotonic()
    try:
        stored = next(opened.of_kind("plan"), None) if opened is not None else None
        if stored is not None:
            calls = [PlannedCall(**c) for c in stored["items"]]
        else:
            calls = run.plan(await run.resolve(source), checked)
            if opened is not None and calls:
                opened.append({"kind": "plan", "items": [c.record() for c in calls]})
        if dry_run:
            for call in calls:
                run.items[call.key] = ItemResult(
                    call.key, "skipped" if call.skip else "planned", call.id,
                    reason=call.skip, preview=call.preview,
                )  # fmt: skip
            return result
        todo = run.replay(calls) if opened is not None and stored is not None else calls
        for call in [c for c in todo if c.skip]:
            run.outcome(call, "skipped", id=call.id, reason=call.skip)
        todo = [c for c in todo if not c.skip]
        if reconcile is not None:
            todo += await run.reconcile(calls, reconcile)
        if todo and confirm is not None and not confirm(len(todo)):
            result.cancelled = True
            for call in todo:
                run.items.setdefault(
                    call.key, ItemResult(call.key, "pending", call.id, preview=call.preview)
                )
            return result
        await run.run(todo, concurrency)
        result.stopped = run.stop.is_set()
        if opened is not None and not calls:
            opened.remove()  # nothing matched: leave no journal behind
    finally:
        if opened is not None:
            opened.close()
        runner.close()
        reporter.finish()
        result.elapsed = time.monotonic() - started
        result.buckets = scheduler.stats()
        result.retries, result.rate_limited = runner.retries.retries, runner.retries.rate_limited
    ordered = {c.key: run.items[c.key] for c in calls if c.key in run.items}
    result.items.clear()
    result.items.update(ordered)
    return result


def bulk(client: Any, change_method: str, **options: Any) -> BulkResult:
    """`bulk_async`, run to completion (scripts and the command line; a `Pylon` or `AsyncPylon`)."""
    return asyncio.run(bulk_async(client, change_method, **options))
