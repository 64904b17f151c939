"""Export any collection to JSONL, CSV, Parquet or XLSX: resumable, incremental, at the limits."""

from .._errors import ExportStoppedError
from ._collections import CHILDREN, COLLECTIONS
from ._job import ExportResult, export, export_async
from ._output import TableResult
from ._reader import read_export

__all__ = [
    "CHILDREN",
    "COLLECTIONS",
    "ExportResult",
    "ExportStoppedError",
    "TableResult",
    "export",
    "export_async",
    "read_export",
]
