"""The in-memory state: one collection per resource, scoped by parent for nested resources.

A collection is named after the literal segments of its route (``"issues"``,
``"issues/messages"``, ``"knowledge-bases/articles"``) and a *scope*, the tuple of parent ids
(``("<issue id>",)`` for one issue's messages, ``("<type>",)`` for custom objects of one type).
Records are plain dicts in the response shape; keys starting with ``_`` are internal (followers,
ticket form, ...) and are stripped when a record is rendered. Tests read the store directly to
count objects, e.g. to prove that a retried create was not duplicated.
"""

from __future__ import annotations

import bisect
import json
import threading
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

Record = dict[str, Any]
Scope = tuple[str, ...]
ScopeFactory = Callable[[Scope], list[Record] | None]


class RawItems(list[bytes]):
    """Pre-serialised JSON items for a response's ``data`` (see ``Collection.rendered``)."""


def key_of(record: Record) -> str:
    """A record's key: its ``id``, or ``_id`` for objects the API shows without one
    (issue statuses are known by slug)."""
    ident = record["id"] if "id" in record else record["_id"]
    return str(ident)


def public(record: Record) -> Record:
    """The record as the API shows it (internal ``_`` keys removed)."""
    return {k: v for k, v in record.items() if k[:1] != "_"}


class Collection:
    """Ordered records of one resource in one scope, with an optional ``created_at`` index.

    The index (a sorted list of ``(created_at, id)``; timestamps are stored in one canonical
    RFC 3339 form, so strings sort like instants) answers ``GET /issues`` windows by bisection.
    """

    def __init__(self, time_index: str | None = None) -> None:
        self._records: dict[str, Record] = {}
        self._time_field = time_index
        self._index: list[tuple[str, str]] = []
        self._rendered: dict[str, bytes] = {}

    def rendered(self, ident: str) -> bytes | None:
        """The record's public JSON, cached until the record is replaced (pages of 999 issues
        are then a join of cached fragments, not 999 serialisations). Records are never
        mutated in place, only replaced through :meth:`put`, which keeps the cache honest."""
        cached = self._rendered.get(ident)
        if cached is None:
            record = self._records.get(ident)
            if record is None:
                return None
            cached = json.dumps(public(record), separators=(",", ":"), ensure_ascii=False).encode()
            self._rendered[ident] = cached
        return cached

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[Record]:
        return iter(list(self._records.values()))

    def __contains__(self, ident: object) -> bool:
        return ident in self._records

    def ids(self) -> list[str]:
        return list(self._records)

    def get(self, ident: str) -> Record | None:
        return self._records.get(ident)

    def put(self, record: Record) -> Record:
        ident = key_of(record)
        self._rendered.pop(ident, None)
        old = self._records.get(ident)
        if old is not None and self._time_field:
            self._unindex(old)
        self._records[ident] = record
        if self._time_field and record.get(self._time_field):
            bisect.insort(self._index, (record[self._time_field], ident))
        return record

    def bulk_load(self, records: list[Record]) -> None:
        """Add many records at once (seeding): one sort instead of n insertions."""
        for record in records:
            self._records[key_of(record)] = record
        if self._time_field:
            field = self._time_field
            self._index.extend((r[field], key_of(r)) for r in records if r.get(field))
            self._index.sort()

    def delete(self, ident: str) -> Record | None:
        self._rendered.pop(ident, None)
        record = self._records.pop(ident, None)
        if record is not None and self._time_field:
            self._unindex(record)
        return record

    def _unindex(self, record: Record) -> None:
        key = (record.get(self._time_field or ""), key_of(record))
        pos = bisect.bisect_left(self._index, key)
        if pos < len(self._index) and self._index[pos] == key:
            del self._index[pos]

    def ids_between(self, start: str, end: str) -> list[str]:
        """Ids with ``start <= time field < end`` (half-open), oldest first."""
        lo = bisect.bisect_left(self._index, (start, ""))
        hi = bisect.bisect_left(self._index, (end, ""))
        return [ident for _, ident in self._index[lo:hi]]

    def ids_by_time(self) -> list[str]:
        """All ids in time-index order (records without the time field last)."""
        seen = [ident for _, ident in self._index]
        if len(seen) != len(self._records):
            indexed = set(seen)
            seen.extend(i for i in self._records if i not in indexed)
        return seen


class Store:
    """All collections of one simulator. Thread-safe through the simulator's lock."""

    TIME_INDEXED: ClassVar[dict[str, str]] = {"issues": "created_at"}

    def __init__(self) -> None:
        self._collections: dict[tuple[str, Scope], Collection] = {}
        self._factories: dict[str, ScopeFactory] = {}
        self.lock = threading.RLock()

    def collection(self, name: str, scope: Scope = ()) -> Collection:
        key = (name, scope)
        coll = self._collections.get(key)
        if coll is None:
            coll = Collection(self.TIME_INDEXED.get(name))
            factory = self._factories.get(name)
            if factory is not None:
                records = factory(scope)
                if records:
                    coll.bulk_load(records)
            self._collections[key] = coll
        return coll

    def set_lazy_factory(self, name: str, factory: ScopeFactory) -> None:
        """Build a scope's records on first access (seeded messages of 100k issues)."""
        self._factories[name] = factory

    def get(self, name: str, ident: str, scope: Scope = ()) -> Record | None:
        return self.collection(name, scope).get(ident)

    def count(self, name: str, scope: Scope | None = None) -> int:
        """Objects in one scope, or (``scope=None``) across every scope already materialised."""
        if scope is not None:
            return len(self.collection(name, scope))
        return sum(len(c) for (n, _), c in list(self._collections.items()) if n == name)

    def scopes(self, name: str) -> list[Scope]:
        return [s for (n, s) in list(self._collections) if n == name]

    def drop_scope(self, name: str, scope: Scope) -> None:
        self._collections.pop((name, scope), None)

    def names(self) -> list[str]:
        return sorted({n for n, _ in self._collections})
