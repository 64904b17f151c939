"""Read an incremental export back: the latest row of each object across all parts.

Each run of `export(..., incremental=DIR)` adds a part per table; an object changed since the last
run appears again in the new part. The current state is the row from the newest part that has the
object. The same in DuckDB, on Parquet parts:

    SELECT * EXCLUDE (filename) FROM read_parquet('DIR/issues/*.parquet', filename = true,
        union_by_name = true) QUALIFY row_number() OVER (PARTITION BY id ORDER BY filename DESC) = 1
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ...tabular._extras import require
from .._errors import JobInputError
from ._collections import CHILDREN, LINK_COLUMN
from ._layout import Layout


def _parts(directory: Path, table: str) -> list[Path]:
    folder = directory / table
    if not folder.is_dir():
        known = sorted(
            p.name for p in directory.iterdir() if p.is_dir() and not p.name.startswith(".")
        )
        raise JobInputError(
            f"read_export: {directory} has no table {table!r}"
            + (
                f"; it has {', '.join(known)}."
                if known
                else "; is it an incremental export directory?"
            )
        )
    return sorted(p for p in folder.iterdir() if p.name.startswith("part-"))


def _read_part(path: Path, pa: Any) -> Any:
    if path.suffix == ".parquet":
        parquet = require("pyarrow.parquet", feature="read_export()")
        return parquet.read_table(path)
    json_reader = require("pyarrow.json", feature="read_export()")
    if path.stat().st_size == 0:
        return pa.table({})
    return json_reader.read_json(path)


def read_export(
    directory: str | os.PathLike[str], table: str | None = None, *, to: str = "arrow"
) -> Any:
    """The latest row per object of one table of an incremental export (`to`: arrow, pandas or
    polars). `table` defaults to the exported collection; linked tables ("messages") are keyed by
    (issue_id, id)."""
    pa = require("pyarrow", feature="read_export()")
    root = Path(os.fspath(directory))
    state = Layout(root, "parquet", incremental=True).read_state()
    name = table or state.get("collection")
    if not name:
        raise JobInputError(
            f"read_export: {root} is not an incremental export directory (no state)."
        )
    tables = [t for t in (_read_part(p, pa) for p in _parts(root, name)) if t.num_rows]
    if not tables:
        return _convert(pa.table({}), to)
    joined = pa.concat_tables(tables, promote_options="permissive")
    keys = [LINK_COLUMN, "id"] if name in CHILDREN else ["id"]
    columns = [joined.column(k).to_pylist() for k in keys]
    latest: dict[tuple[Any, ...], int] = {}
    for index, key in enumerate(zip(*columns, strict=True)):
        latest[key] = index  # later parts come later: the last index per key wins
    return _convert(joined.take(sorted(latest.values())), to)


def _convert(table: Any, to: str) -> Any:
    if to == "arrow":
        return table
    if to == "pandas":
        require("pandas", feature="read_export(to='pandas')")
        return table.to_pandas()
    if to == "polars":
        return require("polars", feature="read_export(to='polars')").from_arrow(table)
    raise JobInputError(f"read_export: `to` is arrow, pandas or polars, not {to!r}.")
