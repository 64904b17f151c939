"""One progress reporter for every job: a callback for library users, a bar on a terminal.

A job tells the reporter what it did (`advance`) and what it now knows remains (`expect`); the
reporter turns that into `Progress` snapshots with an ETA computed from the client's pacing (its
`rate_limits`: the limit in force and the bucket's live state), not from recent speed (a job paced
by a rate limit runs at the limit, so the limit is the honest forecast). Bars come from tqdm when it is installed and stderr is a terminal; otherwise nothing is
printed. Callbacks run on the job's event loop and must return quickly.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ._limits import Limit


@dataclass
class TableProgress:
    """One output table (or, for a bulk job, one kind of change)."""

    name: str
    operation_id: str | None
    items: int = 0
    requests: int = 0
    # Requests still to send in this table's bucket, when known (None: unknown, e.g. a search
    # whose total the API does not report).
    requests_left: int | None = None
    failed: int = 0


@dataclass
class Progress:
    """A snapshot handed to the progress callback."""

    tables: dict[str, TableProgress]
    elapsed: float
    eta_seconds: float | None
    finished: bool = False

    @property
    def items(self) -> int:
        return sum(t.items for t in self.tables.values())

    @property
    def requests(self) -> int:
        return sum(t.requests for t in self.tables.values())


ProgressCallback = Callable[[Progress], None]


# How long n more requests of an operation take from now at the client's pacing (None: not paced).
SecondsFor = Callable[[str, int], "float | None"]


def eta_from_limits(
    tables: Mapping[str, TableProgress],
    limits: Mapping[str, Limit | None],
    seconds_for: SecondsFor | None = None,
) -> float | None:
    """Seconds until every bucket has sent what it still must, each at its limit, in parallel.

    Tables sharing an operation share its bucket, so their remaining requests add up. None when a
    limited bucket's remaining work is unknown. `seconds_for` (the client's
    `rate_limits.seconds_for`) reads each bucket's live state - a slot still ahead, a 429 pause,
    other processes' use of a shared store - instead of assuming an idle limiter."""
    per_bucket: dict[str, int] = {}
    for table in tables.values():
        if table.operation_id is None:
            continue
        if table.requests_left is None:
            if limits.get(table.operation_id) is not None:
                return None
            continue
        per_bucket[table.operation_id] = per_bucket.get(table.operation_id, 0) + table.requests_left
    seconds = 0.0
    for operation_id, left in per_bucket.items():
        limit = limits.get(operation_id)
        if limit is None:
            continue
        live = seconds_for(operation_id, left) if seconds_for is not None else None
        seconds = max(seconds, left * limit[1] / limit[0] if live is None else live)
    return seconds


@dataclass
class Reporter:
    """Collects a job's progress and hands snapshots to `callback` and to the terminal bar."""

    limits: Mapping[str, Limit | None]
    callback: ProgressCallback | None = None
    seconds_for: SecondsFor | None = None  # the client's `rate_limits.seconds_for`
    bar: bool | None = None  # None: a bar when stderr is a terminal and tqdm is installed
    every: float = 0.2  # seconds between callbacks (the last one always comes)
    clock: Callable[[], float] = time.monotonic
    tables: dict[str, TableProgress] = field(default_factory=dict)
    _started: float = field(default=0.0, init=False)
    _last: float = field(default=float("-inf"), init=False)
    _bars: dict[str, Any] = field(default_factory=dict, init=False)
    _tqdm: Any = field(default=None, init=False)

    def __post_init__(self) -> None:
        self._started = self.clock()
        want_bar = sys.stderr.isatty() if self.bar is None else self.bar
        if want_bar:
            try:
                from tqdm import tqdm
            except ImportError:  # the bar is optional: no tqdm, no bar
                tqdm = None
            self._tqdm = tqdm

    def table(self, name: str, operation_id: str | None) -> TableProgress:
        found = self.tables.get(name)
        if found is None:
            found = self.tables[name] = TableProgress(name, operation_id)
            if self._tqdm is not None:
                self._bars[name] = self._tqdm(
                    desc=name,
                    unit=" items",
                    position=len(self._bars),
                    leave=True,
                    dynamic_ncols=True,
                )
        return found

    def advance(self, name: str, *, items: int = 0, requests: int = 0, failed: int = 0) -> None:
        table = self.tables[name]
        table.items += items
        table.requests += requests
        table.failed += failed
        if table.requests_left is not None:
            table.requests_left = max(table.requests_left - requests, 0)
        self._emit()

    def expect(self, name: str, more_requests: int | None) -> None:
        """`more_requests` more requests are now known to be needed (None: unknown)."""
        table = self.tables[name]
        if more_requests is None:
            table.requests_left = None
        else:
            table.requests_left = (table.requests_left or 0) + more_requests
        self._emit()

    def settle(self, name: str) -> None:
        """Nothing more is left to request for this table."""
        self.tables[name].requests_left = 0
        self._emit()

    def snapshot(self, finished: bool = False) -> Progress:
        eta = 0.0 if finished else eta_from_limits(self.tables, self.limits, self.seconds_for)
        tables = {name: replace(table) for name, table in self.tables.items()}
        return Progress(tables, self.clock() - self._started, eta, finished)

    def _emit(self, force: bool = False) -> None:
        now = self.clock()
        if not force and now - self._last < self.every:
            return
        self._last = now
        snapshot = self.snapshot()
        if self.callback is not None:
            self.callback(snapshot)
        self._draw(snapshot)

    def _draw(self, snapshot: Progress) -> None:
        for name, bar in self._bars.items():
            table = snapshot.tables[name]
            bar.n = table.items
            eta = "?" if snapshot.eta_seconds is None else f"{snapshot.eta_seconds:.0f}s"
            failed = f", {table.failed} failed" if table.failed else ""
            bar.set_postfix_str(f"{table.requests} requests{failed}, ETA {eta}", refresh=False)
            bar.refresh()

    def finish(self, finished: bool = True) -> Progress:
        """The last snapshot (`finished` False when the job stopped early); closes the bars."""
        snapshot = self.snapshot(finished=finished)
        if self.callback is not None:
            self.callback(snapshot)
        self._draw(snapshot)
        for bar in self._bars.values():
            bar.close()
        self._bars.clear()
        return snapshot
