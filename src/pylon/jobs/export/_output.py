"""An export's output files, written while the job reads rather than after it.

Each table's rows go to a temporary file as soon as they are durable in the checkpoint (the
checkpoint first, then the file, in the same order), in batches; `finish` closes the files and
renames them into place, so a half-written file never looks finished. A run that starts from a
checkpoint first replays what earlier runs committed, so a resumed export writes the same rows in
the same order as an uninterrupted one. Writing along the way keeps the end of a job short: it
does not wait for the last request and then convert every row of a large export.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...tabular import flatten
from ...tabular._schema import TableSchema
from .._journal import fsync_directory
from ._checkpoint import Checkpoint
from ._formats import Writer, open_writer

BATCH = 5000  # rows a writer is given at once (a Parquet row group)


@dataclass
class TableResult:
    name: str
    path: Path
    rows: int


@dataclass
class _Table:
    path: Path
    writer: Writer
    pending: list[dict[str, Any]] = field(default_factory=list)

    @property
    def temporary(self) -> Path:
        return self.writer.path


class Outputs:
    """The tables' files (`paths`: table -> final path), in `fmt`, with their `schemas`."""

    def __init__(self, fmt: str, schemas: Mapping[str, TableSchema], paths: Mapping[str, Path]):
        self.schemas = dict(schemas)
        self._tables: dict[str, _Table] = {}
        try:
            for name, path in paths.items():
                path.parent.mkdir(parents=True, exist_ok=True)
                temporary = path.with_name(f".{path.name}.tmp")
                writer = open_writer(fmt, temporary, self.schemas[name], name)
                self._tables[name] = _Table(path, writer)
        except BaseException:
            self.discard()
            raise

    def add(self, table: str, items: Iterable[Mapping[str, Any]]) -> None:
        """Rows that are now durable in the checkpoint (their JSON form)."""
        state, schema = self._tables[table], self.schemas[table]
        state.pending.extend(flatten(data, schema) for data in items)
        if len(state.pending) >= BATCH:
            state.writer.write(state.pending)
            state.pending = []

    def replay(self, checkpoint: Checkpoint) -> None:
        """Everything `checkpoint` already holds, in the order it was committed."""
        for name in self._tables:
            for record in checkpoint.chunks(name):
                self.add(name, checkpoint.read(record))

    def finish(self) -> dict[str, TableResult]:
        """Close every file and rename it into place; each table's path and row count."""
        results = {}
        for name, state in self._tables.items():
            state.writer.write(state.pending)
            state.pending = []
            state.writer.close()
            os.replace(state.temporary, state.path)
            fsync_directory(state.path.parent)
            results[name] = TableResult(name, state.path, state.writer.rows)
        self._tables.clear()
        return results

    def discard(self) -> None:
        """The run stopped: remove the temporary files (a resume writes them again)."""
        for state in self._tables.values():
            with contextlib.suppress(Exception):  # the file is removed either way
                state.writer.close()
            state.temporary.unlink(missing_ok=True)
        self._tables.clear()
