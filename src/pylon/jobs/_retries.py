"""Count the retries and 429s a job's requests met, from the client's event hooks.

A job calls through its own copy of the client (`_runner.ClientRunner`), and this counter's hooks
are added to that copy with `with_options(hooks=...)`, which adds to the application's hooks rather
than replacing them: the application's own hooks, tracing and logging see every call as before, and
nothing outside the job is touched. A sync client's calls run in the job's thread pool, so hooks
fire on several threads at once; the counts take a lock.
"""

from __future__ import annotations

import threading

from ..hooks import Hooks, RetryScheduled

__all__ = ["RetryCounter"]


class RetryCounter:
    """`retries`: attempts the retry policy sent again; `rate_limited`: those that were 429s."""

    def __init__(self) -> None:
        self.retries = 0
        self.rate_limited = 0
        self._lock = threading.Lock()

    def on_retry(self, event: RetryScheduled) -> None:
        with self._lock:
            self.retries += 1
            if event.status_code == 429:
                self.rate_limited += 1

    def hooks(self) -> Hooks:
        return Hooks(on_retry=self.on_retry)
