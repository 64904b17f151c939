"""Run a job's requests in rate-limit buckets: concurrent across buckets, bounded within each.

Pylon's limits are per operation, so each operation is a bucket. Pacing itself is left to the
client's own limiter (one limiter per operation, shared by everything using the client): the
scheduler's job is to keep every bucket busy, so its limiter is never idle, while bounding how many
requests wait on it, and to measure what each bucket achieved. Work in different buckets overlaps
(an issue search and the message fetches of the issues it found run side by side); within a bucket
at most `per_bucket` requests are outstanding, and across all buckets at most `total`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from .._constants import DEFAULT_RATE_LIMIT_BURST
from ._limits import Limit

T = TypeVar("T")

DEFAULT_PER_BUCKET = 4
DEFAULT_TOTAL = 10


@dataclass
class BucketStats:
    """What one bucket did: requests finished, when the first began and the last ended."""

    operation_id: str
    limit: Limit | None
    requests: int = 0
    failures: int = 0
    first_start: float | None = None
    last_end: float | None = None

    @property
    def busy_seconds(self) -> float:
        if self.first_start is None or self.last_end is None:
            return 0.0
        return max(self.last_end - self.first_start, 0.0)

    @property
    def achieved_rate(self) -> float | None:
        """Requests per second between the first start and the last end (None before two)."""
        if self.requests < 2 or self.busy_seconds <= 0:
            return None
        # n requests spaced at the limit span n - 1 intervals.
        return (self.requests - 1) / self.busy_seconds

    @property
    def share_of_limit(self) -> float | None:
        """Achieved rate as a share of the limit in force (1.0 = exactly the documented rate)."""
        rate = self.achieved_rate
        if rate is None or self.limit is None:
            return None
        return rate / (self.limit[0] / self.limit[1])

    def describe(self) -> str:
        """The bucket's line in a job summary. The share of the limit is shown only once the
        limiter was pacing: the first few requests go out at once (its burst), and a share
        computed over them alone would read as many times the limit."""
        share = self.share_of_limit
        head = f"{self.operation_id}: {self.requests} request{'' if self.requests == 1 else 's'}"
        if share is None or self.requests <= DEFAULT_RATE_LIMIT_BURST:
            return head
        return f"{head}, {share:.0%} of its limit"


@dataclass
class _Bucket:
    stats: BucketStats
    slots: asyncio.Semaphore


@dataclass
class Scheduler:
    """Buckets keyed by operation id, with their limits in force (None: not limited)."""

    limits: Mapping[str, Limit | None]
    per_bucket: int = DEFAULT_PER_BUCKET
    total: int = DEFAULT_TOTAL
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict, init=False)
    _all: asyncio.Semaphore | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        if self.per_bucket < 1 or self.total < 1:
            raise ValueError("concurrency must be at least 1")

    def _bucket(self, operation_id: str) -> _Bucket:
        bucket = self._buckets.get(operation_id)
        if bucket is None:
            limit = self.limits.get(operation_id)
            bucket = _Bucket(BucketStats(operation_id, limit), asyncio.Semaphore(self.per_bucket))
            self._buckets[operation_id] = bucket
        return bucket

    async def run(self, operation_id: str, work: Callable[[], Awaitable[T]]) -> T:
        """Run one request of `operation_id`'s bucket when the bucket and the job have room."""
        if self._all is None:
            self._all = asyncio.Semaphore(self.total)
        bucket = self._bucket(operation_id)
        async with bucket.slots, self._all:
            stats = bucket.stats
            if stats.first_start is None:
                stats.first_start = self.clock()
            try:
                return await work()
            except BaseException:
                stats.failures += 1
                raise
            finally:
                stats.requests += 1
                stats.last_end = self.clock()

    def stats(self) -> dict[str, BucketStats]:
        return {name: bucket.stats for name, bucket in self._buckets.items()}

    def seconds_for(self, operation_id: str, requests: int) -> float | None:
        """How long `requests` more requests of a bucket take at its limit (None: not limited)."""
        limit = self.limits.get(operation_id)
        if limit is None:
            return None
        return max(requests, 0) * limit[1] / limit[0]
