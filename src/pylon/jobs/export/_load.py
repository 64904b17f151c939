"""Read the objects of an export back (to seed a simulator with a team's own data).

An export directory is either an incremental export (`export-state.json`, a part per run: the
latest row per object is used), or a folder of one-off export files named as the export names them
(`issues.parquet`, `issues.messages.parquet`, `accounts.csv`); folders inside it are read the same
way. Parquet, JSON lines and CSV are read; each row becomes the object Pylon would send.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...tabular import table_schema
from ...tabular._extras import require
from ...tabular._unflatten import unflatten
from .._errors import JobInputError
from ._collections import CHILDREN, COLLECTIONS, LINK_COLUMN
from ._layout import STATE_FILE
from ._reader import read_export

READABLE = {".parquet": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}


def _model(table: str) -> tuple[str, str | None]:
    if table in CHILDREN:
        return CHILDREN[table].model, LINK_COLUMN
    spec = COLLECTIONS[table]
    return spec.model, spec.link_column


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    kind = READABLE[path.suffix.lower()]
    if kind == "parquet":
        parquet = require("pyarrow.parquet", feature="loading a Parquet export")
        for batch in parquet.ParquetFile(path).iter_batches():
            yield from batch.to_pylist()
    elif kind == "jsonl":
        with open(path, encoding="utf-8") as file:
            for line in file:
                if line.strip():
                    yield json.loads(line)
    else:
        with open(path, encoding="utf-8", newline="") as file:
            yield from csv.DictReader(file)


def _objects(table: str, rows: Iterator[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    model, link = _model(table)
    columns = {c.name: c for c in table_schema(model, link=link).columns}
    for row in rows:
        yield table, unflatten(row, columns)


def _table_of(path: Path) -> str | None:
    """`issues.messages.parquet` -> messages, `accounts.csv` -> accounts; None if not an export."""
    if path.suffix.lower() not in READABLE or path.name.startswith("."):
        return None
    parts = path.name[: -len(path.suffix)].split(".")
    if len(parts) == 2 and parts[0] == "issues" and parts[1] in CHILDREN:
        return parts[1]
    return parts[0] if len(parts) == 1 and parts[0] in COLLECTIONS else None


def exported_objects(directory: str | os.PathLike[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, object) for every object of the exports in `directory`, parents before children."""
    root = Path(directory)
    if not root.is_dir():
        raise JobInputError(f"from_export: {root} is not a directory of exports.")
    found: list[tuple[str, Iterator[dict[str, Any]]]] = []
    if (root / STATE_FILE).exists():
        for folder in sorted(
            p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")
        ):
            found.append((folder.name, iter(read_export(root, folder.name).to_pylist())))
    else:
        for path in sorted(root.iterdir()):
            table = _table_of(path) if path.is_file() else None
            if table is not None:
                found.append((table, _rows(path)))
            elif path.is_dir():
                yield from exported_objects(path)
    found.sort(key=lambda item: item[0] in CHILDREN)
    for table, rows in found:
        yield from _objects(table, rows)
