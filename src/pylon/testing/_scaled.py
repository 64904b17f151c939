"""The client-side rate limits that match a time-scaled simulator.

A simulator made with `rate_limits=True, time_scale=s` enforces each documented limit over a
window `s` times as long; a client given `rate_limit=scaled_rate_limits(s)` paces itself to the
same windows, so tests and benchmarks run a long job's pacing in a fraction of the time.
"""

from __future__ import annotations


def scaled_rate_limits(time_scale: float) -> dict[str, tuple[int, float]]:
    """`{operation id: (requests, seconds * time_scale)}` for every operation with a limit."""
    from ._spec import operations

    return {
        op.id: (op.rate_limit[0], op.rate_limit[1] * time_scale)
        for op in operations().values()
        if op.rate_limit is not None
    }
