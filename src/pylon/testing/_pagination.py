"""Cursor pagination: page-size bounds from the spec, opaque cursors, result snapshots.

The first page of a list or search evaluates the query once and keeps the ordered id list as a
*snapshot*; a cursor is base64 of ``{"s": snapshot, "o": offset}``. Later pages slice the snapshot,
so paging 100,000 issues 999 at a time costs O(page) per request, not O(n). Objects deleted after
the snapshot are skipped, updated ones are served as they are now (the way a live API behaves
under concurrent writes). Snapshots live in a bounded LRU and, optionally, expire after
``cursor_ttl`` seconds: an unknown or expired cursor is a 400, like a stale cursor on a real API.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ._errors import bad_request

_MAX_SNAPSHOTS = 64


def parse_limit(raw: Any, pagination: dict[str, Any] | None, *, source: str) -> int | None:
    """Validate ``limit`` against the operation's x-pagination bounds (400 when out of range)."""
    bounds = pagination or {}
    low, high, default = (
        bounds.get("limit_min"),
        bounds.get("limit_max"),
        bounds.get("limit_default"),
    )
    if raw is None or raw == "":
        return default if isinstance(default, int) else None
    if isinstance(raw, bool):
        raise bad_request(f"limit in {source} must be an integer")
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise bad_request(f"limit in {source} must be an integer") from None
    if isinstance(raw, float) and raw != value:
        raise bad_request(f"limit in {source} must be an integer")
    if (isinstance(low, int) and value < low) or (isinstance(high, int) and value > high):
        raise bad_request(f"limit must be between {low} and {high}, got {value}")
    return value


@dataclass
class _Snapshot:
    key: str
    owner: str
    ids: Sequence[str]
    created: float


@dataclass(frozen=True)
class Page:
    ids: Sequence[str]
    cursor: str
    has_next_page: bool


def _encode(snapshot: str, offset: int) -> str:
    raw = json.dumps({"s": snapshot, "o": offset}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> tuple[str, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        snapshot, offset = data["s"], data["o"]
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise bad_request("invalid cursor") from None
    if not isinstance(snapshot, str) or not isinstance(offset, int) or offset < 0:
        raise bad_request("invalid cursor")
    return snapshot, offset


class Paginator:
    """Holds snapshots and cuts pages; one per simulator."""

    def __init__(self, monotonic: Callable[[], float], ttl: float | None = None) -> None:
        self._monotonic = monotonic
        self.ttl = ttl
        self._snapshots: OrderedDict[str, _Snapshot] = OrderedDict()
        self._counter = 0
        self._lock = threading.Lock()

    def page(
        self,
        owner: str,
        cursor: str | None,
        limit: int | None,
        compute: Callable[[], Sequence[str]],
    ) -> Page:
        """Serve one page. ``compute`` runs only for a first page (no cursor)."""
        if cursor:
            snap_key, offset = _decode(cursor)
            snap = self._get(snap_key, owner)
            ids = snap.ids
        else:
            offset, ids = 0, compute()
            snap_key = ""
        size = len(ids) if limit is None else limit
        end = offset + size
        has_next = end < len(ids)
        if has_next and not snap_key:
            snap_key = self._store(owner, ids)
        return Page(ids[offset:end], _encode(snap_key, end) if has_next else "", has_next)

    def _store(self, owner: str, ids: Sequence[str]) -> str:
        with self._lock:
            self._counter += 1
            key = f"{self._counter:x}"
            self._snapshots[key] = _Snapshot(key, owner, tuple(ids), self._monotonic())
            while len(self._snapshots) > _MAX_SNAPSHOTS:
                self._snapshots.popitem(last=False)
            return key

    def _get(self, key: str, owner: str) -> _Snapshot:
        with self._lock:
            snap = self._snapshots.get(key)
            if snap is None or snap.owner != owner:
                raise bad_request("invalid or expired cursor")
            if self.ttl is not None and self._monotonic() - snap.created > self.ttl:
                del self._snapshots[key]
                raise bad_request("cursor expired, restart the listing")
            self._snapshots.move_to_end(key)
            return snap
