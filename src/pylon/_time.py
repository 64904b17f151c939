"""Times as Pylon wants them: RFC 3339 with an explicit offset.

One rule everywhere in the SDK: a naive datetime is an error, never a silent guess about its zone.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from ._errors import PylonValidationError

UTC = timezone.utc


def aware(value: datetime | date | str, what: str) -> datetime:
    """`value` as an aware datetime. A `date` means midnight UTC; a string must be RFC 3339."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise PylonValidationError(f"{what}: {value!r} is not an RFC 3339 time.") from None
    elif not isinstance(value, datetime):
        if isinstance(value, date):
            return datetime(value.year, value.month, value.day, tzinfo=UTC)
        raise PylonValidationError(f"{what} must be a datetime, a date or an RFC 3339 string.")
    if value.tzinfo is None or value.utcoffset() is None:
        raise PylonValidationError(
            f"{what} is a naive datetime; add a time zone, e.g. datetime(2026, 1, 1, tzinfo=timezone.utc)."
        )
    return value


def rfc3339(value: datetime | date | str, what: str) -> str:
    """RFC 3339 text in UTC with a `Z`, e.g. `2026-01-01T00:00:00Z`."""
    moment = aware(value, what)
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # e.g. datetime.max with a negative offset: past year 9999 in UTC
        raise PylonValidationError(
            f"{what}: {value!s} is outside the years 1-9999 once converted to UTC."
        ) from None
    return moment.isoformat().replace("+00:00", "Z")


def windows(start: datetime, end: datetime, max_days: int) -> list[tuple[datetime, datetime]]:
    """Split [start, end) into consecutive half-open windows of at most `max_days`."""
    if end <= start:
        raise PylonValidationError(f"The time window ends ({end}) before it starts ({start}).")
    step, out, cursor = timedelta(days=max_days), [], start
    while cursor < end:
        try:
            following = cursor + step
        except OverflowError:  # the last window reaches datetime.max
            following = end
        out.append((cursor, min(following, end)))
        cursor = following
    return out
