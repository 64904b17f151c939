"""What an export has durably written: chunk files in a staging folder, listed in a journal.

Items are staged as they arrive, as chunk files of raw JSON lines (one page of a collection, or the
children of several issues). A chunk counts only once its journal record is on disk, and a record
is written only after its file is complete, fsynced and renamed into place, so after any crash the
journal lists exactly the chunks that are whole; any other file in the staging folder is left over
from the crash and is removed on open. Children are committed per parent (all of an issue's
messages in one chunk), so a resume refetches the parents whose children are not committed and
nothing twice.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .._journal import Journal, fsync_directory

# One encoder for every staged item (json.dumps with options builds a new encoder per call).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
CHUNK = "chunk"
PLAN = "plan"
ASSEMBLED = "assembled"


class Checkpoint:
    def __init__(self, journal: Journal, staging: Path) -> None:
        self.journal = journal
        self.staging = staging
        self._seq = max((int(r.get("seq", 0)) for r in journal.of_kind(CHUNK)), default=0)

    @classmethod
    def open(cls, journal_path: Path, staging: Path, identity: Mapping[str, Any]) -> Checkpoint:
        journal = Journal.open(journal_path, identity)
        staging.mkdir(parents=True, exist_ok=True)
        checkpoint = cls(journal, staging)
        checkpoint._remove_orphans()
        return checkpoint

    def _remove_orphans(self) -> None:
        known = {r["file"] for r in self.journal.of_kind(CHUNK) if r.get("file")}
        for path in self.staging.iterdir():
            if path.name not in known:
                path.unlink()

    # -- what earlier runs did ---------------------------------------------------------------

    def plan(self) -> dict[str, Any] | None:
        return next(self.journal.of_kind(PLAN), None)

    def set_plan(self, plan: Mapping[str, Any]) -> None:
        self.journal.append({"kind": PLAN, **plan})

    def chunks(self, table: str) -> list[dict[str, Any]]:
        return [r for r in self.journal.of_kind(CHUNK) if r["table"] == table]

    def source_state(self, key: str) -> tuple[str | None, bool]:
        """Where a source's last durable page left it: (next cursor, finished)."""
        cursor, done = None, False
        for record in self.journal.of_kind(CHUNK):
            if record.get("source") == key:
                cursor, done = record.get("cursor"), bool(record.get("done"))
        return cursor, done

    def parents_done(self, table: str) -> set[str]:
        return {p for r in self.chunks(table) for p in r.get("parents", ())}

    @property
    def assembled(self) -> bool:
        return any(True for _ in self.journal.of_kind(ASSEMBLED))

    def read(self, record: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
        """The items of one committed chunk."""
        name = record.get("file")
        if not name:
            return
        with open(self.staging / name, "rb") as file:
            for line in file:
                yield json.loads(line)

    # -- making progress durable -------------------------------------------------------------

    def commit(self, table: str, items: Iterable[Mapping[str, Any]], **fields: Any) -> int:
        """Stage `items` for `table` and record them (with `fields`); returns how many."""
        lines = [_ENCODE(item) for item in items]
        self._seq += 1
        name = None
        if lines:
            name = f"{table}-{self._seq:07d}.jsonl"
            temporary = self.staging / f".{name}.tmp"
            with open(temporary, "w", encoding="utf-8") as file:
                file.write("\n".join(lines) + "\n")
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self.staging / name)
            fsync_directory(self.staging)
        self.journal.append(
            {
                "kind": CHUNK,
                "table": table,
                "seq": self._seq,
                "file": name,
                "rows": len(lines),
                **fields,
            }
        )
        return len(lines)

    def mark_assembled(self) -> None:
        self.journal.append({"kind": ASSEMBLED})

    def finish(self) -> None:
        """The outputs are complete: remove the staging folder and the journal."""
        shutil.rmtree(self.staging, ignore_errors=True)
        self.journal.remove()

    def close(self) -> None:
        self.journal.close()
