"""The rate limit in force for an operation: the client's override, else the spec's documented one.

Read from the client's public `rate_limits` (the view of its limiters), so a job plans with exactly
the numbers the client's own limiter enforces, and nothing is restated. This is where every job's
pacing numbers come from: `limits_in_force` gives the scheduler's buckets and the progress
reporter's ETA (`_progress.eta_from_limits`) the same mapping.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Limit = tuple[int, float]


def limit_in_force(client: Any, operation_id: str) -> Limit | None:
    """What the client's limiter enforces for `operation_id`: None when limiting is off for it.
    Read from `client.rate_limits`, the view of the limiters themselves."""
    state = client.rate_limits.get(operation_id)
    if state is None or not state.paced:
        return None
    return (state.limit, state.per_seconds)


def limits_in_force(client: Any, operation_ids: Iterable[str]) -> dict[str, Limit | None]:
    """`limit_in_force` of each operation a job may call."""
    return {operation_id: limit_in_force(client, operation_id) for operation_id in operation_ids}


def requests_per_second(limit: Limit | None) -> float | None:
    return None if limit is None else limit[0] / limit[1]
