"""DataFrames from pagers: each page is flattened into an Arrow batch as it arrives.

Only one page of models is alive at a time; the batches (columnar, compact) are joined at the end,
and pandas or polars get the joined Arrow table. Custom field columns are the slugs the pages
carry (a pager makes no extra request to list the workspace's definitions).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._arrow import arrow_schema, pyarrow, record_batch
from ._extras import require
from ._flatten import as_received, discover_custom_fields, flatten
from ._schema import TableSchema, table_schema


def model_of_walk(walk: Any) -> str | None:
    """The spec schema of a page walk's items (building the first request is pure: no I/O)."""
    if not walk.sources:
        return None
    call = walk.sources[0](None)
    model = call.op.data_model
    return model if isinstance(model, str) else None


class FrameBuilder:
    """Collects pages of models as Arrow batches; `arrow()` joins them into one table."""

    def __init__(self, model: str | None, feature: str) -> None:
        self.feature = feature
        self.pa = pyarrow(feature)
        self.model = model
        self.custom_fields: dict[str, bool] = {}
        self.tables: list[Any] = []

    def add(self, items: Iterable[Any]) -> None:
        raw = [as_received(item) for item in items]
        if not raw:
            return
        for slug, multi in discover_custom_fields(raw).items():
            self.custom_fields[slug] = self.custom_fields.get(slug, False) or multi
        schema: TableSchema = table_schema(self.model, self.custom_fields)
        batch = record_batch([flatten(data, schema) for data in raw], schema, self.feature)
        self.tables.append(self.pa.Table.from_batches([batch]))

    def arrow(self) -> Any:
        if not self.tables:
            return arrow_schema(table_schema(self.model), self.feature).empty_table()
        final = arrow_schema(table_schema(self.model, self.custom_fields), self.feature)
        return self.pa.concat_tables(self.tables, promote_options="permissive").select(final.names)


def frame_requirements(kind: str, feature: str) -> None:
    """Fail before the first request when a package the result needs is missing."""
    require("pyarrow", feature=feature)
    if kind == "pandas":
        require("pandas", feature=feature)
    elif kind == "polars":
        require("polars", feature=feature)


def convert(table: Any, kind: str, feature: str) -> Any:
    if kind == "pandas":
        return table.to_pandas()
    if kind == "polars":
        polars = require("polars", feature=feature)
        return polars.from_arrow(table)
    return table
