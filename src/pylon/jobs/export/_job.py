"""The export job: read a collection (and issue children) into files, resumably, at the limits.

The pipeline, on the job engine:

* the collection's sources are paged in their bucket (an issue search at its limit); each page is
  committed to the checkpoint as it arrives, with the cursor to resume from;
* each issue found is queued for its children (messages, threads, followers), fetched by workers in
  their own buckets at the same time as the search goes on - different buckets, so they overlap;
  an issue's children are committed together, several issues per chunk;
* each table's file is written as its rows become durable, under a temporary name, and renamed
  into place when everything is read; then the checkpoint is removed.

The event loop only sends requests and hands out work: turning pages into rows, the checkpoint's
writes and the output's go to the runner's worker thread, so no bucket's request goes out late
behind them, and the search asks for its next page while the last one is written.

Killed at any moment, the same call (or command) resumes from the checkpoint: every item ends up in
the output exactly once.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import Any

from ... import APIError, NotFoundError, PylonError
from ...tabular import as_received, custom_field_kinds, rfc3339, table_schema
from ...tabular._schema import TableSchema
from .._errors import (
    ExportStoppedError,
    JobError,
    JobInputError,
    JobMismatchError,
    OutputExistsError,
)
from .._limits import limits_in_force
from .._progress import ProgressCallback, Reporter
from .._runner import ClientRunner
from .._scheduler import DEFAULT_PER_BUCKET, DEFAULT_TOTAL, BucketStats, Scheduler
from ._checkpoint import Checkpoint
from ._collections import CHILDREN, LINK_COLUMN, Source
from ._layout import STATE_FILE, Layout
from ._output import Outputs, TableResult
from ._request import ExportRequest, as_time, build_filter, check_request

# Children are committed when this many rows or seconds have gathered (whichever comes first).
CHUNK_ROWS = 2000
CHUNK_SECONDS = 2.0
# An incremental run asks for changes since the previous run's start, less this margin for clock
# differences between this machine and Pylon (the overlap is harmless: the reader keeps one row
# per id).
HIGH_WATER_MARGIN = timedelta(minutes=5)
_STOP = object()


@dataclass
class ExportResult:
    """What an export did: each table's file and rows, requests per bucket, retries and 429s."""

    tables: dict[str, TableResult]
    elapsed: float
    buckets: dict[str, BucketStats]
    retries: int
    rate_limited: int
    skipped: int = 0  # issues gone (404) before their children were read
    part: int | None = None

    @property
    def requests(self) -> int:
        return sum(b.requests for b in self.buckets.values())

    def summary(self) -> str:
        lines = [f"{t.name}: {t.rows} rows -> {t.path}" for t in self.tables.values()]
        lines += [stats.describe() for _, stats in sorted(self.buckets.items())]
        lines.append(
            f"{self.requests} requests in {self.elapsed:.1f} s, {self.retries} retries,"
            f" {self.rate_limited} answered 429"
            + (
                f", {self.skipped} issues gone before their children were read"
                if self.skipped
                else ""
            )
        )
        return "\n".join(lines)


@dataclass
class _Buffer:
    """Children gathered for a table, committed per whole parent."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    since: float | None = None


class _ExportRun:
    def __init__(
        self,
        request: ExportRequest,
        layout: Layout,
        checkpoint: Checkpoint,
        runner: ClientRunner,
        scheduler: Scheduler,
        reporter: Reporter,
    ) -> None:
        self.client = runner.client  # the job's calls wait their turn (no per-call deadline)
        self.request = request
        self.layout = layout
        self.checkpoint = checkpoint
        self.runner = runner
        self.scheduler = scheduler
        self.reporter = reporter
        self.main = request.spec.name
        self.children = [CHILDREN[name] for name in request.include]
        self.queues: dict[str, asyncio.Queue[Any]] = {
            c.name: asyncio.Queue() for c in self.children
        }
        self.buffers = {c.name: _Buffer() for c in self.children}
        self.seen: set[Any] = set()
        self.skipped = 0
        self.outputs: Outputs | None = None  # set once the plan gives the tables' schemas

    async def call(self, operation_id: str, fn: Callable[[], Any]) -> Any:
        """One facade call, run in its operation's bucket."""
        return await self.scheduler.run(operation_id, lambda: self.runner.call(fn))

    # -- planning ------------------------------------------------------------------------------

    async def plan(self) -> dict[str, Any]:
        found = self.checkpoint.plan()
        if found is not None:
            return found
        custom: dict[str, bool] = {}
        object_type = self.request.custom_field_type
        if object_type:
            definitions = await self.call(
                "GetCustomFields", lambda: self.client.custom_fields.list(object_type).collect()
            )
            custom = custom_field_kinds(definitions)
        plan: dict[str, Any] = {
            "custom_fields": custom,
            "started_at": rfc3339(datetime.now(timezone.utc)),
            "part": None,
            "changed_since": None,
        }
        if self.layout.incremental:
            state = self.layout.read_state()
            runs = state.get("runs", [])
            plan["part"] = len(runs) + 1
            if runs and self.main == "issues":
                last = as_time(runs[-1]["started_at"], "started_at")
                assert last is not None
                plan["changed_since"] = rfc3339(last - HIGH_WATER_MARGIN)
        self.checkpoint.set_plan(plan)
        return plan

    def schemas(self, plan: dict[str, Any]) -> dict[str, TableSchema]:
        spec = self.request.spec
        schemas = {
            self.main: table_schema(spec.model, plan["custom_fields"], link=spec.link_column)
        }
        for child in self.children:
            schemas[child.name] = table_schema(child.model, link=LINK_COLUMN)
        return schemas

    # -- reading -------------------------------------------------------------------------------

    def _resume_state(self) -> None:
        """Ids already written, and the issues whose children are still to read."""
        for record in self.checkpoint.chunks(self.main):
            for data in self.checkpoint.read(record):
                self.seen.add(data.get("id"))
        self.reporter.advance(self.main, items=len(self.seen))
        for child in self.children:
            done = self.checkpoint.parents_done(child.name)
            rows = sum(r["rows"] for r in self.checkpoint.chunks(child.name))
            self.reporter.advance(child.name, items=rows)
            todo = [i for i in self.seen if i not in done]
            for issue_id in todo:
                self.queues[child.name].put_nowait(issue_id)
            self.reporter.expect(child.name, len(todo))

    async def produce(self, sources: Sequence[Source]) -> None:
        for source in sources:
            cursor, done = self.checkpoint.source_state(source.key)
            if not done:
                await self._page_through(source, cursor)
        self.reporter.settle(self.main)
        for child in self.children:
            for _ in range(self.scheduler.per_bucket):
                self.queues[child.name].put_nowait(_STOP)

    async def _page_through(self, source: Source, cursor: str | None) -> None:
        step = self.runner.stepper(source.open(cursor if source.resumable else None))

        def fetch() -> Awaitable[Any]:
            return asyncio.ensure_future(self.scheduler.run(source.operation_id, step))

        pending: Awaitable[Any] | None = fetch()
        try:
            while pending is not None:
                page = await pending
                pending = None
                if page is None:
                    await self.runner.offload(partial(self._stage, source, (), False))
                    return
                self.reporter.advance(self.main, requests=1)
                more = page.has_next_page
                if more:  # ask for the next page while this one is converted and written
                    pending = fetch()
                fresh = await self.runner.offload(partial(self._stage, source, page, more))
                self.reporter.advance(self.main, items=len(fresh))
                for child in self.children:
                    for data in fresh:
                        self.queues[child.name].put_nowait(data.get("id"))
                    self.reporter.expect(child.name, len(fresh))
        finally:
            if isinstance(pending, asyncio.Future):
                pending.cancel()

    def _stage(self, source: Source, page: Any, more: bool) -> list[dict[str, Any]]:
        """(Worker thread.) A page's new items as rows: committed with the cursor that follows
        them, then handed to the output."""
        fresh = []
        for item in page:
            data = as_received(item)
            if source.link is not None:
                data = {**data, source.link[0]: source.link[1]}
            key = data.get("id")
            if key is None or key not in self.seen:
                fresh.append(data)
                self.seen.add(key)
        next_cursor = page.next_cursor if more else None
        self.checkpoint.commit(
            self.main, fresh, source=source.key, cursor=next_cursor, done=not more
        )
        self._output(self.main, fresh)
        return fresh

    def _output(self, table: str, rows: list[dict[str, Any]]) -> None:
        if self.outputs is not None:
            self.outputs.add(table, rows)

    async def fetch_children(self, name: str) -> None:
        child = CHILDREN[name]
        queue = self.queues[name]
        while True:
            issue_id = await queue.get()
            if issue_id is _STOP:
                return
            try:
                result = await self.call(
                    child.operation_id, partial(child.fetch, self.client, issue_id)
                )
            except NotFoundError:  # the issue was deleted after the search found it
                result = []
                self.skipped += 1
            rows = [{**as_received(item), LINK_COLUMN: issue_id} for item in result or ()]
            self.reporter.advance(name, items=len(rows), requests=1)
            buffer = self.buffers[name]
            buffer.rows.extend(rows)
            buffer.parents.append(issue_id)
            now = time.monotonic()
            buffer.since = buffer.since or now
            if len(buffer.rows) >= CHUNK_ROWS or now - buffer.since >= CHUNK_SECONDS:
                await self.runner.offload(self.flush(name))

    def flush(self, name: str, output: bool = True) -> Callable[[], None]:
        """Take the children gathered for `name`; the returned step (for the worker thread)
        commits them, whole parents only, and hands them to the output."""
        buffer = self.buffers[name]
        self.buffers[name] = _Buffer()

        def commit() -> None:
            if buffer.parents:
                self.checkpoint.commit(name, buffer.rows, parents=buffer.parents)
                if output:
                    self._output(name, buffer.rows)

        return commit

    async def read(self) -> None:
        self._resume_state()
        sources = await self.request.spec.sources(self.client, self.request.query, self.call)
        operation = sources[0].operation_id if sources else self.request.spec.operation_id
        self.reporter.tables[self.main].operation_id = operation
        tasks = [asyncio.ensure_future(self.produce(sources))]
        for child in self.children:
            tasks += [
                asyncio.ensure_future(self.fetch_children(child.name))
                for _ in range(self.scheduler.per_bucket)
            ]
        try:
            await _all_or_nothing(tasks)
        except BaseException:
            # Whatever stopped the run, the children gathered so far are whole: keep them (after
            # what the worker thread is still writing; the output is discarded and replayed).
            for child in self.children:
                self.runner.offload_now(self.flush(child.name, output=False))
            raise
        for child in self.children:
            await self.runner.offload(self.flush(child.name))
            self.reporter.settle(child.name)

    # -- writing -------------------------------------------------------------------------------

    def open_outputs(self, plan: dict[str, Any]) -> Outputs:
        """The tables' files, with what the checkpoint already holds written to them."""
        schemas = self.schemas(plan)
        paths = {
            name: self.layout.table_path(name, self.main, plan.get("part")) for name in schemas
        }
        outputs = Outputs(self.request.format, schemas, paths)
        try:
            outputs.replay(self.checkpoint)
        except BaseException:
            outputs.discard()
            raise
        return outputs

    def record_run(self, plan: dict[str, Any], results: dict[str, TableResult]) -> None:
        if not self.layout.incremental:
            return
        state = self.layout.read_state()
        runs = state.setdefault("runs", [])
        if any(run.get("part") == plan["part"] for run in runs):
            return
        state.update({"collection": self.main, "format": self.request.format})
        runs.append(
            {
                "part": plan["part"],
                "started_at": plan["started_at"],
                "changed_since": plan["changed_since"],
                "rows": {name: r.rows for name, r in results.items()},
            }
        )
        self.layout.write_state(state)


async def _all_or_nothing(tasks: Sequence[asyncio.Future[Any]]) -> None:
    """Wait for every task; on the first failure cancel the others and raise it."""
    pending = set(tasks)
    try:
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()
    except BaseException:
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        raise


def _prepare(
    layout: Layout, identity: dict[str, Any], request: ExportRequest, overwrite: bool
) -> Checkpoint:
    """Refuse to clobber what is not ours; open (or start) the checkpoint."""
    journal, staging = layout.journal, layout.staging
    if overwrite and journal.exists():
        journal.unlink()
    if not journal.exists():
        if layout.incremental:
            state_path = layout.output / STATE_FILE
            if state_path.exists():
                state = layout.read_state()
                theirs = {"collection": state.get("collection"), "format": state.get("format")}
                ours = {"collection": request.spec.name, "format": request.format}
                if theirs != ours and state.get("runs"):
                    differences: dict[str, tuple[object, object]] = {
                        k: (theirs[k], ours[k]) for k in ours if theirs[k] != ours[k]
                    }
                    raise JobMismatchError(
                        f"export: {layout.output} holds an incremental export of"
                        f" {theirs['collection']} as {theirs['format']}; use another directory.",
                        differences,
                    )
            elif layout.output.exists() and any(layout.output.iterdir()) and not overwrite:
                raise OutputExistsError(
                    f"export: {layout.output} exists and is not an incremental export directory;"
                    " choose an empty or new directory."
                )
        elif layout.output.exists() and not overwrite:
            raise OutputExistsError(
                f"export: {layout.output} exists and no checkpoint says an export into it was"
                " interrupted; pass overwrite=True (--overwrite) to replace it."
            )
        if staging.exists():
            import shutil

            shutil.rmtree(staging)
    return Checkpoint.open(journal, staging, identity)


async def export_async(
    client: Any,
    collection: str,
    output: str | os.PathLike[str] | None = None,
    *,
    format: str | None = None,
    filter: Any = None,
    since: Any = None,
    until: Any = None,
    include: Sequence[str] = (),
    object_type: str | None = None,
    incremental: str | os.PathLike[str] | None = None,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
    bar: bool | None = None,
    per_bucket: int = DEFAULT_PER_BUCKET,
    concurrency: int = DEFAULT_TOTAL,
    page_size: int | None = None,
) -> ExportResult:
    """Export a collection to a file (or, with `incremental=DIR`, a new part in DIR).

    `client` is a `Pylon` or an `AsyncPylon`. The format comes from the file name or `format`
    (jsonl, csv, parquet, xlsx). `filter` (a pylon.filters filter, its text form or a dict),
    `since` and `until` narrow searchable collections; `include` adds issue children ("messages",
    "threads", "followers") as linked tables. `progress` is called with `Progress` snapshots; a
    bar is drawn on a terminal (`bar=False` to never draw one). `page_size` defaults to the largest
    page the spec allows (fewest requests). Raises `JobInputError` before any
    request for bad input, `ExportStoppedError` (resumable: call again) if the API fails for good.
    """
    if (output is None) == (incremental is None):
        raise JobInputError(
            "export: give an output file or an incremental directory (exactly one)."
        )
    target = Path(os.fspath(incremental if incremental is not None else output))  # type: ignore[arg-type]
    naming = target / "part.parquet" if incremental is not None and format is None else target
    request = check_request(
        collection, naming, format=format, include=include, filter=filter, since=since,
        until=until, object_type=object_type, incremental=incremental is not None,
        page_size=page_size,
    )  # fmt: skip
    layout = Layout(target.absolute(), request.format, incremental is not None)
    identity = {
        "command": "export",
        "collection": request.spec.name,
        "format": request.format,
        "filter": request.query.filter,
        "object_type": object_type,
        "include": list(request.include),
        "output": str(layout.output),
    }
    operations = {request.spec.operation_id, "GetCustomFields", "GetKnowledgeBases", "GetSurveys"}
    operations |= {s for s in [request.spec.search_operation] if s}
    operations |= {CHILDREN[name].operation_id for name in request.include}
    limits = limits_in_force(client, operations)
    checkpoint = _prepare(layout, identity, request, overwrite)
    scheduler = Scheduler(limits, per_bucket=per_bucket, total=concurrency)
    reporter = Reporter(
        limits, callback=progress, seconds_for=client.rate_limits.seconds_for, bar=bar
    )
    reporter.table(request.spec.name, request.spec.operation_id)
    reporter.expect(request.spec.name, None)
    for name in request.include:
        reporter.table(name, CHILDREN[name].operation_id)
    runner = ClientRunner(client, threads=concurrency)
    run = _ExportRun(request, layout, checkpoint, runner, scheduler, reporter)
    started = time.monotonic()
    completed = False
    try:
        plan = await run.plan()
        if plan.get("changed_since"):
            changed = as_time(plan["changed_since"], "changed_since")
            query = build_filter(request.spec, filter, request.since, request.until, changed)
            run.request = request = _with_filter(request, query)
        run.outputs = await runner.offload(partial(run.open_outputs, plan))
        if not checkpoint.assembled:
            await run.read()
        results = await runner.offload(run.outputs.finish)
        checkpoint.mark_assembled()
        run.record_run(plan, results)
        checkpoint.finish()
        completed = True
    except (JobError, asyncio.CancelledError, KeyboardInterrupt):
        raise
    except PylonError as exc:
        status = f" ({exc.status_code})" if isinstance(exc, APIError) else ""
        raise ExportStoppedError(
            f"export stopped{status}: {exc} What was read so far is kept; run the same command"
            " again to resume."
        ) from exc
    finally:
        runner.close()
        if run.outputs is not None and not completed:
            run.outputs.discard()
        checkpoint.close()
        reporter.finish(completed)
    return ExportResult(
        results, time.monotonic() - started, scheduler.stats(), runner.retries.retries,
        runner.retries.rate_limited, run.skipped, plan.get("part"),
    )  # fmt: skip


def _with_filter(request: ExportRequest, query: Any) -> ExportRequest:
    from dataclasses import replace

    return replace(request, query=replace(request.query, filter=query))


def export(
    client: Any, collection: str, output: str | os.PathLike[str] | None = None, **options: Any
) -> ExportResult:
    """`export_async`, run to completion (for scripts and the command line)."""
    return asyncio.run(export_async(client, collection, output, **options))
