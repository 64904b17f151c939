"""Where an export's files go: the outputs, the checkpoint journal and the staging folder.

A one-off export writes `issues.parquet`, and a linked table beside it (`issues.messages.parquet`);
its checkpoint is `issues.parquet.checkpoint` and its staging folder `issues.parquet.partial/`.
An incremental export keeps everything in one directory: a part per run and table
(`issues/part-00001.parquet`, `messages/part-00001.parquet`), `export-state.json` with the runs'
high-water marks, and while a run is going, `.checkpoint` and `.partial/`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._journal import fsync_directory
from ._formats import SUFFIX

STATE_FILE = "export-state.json"


@dataclass(frozen=True)
class Layout:
    output: Path  # the main table's file, or the incremental directory
    format: str
    incremental: bool

    @property
    def journal(self) -> Path:
        if self.incremental:
            return self.output / ".checkpoint"
        return self.output.with_name(self.output.name + ".checkpoint")

    @property
    def staging(self) -> Path:
        if self.incremental:
            return self.output / ".partial"
        return self.output.with_name(self.output.name + ".partial")

    def table_path(self, table: str, main: str, part: int | None = None) -> Path:
        suffix = SUFFIX[self.format]
        if self.incremental:
            return self.output / table / f"part-{part or 1:05d}{suffix}"
        if table == main:
            return self.output
        stem = (
            self.output.name[: -len(self.output.suffix)] if self.output.suffix else self.output.name
        )
        return self.output.with_name(f"{stem}.{table}{self.output.suffix or suffix}")

    # -- incremental state -----------------------------------------------------------------------

    def read_state(self) -> dict[str, Any]:
        path = self.output / STATE_FILE
        if not path.exists():
            return {"runs": []}
        state: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return state

    def next_part(self) -> int:
        return len(self.read_state().get("runs", [])) + 1

    def write_state(self, state: dict[str, Any]) -> None:
        path = self.output / STATE_FILE
        temporary = path.with_name(f".{STATE_FILE}.tmp")
        temporary.write_text(json.dumps(state, indent=2, sort_keys=True), encoding="utf-8")
        with open(temporary, "rb+") as file:
            os.fsync(file.fileno())
        os.replace(temporary, path)
        fsync_directory(self.output)
