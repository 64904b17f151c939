"""An export request, checked whole before any request is sent: collection, format, filter, window.

Everything a user can get wrong (an unknown collection, format or child table, a filter the
endpoint refuses, a time that is not a time, a missing package) fails here with one line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from ... import filters
from .._errors import JobInputError
from ._collections import CHILDREN, CollectionSpec, ExportQuery, collection
from ._formats import check_available, format_for

INCREMENTAL_FORMATS = ("parquet", "jsonl")
# The fields an incremental issues run asks about: created, new message activity, resolved.
CHANGE_FIELDS = ("created_at", "latest_message_activity_at", "resolved_at")


def as_time(value: datetime | date | str | None, option: str) -> datetime | None:
    """An aware UTC datetime from a datetime, a date (its midnight UTC) or an RFC 3339/ISO string."""
    if value is None:
        return None
    moment: Any = value
    if isinstance(value, str):
        text = value.strip()
        text = text[:-1] + "+00:00" if text[-1:] in "Zz" else text
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise JobInputError(
                f"export: {option} must be a date or an RFC 3339 time (2026-01-01 or"
                f" 2026-01-01T00:00:00Z), got {value!r}."
            ) from None
    if isinstance(moment, date) and not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day, tzinfo=timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)  # type: ignore[no-any-return]


def _filter_object(given: Any, endpoint: str) -> filters.Filter | None:
    if given is None:
        return None
    try:
        if isinstance(given, str):
            return filters.parse(given)
        if isinstance(given, filters.Filter):
            return given
        if isinstance(given, Mapping):
            return filters.from_dict(given)
    except filters.FilterError as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise JobInputError(
            f"export: the filter for {endpoint} is not valid: {first_line}"
        ) from exc
    raise JobInputError(
        f"export: filter must be a pylon.filters filter, its text form or a dict, got {type(given).__name__}."
    )


def build_filter(
    spec: CollectionSpec,
    given: Any,
    since: datetime | None,
    until: datetime | None,
    changed_since: datetime | None = None,
) -> dict[str, Any] | None:
    """The search filter in Pylon's wire form, checked against the collection's search endpoint.

    Issues are always read through search (no 30-day window, 999 a page): without any filter, the
    search is for everything created since the epoch."""
    endpoint = spec.search_operation
    if endpoint is None:
        if given is not None or since is not None or until is not None:
            raise JobInputError(
                f"export: {spec.name} can't be filtered (Pylon has no search for it)."
            )
        return None
    parts: list[filters.Filter] = []
    user = _filter_object(given, endpoint)
    if user is not None:
        parts.append(user)
    time_field = filters.Field("created_at")
    if since is not None:
        parts.append(time_field.after(since - timedelta(microseconds=1)))
    if until is not None:
        parts.append(time_field.before(until))
    if changed_since is not None:
        parts.append(filters.Or(*(filters.Field(f).after(changed_since) for f in CHANGE_FIELDS)))
    if not parts and spec.name == "issues":
        parts.append(time_field.after(datetime(1970, 1, 1, tzinfo=timezone.utc)))
    if not parts:
        return None
    combined = parts[0] if len(parts) == 1 else filters.And(*parts)
    try:
        combined.validate(endpoint)
    except filters.FilterError as exc:
        raise JobInputError(f"export: {exc}") from exc
    return combined.to_dict()


@dataclass(frozen=True)
class ExportRequest:
    spec: CollectionSpec
    format: str
    include: tuple[str, ...]
    query: ExportQuery
    filter_input: Any
    since: datetime | None
    until: datetime | None

    @property
    def custom_field_type(self) -> str | None:
        return (
            self.query.object_type if self.spec.needs_object_type else self.spec.custom_field_type
        )


def check_request(
    collection_name: str,
    output: Any,
    *,
    format: str | None,
    include: Sequence[str],
    filter: Any,
    since: Any,
    until: Any,
    object_type: str | None,
    incremental: bool,
    page_size: int | None = None,
) -> ExportRequest:
    spec = collection(collection_name)
    fmt = format_for(output, format)
    check_available(fmt)
    if incremental and fmt not in INCREMENTAL_FORMATS:
        raise JobInputError(
            f"export: an incremental export writes {' or '.join(INCREMENTAL_FORMATS)} parts"
            f" (the reader needs typed columns), not {fmt}."
        )
    wanted = tuple(dict.fromkeys(name.strip().lower() for name in include if name.strip()))
    for name in wanted:
        if name not in spec.children:
            allowed = ", ".join(spec.children) or "nothing"
            raise JobInputError(
                f"export: {spec.name} can't include {name!r}; it can include {allowed}."
            )
    if spec.needs_object_type and not object_type:
        raise JobInputError(f"export: {spec.name} needs the object type (--type / object_type=).")
    start, end = as_time(since, "since"), as_time(until, "until")
    # Checked now, so a bad filter fails before any request; built again per run (incremental).
    if page_size is not None and (
        isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1
    ):
        raise JobInputError(
            f"export: page_size must be a positive whole number, got {page_size!r}."
        )
    query = ExportQuery(build_filter(spec, filter, start, end), object_type, page_size)
    return ExportRequest(spec, fmt, wanted, query, filter, start, end)


__all__ = ["CHILDREN", "ExportRequest", "as_time", "build_filter", "check_request"]
