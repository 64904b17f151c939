"""RFC 3339 timestamps in one canonical form.

Every timestamp the simulator stores is ``YYYY-MM-DDTHH:MM:SSZ`` (UTC, whole seconds), so
timestamps compare correctly as strings; filters, windows and indexes rely on that.
"""

from __future__ import annotations

import re
import time
from datetime import datetime, timezone

from ._errors import bad_request

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def parse(value: object, what: str = "timestamp") -> datetime:
    """Parse an RFC 3339 timestamp with an explicit offset (400 otherwise)."""
    if not isinstance(value, str) or not _RFC3339.match(value):
        raise bad_request(f"{what} must be an RFC 3339 timestamp, got {value!r}")
    text = value.replace("z", "Z").replace("Z", "+00:00").replace("t", "T").replace(" ", "T")
    try:
        return datetime.fromisoformat(text).astimezone(timezone.utc)
    except ValueError:
        raise bad_request(f"{what} must be an RFC 3339 timestamp, got {value!r}") from None


def fmt(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


_DAYS: dict[int, str] = {}
_CLOCK: list[str] = []


def fmt_epoch(seconds: float) -> str:
    """Fast formatting for bulk seeding: the date part is cached per day and the time of day
    comes from a table of the 86,400 "HH:MM:SSZ" strings, built on first use."""
    if not _CLOCK:
        _CLOCK.extend(
            f"{h:02d}:{m:02d}:{s:02d}Z" for h in range(24) for m in range(60) for s in range(60)
        )
    day, rest = divmod(int(seconds), 86400)
    prefix = _DAYS.get(day)
    if prefix is None:
        prefix = _DAYS[day] = time.strftime("%Y-%m-%dT", time.gmtime(day * 86400))
    return prefix + _CLOCK[rest]


def canonical(value: object, what: str = "timestamp") -> str:
    return fmt(parse(value, what))
