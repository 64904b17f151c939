"""Turn the facts that upstream states only in prose into data.

Pylon's published document says some things a generator can't see: each operation's rate limit, which
fields each search endpoint filters on (with operators and allowed values), page-size bounds, and the
time window of `GET /issues`. These readers find those facts in the upstream descriptions so the import
can record them as vendor extensions (`x-rate-limit`, `x-filter`, `x-pagination`, `x-time-window`).
Each reader returns None when the prose doesn't state the fact; the import then leaves it out (or a
correction in spec/corrections.json supplies it, with a reason).
"""

from __future__ import annotations

import re
from typing import Any

_RATE_LIMIT = re.compile(r"rate limit:\**\s*(\d+)\s+requests?\s+per\s+(second|minute|hour)", re.I)
_FILTER_LINE = re.compile(r"^\*\s+(?P<head>[^\n]*)$", re.M)
_OPERATORS = re.compile(r"allowed operators?:\s*(?P<ops>.*)$", re.I)
_BACKTICKED = re.compile(r"`([^`]+)`")
_VALID_VALUES = re.compile(r"valid values are `\[(?P<values>[^\]]*)\]`(?P<rest>[^.]*)", re.I)
_DEPTH = re.compile(r"maximum allowed depth[^.\d]*(\d+)", re.I)
_WINDOW_DAYS = re.compile(r"less than or equal to (\d+) days|max(?:imum)? (\d+) days", re.I)

TIME_OPERATORS = frozenset({"time_is_after", "time_is_before", "time_range"})


def rate_limit(description: str) -> dict[str, Any] | None:
    match = _RATE_LIMIT.search(description or "")
    if not match:
        return None
    return {"requests": int(match.group(1)), "per": match.group(2).lower()}


def filter_max_depth(description: str) -> int | None:
    match = _DEPTH.search(description or "")
    return int(match.group(1)) if match else None


def filterable_fields(description: str) -> dict[str, Any] | None:
    """Read the bullet list of filterable fields of a search endpoint.

    Returns {"custom_fields": bool, "fields": {name: {"operators": [...], "values": [...] | None,
    "open_values": bool}}} or None when the description lists no fields.
    """
    fields: dict[str, Any] = {}
    custom_fields = False
    for line in _FILTER_LINE.finditer(description or ""):
        head = line.group("head").strip()
        if head.lower().startswith("custom fields"):
            custom_fields = True
            continue
        name_match = re.match(r"([a-z_][a-z0-9_]*)", head)
        operators_match = _OPERATORS.search(head)
        if not name_match or not operators_match:
            continue
        entry: dict[str, Any] = {
            "operators": _BACKTICKED.findall(operators_match.group("ops")),
            "values": None,
            "open_values": False,
        }
        values_match = _VALID_VALUES.search(head)
        if values_match:
            entry["values"] = re.findall(r'"([^"]+)"', values_match.group("values"))
            # "... or a custom status slug": the listed values are not the whole set.
            entry["open_values"] = "custom" in values_match.group("rest").lower()
        fields[name_match.group(1)] = entry
    if not fields and not custom_fields:
        return None
    return {"custom_fields": custom_fields, "fields": fields}


def page_size_bounds(description: str) -> dict[str, int] | None:
    """Read "Defaults to 100. Must be greater than 0 and less than 1000." or "Defaults to 25, max 100"."""
    text = description or ""
    bounds: dict[str, int] = {}
    if m := re.search(r"defaults? to (\d+)", text, re.I):
        bounds["default"] = int(m.group(1))
    if m := re.search(r"greater than (\d+)", text, re.I):
        bounds["minimum"] = int(m.group(1)) + 1
    if m := re.search(r"less than (\d+)", text, re.I):
        bounds["maximum"] = int(m.group(1)) - 1
    elif m := re.search(r"max(?:imum)?(?: of)? (\d+)", text, re.I):
        bounds["maximum"] = int(m.group(1))
    if not bounds:
        return None
    bounds.setdefault("minimum", 1)
    return bounds


def window_days(description: str) -> int | None:
    match = _WINDOW_DAYS.search(description or "")
    if not match:
        return None
    return int(match.group(1) or match.group(2))
