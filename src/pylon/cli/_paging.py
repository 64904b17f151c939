"""Walking a paged list through `Pylon.request`, with the cursor where the spec puts it.

Pylon answers `{"data": [...], "pagination": {"cursor": ..., "has_next_page": ...}}`. The walk
sends the next cursor in the query string or in the JSON body (the spec's `x-pagination` says
which), stops after `max_items`, and refuses to loop: a page that claims more but gives no new
cursor ends the walk with an error instead of repeating forever.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from pylon import PaginationError

QueryEncoder = Callable[[Mapping[str, Any]], str]


def send(
    client: Any,
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None = None,
    encode: QueryEncoder | None = None,
    **parts: Any,
) -> Any:
    """One `client.request`, the query written by `encode` (the operation's spec styles) when
    there is one, else by httpx."""
    if encode is not None and params:
        return client.request(method, path + encode(params), **parts)
    return client.request(method, path, params=params or None, **parts)


def items_of(payload: Any) -> list[Any]:
    data = payload.get("data") if isinstance(payload, dict) else None
    return data if isinstance(data, list) else []


def walk(
    client: Any,
    method: str,
    path: str,
    *,
    cursor_in: str | None,
    params: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    limit: int | None = None,
    cursor: str | None = None,
    max_items: int | None = None,
    encode: QueryEncoder | None = None,
) -> Iterator[Any]:
    """Every item of every page (each page requested only when the previous one is used up)."""
    query, payload = dict(params or {}), dict(body) if body is not None else None
    target = query if cursor_in == "query" else payload
    if cursor_in == "body" and target is None:
        target = payload = {}
    seen: set[str] = set()
    count = 0
    while True:
        if target is not None:
            if cursor:
                target["cursor"] = cursor
            if limit is not None:
                target["limit"] = limit
        page = send(client, method, path, params=query, encode=encode, json=payload)
        for item in items_of(page):
            if max_items is not None and count >= max_items:
                return
            yield item
            count += 1
        pagination = page.get("pagination") if isinstance(page, dict) else None
        if target is None or not isinstance(pagination, dict):
            return
        if not pagination.get("has_next_page"):
            return
        cursor = pagination.get("cursor")
        if not isinstance(cursor, str) or not cursor or cursor in seen:
            raise PaginationError(
                f"{method} {path}: the page says there is a next page but gives"
                f" {'a cursor already used' if cursor in seen else 'no usable cursor'};"
                " stopping rather than looping.",
                cursor=cursor if isinstance(cursor, str) else None,
                items_delivered=count,
            )
        seen.add(cursor)
        if max_items is not None and count >= max_items:
            return


def windows(days: int, max_days: int, now: datetime | None = None) -> Iterator[tuple[str, str]]:
    """(start, end) RFC 3339 pairs covering the last `days` days, newest first, each at most
    `max_days` long: the API answers only bounded windows."""
    end = now or datetime.now(timezone.utc)
    start = end - timedelta(days=days)
    while end > start:
        window_start = max(start, end - timedelta(days=max_days))
        yield _rfc3339(window_start), _rfc3339(end)
        end = window_start


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
