"""Turning Python values into the strings Pylon's filter wire format carries.

Pylon takes every filter value as a string. The rules, one place for the whole package:

* ``str`` is sent as is (time and number operators check and normalise it, see below);
* ``bool`` becomes ``"true"`` / ``"false"`` (checked before ``int``: ``bool`` is an ``int``);
* ``int``, ``float`` and ``Decimal`` become their plain decimal text, never exponent notation
  (``1e20`` is sent as ``"100000000000000000000"``); NaN and infinities are refused;
* an aware ``datetime`` becomes RFC 3339 in UTC, written with ``Z``
  (``2024-01-01T09:30:00Z``; microseconds only when non-zero). Converting to UTC gives one
  spelling per instant, so filters over the same instant compare equal whatever zone built them;
* a *naive* ``datetime`` is refused: the project never guesses a time zone;
* a ``date`` means midnight UTC at the start of that day;
* an ``enum.Enum`` member is replaced by its ``.value`` (then these rules apply to it);
* anything else (``None``, ``bytes``, lists where one value is expected, ...) is refused.
"""

from __future__ import annotations

import enum
import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from ._errors import FilterError

__all__ = [
    "Scalar",
    "is_number_text",
    "is_time_text",
    "normalise",
    "number_text",
    "plain_text",
    "time_text",
]

#: What a single filter value may be on the Python side.
Scalar = str | bool | int | float | Decimal | datetime | date | enum.Enum

_DATE_ONLY = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?"
    r"(?:([Zz])|([+-])(\d{2}):(\d{2}))?",
    re.ASCII,
)
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


def _unwrap(value: object) -> object:
    while isinstance(value, enum.Enum):
        value = value.value
    return value


def _utc_text(moment: datetime) -> str:
    text = moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat()
    return text + "Z"


def _parse_time_text(text: str) -> datetime | None:
    """An aware datetime for an RFC 3339 date-time or a bare date; None when it is neither.

    Raises FilterError for a date-time without a UTC offset, which is well-formed but naive.
    """
    if _DATE_ONLY.fullmatch(text):
        try:
            return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=timezone.utc)
        except ValueError:
            return None
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    if zulu is None and sign is None:
        raise FilterError(
            f"time {text!r} has no UTC offset; add 'Z' for UTC or an offset such as '+02:00' "
            "(times without a zone are refused rather than guessed)"
        )
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        offset = timedelta(0)
        if sign is not None:
            if int(off_h) > 23 or int(off_m) > 59:
                return None
            offset = timedelta(hours=int(off_h), minutes=int(off_m))
            offset = -offset if sign == "-" else offset
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            micro,
            tzinfo=timezone(offset),
        )
    except ValueError:
        return None


def time_text(value: object) -> str:
    """The canonical RFC 3339 UTC text for a value given to a time operator.

    Accepts an aware ``datetime``, a ``date`` (midnight UTC), or a string holding an RFC 3339
    date-time with an offset or a bare ``YYYY-MM-DD`` date (midnight UTC).
    """
    value = _unwrap(value)
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise FilterError(
                f"naive datetime {value!r}: add a time zone, e.g. "
                "datetime(2024, 1, 1, tzinfo=timezone.utc) "
                "(naive datetimes are refused rather than guessed as UTC or local time)"
            )
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day, tzinfo=timezone.utc)
    elif isinstance(value, str):
        parsed = _parse_time_text(value)
        if parsed is None:
            raise FilterError(
                f"{value!r} is not an RFC 3339 time; "
                "write e.g. '2024-01-01T09:30:00Z', '2024-01-01T09:30:00+02:00' or '2024-01-01'"
            )
        moment = parsed
    else:
        raise FilterError(
            "a time must be a timezone-aware datetime, a date or an RFC 3339 string, "
            f"not {type(value).__name__}"
        )
    try:
        return _utc_text(moment)
    except OverflowError:
        raise FilterError(f"time {value!r} is out of range once converted to UTC") from None


def is_time_text(text: str) -> bool:
    """Whether ``text`` reads as a time (an RFC 3339 date-time, naive or not, or a bare date)."""
    try:
        return _parse_time_text(text) is not None
    except FilterError:
        return True


def _decimal_text(number: Decimal) -> str:
    if not number.is_finite():
        raise FilterError(f"{number} is not a finite number")
    return format(number, "f")


def number_text(value: object) -> str:
    """The decimal text of a value given to a numeric operator (``greater_than`` & co.)."""
    value = _unwrap(value)
    if isinstance(value, bool):
        raise FilterError(f"{value!r} is a boolean; numeric operators take numbers")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _decimal_text(Decimal(repr(value)))
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, str):
        if not _NUMBER.fullmatch(value):
            raise FilterError(f"{value!r} is not a number")
        try:
            return _decimal_text(Decimal(value))
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
            raise FilterError(f"{value!r} is not a number") from None
    raise FilterError(
        f"a number must be an int, float, Decimal or numeric string, not {type(value).__name__}"
    )


def is_number_text(text: str) -> bool:
    """Whether ``text`` reads as a number."""
    return _NUMBER.fullmatch(text) is not None


def plain_text(value: object) -> str:
    """The wire text of a value given to a non-time, non-numeric operator."""
    value = _unwrap(value)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, Decimal)):
        return number_text(value)
    if isinstance(value, date):  # datetime is a date too
        return time_text(value)
    if isinstance(value, (bytes, bytearray)):
        raise FilterError("filter values are text; decode bytes before using them as a value")
    raise FilterError(
        "a filter value must be a str, bool, int, float, Decimal, datetime, date or Enum, "
        f"not {type(value).__name__}"
    )


def normalise(kind: str, value: object) -> str:
    """The wire text of ``value`` for an operator whose values are of ``kind`` (see
    ``OperatorSpec.kind``)."""
    if kind == "time":
        return time_text(value)
    if kind == "number":
        return number_text(value)
    return plain_text(value)
