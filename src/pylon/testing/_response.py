"""The simulator's answer to one request, and how the front ends cut a body into chunks.

A leaf module: the simulator builds :class:`SimResponse`, and the front ends that carry it out (the
ASGI app, the in-process httpx transport, the served app) read it, so all of them import it from
here and none of them needs the simulator module at import time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ._faults import FaultAction


@dataclass
class SimResponse:
    """One answer: status, headers, body, and the fault (if any) the front end must act out."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    operation: str | None = None
    fault: FaultAction | None = None

    def json(self) -> Any:
        return json.loads(self.body)


def iter_chunks(body: bytes, size: int) -> Iterator[bytes]:
    """``body`` in pieces of ``size`` bytes (the last may be shorter), for dripped responses."""
    for start in range(0, len(body), size):
        yield body[start : start + size]
