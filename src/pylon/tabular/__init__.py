"""Pylon objects as tables: the columns come from the pinned spec, flattened one documented way.

Used by the pagers' `to_arrow()`/`to_pandas()`/`to_polars()` and by the export job. The rules are in
`pylon.tabular._schema`'s docstring and the README's "Export" section. pyarrow, pandas and polars
are the `[export]` extra, imported only when a table is built.
"""

from ._extras import MissingExtraError
from ._flatten import as_received, discover_custom_fields, flatten, parse_timestamp, plain
from ._schema import EXTRA_COLUMN, Column, TableSchema, custom_field_kinds, table_schema
from ._text import json_row, rfc3339, text_cells

__all__ = [
    "EXTRA_COLUMN",
    "Column",
    "MissingExtraError",
    "TableSchema",
    "as_received",
    "custom_field_kinds",
    "discover_custom_fields",
    "flatten",
    "json_row",
    "parse_timestamp",
    "plain",
    "rfc3339",
    "table_schema",
    "text_cells",
]
