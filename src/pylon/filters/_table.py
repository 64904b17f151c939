"""The per-endpoint table of filterable fields, as the code generator writes it.

The table lives in the generated package (``pylon_openapi.spec_tables.SEARCH_FILTERS``) because it
is a fact of the spec, not of this package: codegen reads the spec's vendor extension and writes
it, so nothing the spec knows is typed again by hand. It is imported on first use only, which
keeps ``import pylon.filters`` light and lets the builder and the text form work without it.

Its shape (one entry per search operation)::

    {"SearchIssues": {"resource": "issues", "max_depth": 3, "custom_fields": True,
                      "fields": {"state": {"operators": ("equals", "in", "not_in"),
                                           "type": "string",   # string|datetime|boolean|number
                                           "values": ("new", ...) | None,
                                           "open_values": True}, ...}}, ...}
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import FilterError

__all__ = ["EndpointRules", "FieldRules", "SearchFilterTable", "default_table", "resolve"]

#: The type of ``SEARCH_FILTERS`` (and of the ``table=`` argument of ``validate``).
SearchFilterTable = Mapping[str, Mapping[str, Any]]


@dataclass(frozen=True)
class FieldRules:
    """What one field of one endpoint accepts."""

    name: str
    operators: tuple[str, ...]
    type: str
    values: tuple[str, ...] | None
    open_values: bool


@dataclass(frozen=True)
class EndpointRules:
    """What one search endpoint accepts."""

    operation_id: str
    resource: str
    max_depth: int | None  # None: the spec states no limit
    custom_fields: bool
    fields: Mapping[str, FieldRules]
    request_fields: tuple[str, ...] = ()  # other body fields of the search (when it has no filter)

    @property
    def takes_filter(self) -> bool:
        return bool(self.fields) or self.custom_fields

    @property
    def label(self) -> str:
        return f"{self.operation_id} ({self.resource})"


def default_table() -> SearchFilterTable:
    """``pylon_openapi.spec_tables.SEARCH_FILTERS``, imported on first use."""
    try:
        module = importlib.import_module("pylon_openapi.spec_tables")
    except ImportError as error:  # a packaging fault, not a bad filter
        raise RuntimeError(
            "pylon_openapi.spec_tables is missing, so filters can't be checked against the "
            "spec; the generated package is incomplete (regenerate it with `make generate`)"
        ) from error
    table: SearchFilterTable = module.SEARCH_FILTERS
    return table


def _normal(name: str) -> str:
    return name.strip().lower().replace("-", "_")


def resolve(table: SearchFilterTable, endpoint: str) -> EndpointRules:
    """The rules of ``endpoint``, given as an operation id (``SearchIssues``) or a resource
    name (``issues``); case and ``-``/``_`` don't matter."""
    if not isinstance(endpoint, str):
        raise TypeError(f"endpoint must be a str, not {type(endpoint).__name__}")
    operation_id = endpoint if endpoint in table else None
    if operation_id is None:
        wanted = _normal(endpoint)
        operation_id = next(
            (
                key
                for key, entry in table.items()
                if wanted in (_normal(key), _normal(str(entry.get("resource", ""))))
            ),
            None,
        )
    if operation_id is None:
        known = ", ".join(f"{key} ({entry.get('resource')})" for key, entry in table.items())
        raise FilterError(
            f"unknown search endpoint {endpoint!r}; filters can be checked for: {known}",
            endpoint=endpoint,
        )
    entry = table[operation_id]
    fields: Mapping[str, Mapping[str, Any]] = entry.get("fields", {})
    return EndpointRules(
        operation_id=operation_id,
        resource=str(entry.get("resource", operation_id)),
        max_depth=None if entry.get("max_depth") is None else int(entry["max_depth"]),
        custom_fields=bool(entry.get("custom_fields", False)),
        fields={
            name: FieldRules(
                name=name,
                operators=tuple(rule["operators"]),
                type=str(rule.get("type", "string")),
                values=None if rule.get("values") is None else tuple(rule["values"]),
                open_values=bool(rule.get("open_values", False)),
            )
            for name, rule in fields.items()
        },
        request_fields=tuple(entry.get("request_fields", ())),
    )
