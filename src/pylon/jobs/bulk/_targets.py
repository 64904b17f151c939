"""What a bulk change runs over: a search's results, a list of ids, or the rows of a CSV/JSONL file.

Every source is read and checked whole before anything is written: a filter the endpoint refuses,
a column that is no field of the operation (the closest one is named), a value of the wrong type,
a row without the id it must change - each is one clear error. The source's `identity` (the filter,
or a digest of the ids or of the file) goes into the journal, so a journal can only resume the
run it was written by.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ... import filters
from .._errors import JobInputError
from ._fields import check_fields, closest, missing_required
from ._methods import SEARCHES, Method

ID_COLUMN = "id"


@dataclass
class Target:
    key: str  # how the journal names it: the target's id, or "row N" of a file
    id: str | None  # the object to change (None for a create)
    data: dict[str, Any] | None = None  # its current values, when a search returned it
    change: dict[str, Any] = field(default_factory=dict)  # this target's own values (a file row)


@dataclass
class Source:
    """Where the targets come from; `resolve` is async only for a search."""

    identity: dict[str, Any]
    targets: list[Target] | None = None  # known without a request
    search_operation: str | None = None
    filter: dict[str, Any] | None = None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def from_search(what: str, chosen: Method, where: Any) -> Source:
    endpoint = SEARCHES.get(chosen.resource)
    if endpoint is None:
        raise JobInputError(f"{what}: {chosen.resource} can't be searched; give ids instead.")
    try:
        if isinstance(where, str):
            parsed = filters.parse(where)
        elif isinstance(where, Mapping):
            parsed = filters.from_dict(where)
        elif isinstance(where, filters.Filter):
            parsed = where
        else:
            raise JobInputError(
                f"{what}: where must be a pylon.filters filter, its text form or a dict."
            )
        parsed.validate(endpoint)
    except filters.FilterError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise JobInputError(f"{what}: {endpoint} refuses this filter: {first}") from exc
    wire = parsed.to_dict()
    return Source({"where": wire}, search_operation=endpoint, filter=wire)


def from_ids(what: str, ids: Iterable[str]) -> Source:
    seen: dict[str, None] = {}
    for raw in ids:
        if not isinstance(raw, str):
            raise JobInputError(f"{what}: ids must be strings, got {type(raw).__name__}.")
        text = raw.strip()
        if text and not text.startswith("#"):
            seen.setdefault(text, None)
    keys = list(seen)
    identity = {"ids": _digest("\n".join(keys).encode()), "count": len(keys)}
    return Source(identity, [Target(key, key) for key in keys])


def read_ids(path: str | os.PathLike[str]) -> list[str]:
    """One id a line (blank lines and # comments skipped)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise JobInputError(
            f"bulk: can't read the ids file {os.fspath(path)!r}: {exc.strerror}."
        ) from None
    return _utf8("bulk", f"the ids file {os.fspath(path)!r}", raw).splitlines()


def _utf8(what: str, name: str, raw: bytes) -> str:
    """The text of a file (a leading BOM dropped), or a clear error where it is not UTF-8."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise JobInputError(
            f"{what}: {name} is not UTF-8 text (line {line}); save it as UTF-8."
        ) from None


def _read_rows(what: str, path: Path) -> tuple[list[dict[str, Any]], list[str], bool, bytes]:
    """(rows, the columns, whether values are text, the file's bytes)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise JobInputError(f"{what}: can't read {str(path)!r}: {exc.strerror}.") from None
    text = _utf8(what, path.name, raw)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        rows = [{k: v for k, v in row.items() if v not in ("", None)} for row in reader]
        headers = reader.fieldnames or []
        if None in headers or "" in headers:
            raise JobInputError(f"{what}: {path.name} has a column without a name.")
        return rows, list(headers), True, raw
    if suffix in (".jsonl", ".ndjson"):
        rows = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                raise JobInputError(f"{what}: {path.name} line {number} is not JSON.") from None
            if not isinstance(row, dict):
                raise JobInputError(f"{what}: {path.name} line {number} is not a JSON object.")
            rows.append(row)
        columns = list(dict.fromkeys(name for row in rows for name in row))
        return rows, columns, False, raw
    raise JobInputError(f"{what}: rows come from a .csv or .jsonl file, not {path.name!r}.")


def from_rows(
    what: str, chosen: Method, rows: str | os.PathLike[str] | Iterable[Mapping[str, Any]]
) -> Source:
    """Targets from rows: each column a field of the change (checked against the spec), plus
    `id` when the change targets existing objects."""
    if isinstance(rows, (str, os.PathLike)):
        path = Path(rows).absolute()
        records, names, as_text, raw = _read_rows(what, path)
        identity: dict[str, Any] = {"rows": str(path), "sha256": _digest(raw)}
        label = path.name
    else:
        records, as_text = [dict(r) for r in rows], False
        names = list(dict.fromkeys(name for row in records for name in row))
        identity = {"rows": _digest(json.dumps(records, sort_keys=True, default=str).encode())}
        label = "rows"
    params = chosen.params()
    columns = set(names)
    for column in names:
        if column == ID_COLUMN and chosen.targeted:
            continue
        if column not in params:
            raise JobInputError(
                f"{what}: {label} has a column {column!r} that is no field of"
                f" {chosen.operation_id}{closest(column, list(params))}"
            )
    if chosen.targeted and columns and ID_COLUMN not in columns:
        raise JobInputError(f"{what}: {label} needs an {ID_COLUMN!r} column naming each target.")
    targets: list[Target] = []
    for number, record in enumerate(records, 1):
        values = {k: v for k, v in record.items() if k != ID_COLUMN}
        change = check_fields(
            f"{what} ({label} row {number})",
            chosen.operation_id,
            values,
            text=as_text,
            params=params,
        )
        if chosen.kind == "create" and not chosen.targeted:
            missing = missing_required(params, set(change))
            if missing:
                raise JobInputError(
                    f"{what}: {label} row {number} lacks {', '.join(missing)}, which"
                    f" {chosen.operation_id} requires."
                )
        target_id = record.get(ID_COLUMN) if chosen.targeted else None
        if chosen.targeted and not target_id:
            raise JobInputError(f"{what}: {label} row {number} has no {ID_COLUMN}.")
        targets.append(Target(f"row {number}", target_id, None, change))
    return Source(identity, targets)
