"""Per-operation rate limits from the spec's ``x-rate-limit``, as a sliding window.

Pylon documents a limit per operation (10, 20 or 60 requests a minute) but not the window kind
nor whether limits are per token; the simulator takes the strictest reading: a sliding window
per operation, shared by every token. Only admitted requests count. ``time_scale`` shrinks the
window (0.01 makes a minute last 0.6 s) so tests never wait real minutes; ``Retry-After`` is in
real seconds, rounded up, in the form chosen by ``retry_after`` ("seconds", "http-date" or
"none" to omit the header).
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable
from email.utils import formatdate

from ._errors import ApiError


class RateLimiter:
    def __init__(
        self,
        *,
        enabled: bool,
        time_scale: float,
        monotonic: Callable[[], float],
        wall: Callable[[], float],
        retry_after: str = "seconds",
    ) -> None:
        if retry_after not in ("seconds", "http-date", "none"):
            raise ValueError("retry_after must be 'seconds', 'http-date' or 'none'")
        self.enabled = enabled
        self.time_scale = time_scale
        self.retry_after = retry_after
        self._monotonic = monotonic
        self._wall = wall
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()

    def used(self, op_id: str, limit: tuple[int, float] | None) -> int:
        """Requests of ``op_id`` admitted in its current (scaled) window."""
        if limit is None:
            return 0
        now = self._monotonic()
        window = limit[1] * self.time_scale
        with self._lock:
            return sum(1 for hit in self._hits.get(op_id, ()) if hit > now - window)

    def check(self, op_id: str, limit: tuple[int, float] | None) -> None:
        """Admit the request or raise a 429 ``ApiError`` carrying ``Retry-After``."""
        if not self.enabled or limit is None:
            return
        requests, per = limit
        window = per * self.time_scale
        now = self._monotonic()
        with self._lock:
            hits = self._hits.setdefault(op_id, deque())
            while hits and hits[0] <= now - window:
                hits.popleft()
            if len(hits) < requests:
                hits.append(now)
                return
            wait = max(hits[0] + window - now, 0.0)
        headers: dict[str, str] = {}
        seconds = max(1, math.ceil(wait))
        if self.retry_after == "seconds":
            headers["Retry-After"] = str(seconds)
        elif self.retry_after == "http-date":
            headers["Retry-After"] = formatdate(self._wall() + seconds, usegmt=True)
        raise ApiError(
            429, f"rate limit exceeded: {requests} requests per {int(per)} s", headers=headers
        )
