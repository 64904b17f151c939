"""Cursor pagination: the policy once, and the small sync and async drivers of it.

A page walk is written once as a generator (`walk_pages`) that yields either an `ApiCall` to send or
a finished `Page` to hand to the user; the sync and async pagers only drive it. The policy protects
against the bugs other Pylon clients have: a page that says `has_next_page` with an empty cursor ends
the walk cleanly; a repeated cursor or an endless run of empty pages raises `PaginationError` instead
of looping forever. A failure mid-walk carries the cursor to resume from.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._constants import MAX_EMPTY_PAGES
from ._errors import PaginationError, PylonError
from ._public import publish

if TYPE_CHECKING:
    from ._calls import ApiCall

__all__ = [
    "AsyncPager",
    "Page",
    "PageSource",
    "PageWalk",
    "PaginationError",  # defined with the other errors; importable from here as before
    "SyncPager",
    "attach_resume_point",
    "walk_pages",
]

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    """One page: its items, the cursor that fetched it, and what the server said about the next."""

    items: list[T]
    cursor: str | None = None
    pagination: dict[str, Any] | None = None
    request_id: str | None = None

    @property
    def has_next_page(self) -> bool:
        """Whether the server says there is a next page and gave a cursor for it."""
        return bool(self.pagination and self.pagination.get("has_next_page") and self.next_cursor)

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the next page as text. A JSON number is followed as its text form (the
        API documents a string); any other non-string cursor gives None here and makes the
        walk raise `PaginationError` rather than end as if this were the last page."""
        cursor = (self.pagination or {}).get("cursor")
        if isinstance(cursor, (int, float)) and not isinstance(cursor, bool):
            return _number_text(cursor)
        return cursor if isinstance(cursor, str) and cursor else None

    @property
    def unusable_cursor(self) -> object:
        """A present, non-empty cursor that cannot be sent back (an object, a list, a boolean),
        on a page that says there is more; None otherwise."""
        cursor = (self.pagination or {}).get("cursor")
        more = bool(self.pagination and self.pagination.get("has_next_page"))
        if not more or cursor is None or cursor == "" or self.next_cursor is not None:
            return None
        return cursor

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


def _number_text(value: float) -> str | None:
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        if value.is_integer():
            return str(int(value))
    return str(value)


# A source fetches one page for a cursor (None = the first page of that source).
PageSource = Callable[[str | None], "ApiCall"]


@dataclass
class PageWalk(Generic[T]):
    """What to page through: one or more sources in order (several for split time windows)."""

    sources: list[PageSource]
    start_cursor: str | None = None
    max_items: int | None = None
    # An attribute naming each item's identity: items seen before (e.g. on a window boundary) are
    # skipped. Costs one set of ids for the walk; None for plain cursor pages, which never repeat.
    unique_by: str | None = None
    # For a walk over consecutive time windows: each source's [start, end), so a failure can say
    # which part of the range is still to fetch.
    windows: list[tuple[Any, Any]] | None = None


def attach_resume_point(
    exc: PylonError, cursor: str | None, delivered: int, window: tuple[Any, Any] | None = None
) -> None:
    """Record on an error where a new pager can resume: `pager(cursor=exc.cursor)`, or for a
    walk over time windows `issues.list(since=exc.window[0], until=exc.window[1])`."""
    exc.cursor = cursor
    exc.items_delivered = delivered
    exc.window = window


def identity(item: Any, key: str) -> Any:
    """An item's `key` (its id), read from the payload of a model none of whose fields was read
    yet: reading the attribute would parse it, and a model with a field read can no longer hand
    its payload to `to_arrow()` or an export as it is (they rebuild it with `to_dict()`)."""
    unread = getattr(item, "_lazy_unread_payload", None)
    payload = unread() if unread is not None else None
    if payload is not None and key in payload:
        return payload[key]
    return getattr(item, key, None)


def walk_pages(walk: PageWalk[Any]) -> Generator[ApiCall | Page[Any], Any, None]:
    """The page-walking policy. Yields ApiCalls (send them, send back the Page) and Pages (for users)."""
    delivered = 0
    seen_ids: set[Any] = set()
    for index, source in enumerate(walk.sources):
        cursor = walk.start_cursor if index == 0 else None
        seen: set[str] = set()
        empty_run = 0
        while True:
            try:
                page = yield source(cursor)
            except PylonError as exc:
                attach_resume_point(exc, cursor, delivered, _rest_of_range(walk, index))
                raise
            if walk.unique_by is not None:
                key = walk.unique_by
                fresh = [i for i in page.items if identity(i, key) not in seen_ids]
                seen_ids.update(identity(i, key) for i in fresh)
                page.items = fresh
            if walk.max_items is not None and delivered + len(page.items) > walk.max_items:
                page.items = page.items[: walk.max_items - delivered]
            delivered += len(page.items)
            yield page
            if walk.max_items is not None and delivered >= walk.max_items:
                return
            unusable = page.unusable_cursor
            if unusable is not None:
                raise PaginationError(
                    f"The server said there is a next page but its cursor is"
                    f" {type(unusable).__name__} {str(unusable)[:40]!r}, not a string; stopping"
                    " rather than ending the walk as if it were complete.",
                    cursor=cursor,
                    items_delivered=delivered,
                    window=_rest_of_range(walk, index),
                )
            if not page.has_next_page:
                break
            next_cursor = page.next_cursor
            assert next_cursor is not None
            if next_cursor in seen or next_cursor == cursor:
                raise PaginationError(
                    f"The server returned cursor {next_cursor!r} twice; stopping instead of looping.",
                    cursor=cursor,
                    items_delivered=delivered,
                    window=_rest_of_range(walk, index),
                )
            empty_run = empty_run + 1 if not page.items else 0
            if empty_run >= MAX_EMPTY_PAGES:
                raise PaginationError(
                    f"{MAX_EMPTY_PAGES} empty pages in a row each claimed a next page; stopping.",
                    cursor=next_cursor,
                    items_delivered=delivered,
                    window=_rest_of_range(walk, index),
                )
            seen.add(next_cursor)
            cursor = next_cursor


def _rest_of_range(walk: PageWalk[Any], index: int) -> tuple[Any, Any] | None:
    """From the start of window `index` to the end of the last window: what is left to fetch."""
    if not walk.windows:
        return None
    return (walk.windows[index][0], walk.windows[-1][1])


class _PagerBase(Generic[T]):
    def __init__(self, walk: PageWalk[T], execute: Callable[[ApiCall], Any]) -> None:
        self._walk = walk
        self._execute = execute

    def __repr__(self) -> str:
        return f"<{type(self).__name__} sources={len(self._walk.sources)}>"


class SyncPager(_PagerBase[T]):
    """Iterate items across pages lazily (one page in memory); `.pages()`, `.first_page()`, `.collect()`."""

    def pages(self) -> Iterator[Page[T]]:
        """Each page in turn, fetched when the previous one is done with."""
        steps = walk_pages(self._walk)
        reply: Any = None
        while True:
            try:
                step = steps.send(reply)
            except StopIteration:
                return
            if isinstance(step, Page):
                reply = None
                yield step
                continue
            try:
                reply = self._execute(step)
            except PylonError as exc:
                steps.throw(exc)  # records the resume point, then re-raises

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def first_page(self) -> Page[T]:
        """Only the first page (one request)."""
        for page in self.pages():
            return page
        return Page(items=[])

    def collect(self) -> list[T]:
        """Every item, across all pages, in a list (mind `max_items=` for large results)."""
        return list(self)

    def _frame(self, kind: str, method: str) -> Any:
        from .tabular._frames import FrameBuilder, convert, frame_requirements, model_of_walk

        feature = f"{type(self).__name__}.{method}()"
        frame_requirements(kind, feature)
        builder = FrameBuilder(model_of_walk(self._walk), feature)
        for page in self.pages():
            builder.add(page.items)
        return convert(builder.arrow(), kind, feature)

    def to_arrow(self) -> Any:
        """Every item as a `pyarrow.Table`, flattened page by page (columns from the spec; see
        the README's "Export" section). Needs the `[export]` extra."""
        return self._frame("arrow", "to_arrow")

    def to_pandas(self) -> Any:
        """Every item as a pandas DataFrame (through `to_arrow()`). Needs the `[export]` extra."""
        return self._frame("pandas", "to_pandas")

    def to_polars(self) -> Any:
        """Every item as a polars DataFrame (through `to_arrow()`). Needs the `[export]` extra."""
        return self._frame("polars", "to_polars")


class AsyncPager(_PagerBase[T]):
    """`async for` over items; `.pages()`, `await .first_page()`, `await .collect()`; awaiting the
    pager itself collects every item (`messages = await client.issues.messages.list(id)`)."""

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Each page in turn (`async for page in pager.pages()`)."""
        steps = walk_pages(self._walk)
        reply: Any = None
        while True:
            try:
                step = steps.send(reply)
            except StopIteration:
                return
            if isinstance(step, Page):
                reply = None
                yield step
                continue
            try:
                reply = await self._execute(step)
            except PylonError as exc:
                steps.throw(exc)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def first_page(self) -> Page[T]:
        """Only the first page (one request)."""
        async for page in self.pages():
            return page
        return Page(items=[])

    async def collect(self) -> list[T]:
        """Every item, across all pages, in a list (mind `max_items=` for large results)."""
        return [item async for item in self]

    async def _frame(self, kind: str, method: str) -> Any:
        from .tabular._frames import FrameBuilder, convert, frame_requirements, model_of_walk

        feature = f"{type(self).__name__}.{method}()"
        frame_requirements(kind, feature)
        builder = FrameBuilder(model_of_walk(self._walk), feature)
        async for page in self.pages():
            builder.add(page.items)
        return convert(builder.arrow(), kind, feature)

    async def to_arrow(self) -> Any:
        """`SyncPager.to_arrow()`, awaited."""
        return await self._frame("arrow", "to_arrow")

    async def to_pandas(self) -> Any:
        """`SyncPager.to_pandas()`, awaited."""
        return await self._frame("pandas", "to_pandas")

    async def to_polars(self) -> Any:
        """`SyncPager.to_polars()`, awaited."""
        return await self._frame("polars", "to_polars")

    def __await__(self) -> Generator[Any, None, list[T]]:
        return self.collect().__await__()


publish(__name__)
