"""The file formats an export writes, each a small writer of flattened rows.

JSONL, CSV (UTF-8, a header row), Parquet (typed, zstd, one row group per batch) and XLSX (one
sheet per file, strings kept as text). Lists and JSON cells are JSON text in CSV and XLSX, lists in
JSONL and Parquet; timestamps are RFC 3339 in text formats and UTC timestamps in Parquet. Writers
write to the path they are given; the export gives them a temporary name and renames the file
when it is complete, so a half-written file never looks finished.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from ...tabular import TableSchema, json_row, text_cells
from ...tabular._arrow import arrow_schema, record_batch
from ...tabular._extras import require
from .._errors import JobInputError

FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".xlsx": "xlsx",
}
SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet", "xlsx": ".xlsx"}
# Excel's documented limits: rows per sheet (with the header), characters per cell.
XLSX_MAX_ROWS = 1_048_576
XLSX_MAX_CELL = 32_767


def format_for(path: str | os.PathLike[str], given: str | None) -> str:
    """The format: `given` (jsonl, csv, parquet, xlsx) or the one the file name says."""
    if given is not None:
        name = given.lower().lstrip(".")
        if name not in SUFFIX:
            raise JobInputError(
                f"export: unknown format {given!r}; choose one of {', '.join(sorted(SUFFIX))}."
            )
        return name
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise JobInputError(
            f"export: can't tell the format of {os.fspath(path)!r} from its name; end it in"
            f" {', '.join(sorted(set(SUFFIX.values())))} or pass --format."
        )
    return FORMATS[suffix]


def check_available(fmt: str) -> None:
    """Fail before any request when the format's package is missing."""
    feature = f"export to {fmt}"
    if fmt == "parquet":
        require("pyarrow.parquet", feature=feature)
    elif fmt == "xlsx":
        require("xlsxwriter", feature=feature)


class Writer:
    """Write rows of one table to one file; `close()` makes it durable (flushed and fsynced)."""

    def __init__(self, path: Path, schema: TableSchema) -> None:
        self.path = path
        self.schema = schema
        self.rows = 0

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


def _sync_path(path: Path) -> None:
    """Make a file another library wrote and closed durable."""
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def _sync(file: IO[Any]) -> None:
    file.flush()
    os.fsync(file.fileno())


class _TextWriter(Writer):
    """A writer of a UTF-8 text file."""

    def __init__(self, path: Path, schema: TableSchema, newline: str) -> None:
        super().__init__(path, schema)
        self._file = open(path, "w", encoding="utf-8", newline=newline)  # noqa: SIM115

    def close(self) -> None:
        _sync(self._file)
        self._file.close()


class JsonLinesWriter(_TextWriter):
    def __init__(self, path: Path, schema: TableSchema) -> None:
        super().__init__(path, schema, "\n")

    _encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        encode = self._encode
        self._file.write("".join(encode(json_row(row, self.schema)) + "\n" for row in rows))
        self.rows += len(rows)


class CsvWriter(_TextWriter):
    def __init__(self, path: Path, schema: TableSchema) -> None:
        super().__init__(path, schema, "")
        self._csv = csv.writer(self._file)
        self._csv.writerow(schema.names)

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        self._csv.writerows(text_cells(row, self.schema) for row in rows)
        self.rows += len(rows)


class ParquetWriter(Writer):
    def __init__(self, path: Path, schema: TableSchema) -> None:
        super().__init__(path, schema)
        parquet = require("pyarrow.parquet", feature="export to parquet")
        self._writer = parquet.ParquetWriter(
            str(path), arrow_schema(schema, "export to parquet"), compression="zstd"
        )

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self._writer.write_batch(record_batch(rows, self.schema, "export to parquet"))
            self.rows += len(rows)

    def close(self) -> None:
        self._writer.close()
        _sync_path(self.path)


class XlsxWriter(Writer):
    """One sheet named after the table; a table longer than a sheet continues on the next."""

    def __init__(self, path: Path, schema: TableSchema, sheet: str = "data") -> None:
        super().__init__(path, schema)
        xlsxwriter = require("xlsxwriter", feature="export to xlsx")
        self._book = xlsxwriter.Workbook(
            str(path), {"constant_memory": True, "strings_to_numbers": False,
                        "strings_to_formulas": False, "strings_to_urls": False},
        )  # fmt: skip
        self._sheet_name = sheet[:28]
        self._sheets = 0
        self._new_sheet()

    def _new_sheet(self) -> None:
        self._sheets += 1
        name = self._sheet_name if self._sheets == 1 else f"{self._sheet_name} {self._sheets}"
        self._sheet = self._book.add_worksheet(name)
        self._sheet.write_row(0, 0, self.schema.names)
        self._row = 1

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        for row in rows:
            if self._row >= XLSX_MAX_ROWS:
                self._new_sheet()
            for col, cell in enumerate(text_cells(row, self.schema)):
                if cell is None:
                    continue
                if isinstance(cell, str):
                    self._sheet.write_string(self._row, col, cell[:XLSX_MAX_CELL])
                else:
                    self._sheet.write(self._row, col, cell)
            self._row += 1
        self.rows += len(rows)

    def close(self) -> None:
        self._book.close()
        _sync_path(self.path)


def open_writer(fmt: str, path: Path, schema: TableSchema, table: str) -> Writer:
    if fmt == "jsonl":
        return JsonLinesWriter(path, schema)
    if fmt == "csv":
        return CsvWriter(path, schema)
    if fmt == "parquet":
        return ParquetWriter(path, schema)
    return XlsxWriter(path, schema, sheet=table)
