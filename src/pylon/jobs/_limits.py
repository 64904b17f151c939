"""The rate limit in force for an operation: the client's override, else the spec's documented one.

Read from public names only (the client's `rate_limits` and the generated spec tables), so a job
plans with exactly the numbers the client's own limiter enforces, and nothing is restated.
"""

from __future__ import annotations

from typing import Any

Limit = tuple[int, float]


def documented_limit(operation_id: str) -> Limit | None:
    """The spec's `x-rate-limit` of an operation as (requests, per seconds), or None."""
    from pylon_openapi.spec_tables import OPERATIONS

    entry = OPERATIONS.get(operation_id)
    if entry is None:
        raise KeyError(f"{operation_id!r} is not an operation of the pinned spec")
    limit = entry.get("rate_limit")
    return (int(limit[0]), float(limit[1])) if limit else None


def limit_in_force(client: Any, operation_id: str) -> Limit | None:
    """What the client's limiter enforces for `operation_id`: None when limiting is off for it.
    Read from `client.rate_limits`, the view of the limiters themselves."""
    state = client.rate_limits.get(operation_id)
    if state is None or not state.paced:
        return None
    return (state.limit, state.per_seconds)


def requests_per_second(limit: Limit | None) -> float | None:
    return None if limit is None else limit[0] / limit[1]
