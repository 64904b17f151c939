"""Count the retries and 429s a job's requests met, from the SDK's documented `pylon` log records.

The transport logs each retry at INFO ("Retrying <method> <path> in <s> after <reason> ...", the
reason being e.g. `429 Too Many Requests`). While a job runs, a filter on the `pylon` logger counts
those records. If the logger was quieter than INFO, it is opened to INFO for the job and the filter
drops what the application's logging would not have shown, so the application sees no change.

The log is the only source of these counts the facade offers today: a response's `CallInfo` says
how many attempts a call took but not why, and a job sees the facade's results, not responses.
The client's event hooks (`pylon.hooks`: `RetryScheduled`, and `ResponseReceived` with its status),
once they land, are the cleaner source: the job already calls through its own copy of the client
(`_runner.queueing`), so it can add its hooks there with `with_options(hooks=...)` and count per
operation (per bucket) without touching the application's logging; this module then goes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

_LOGGER = "pylon"


@dataclass
class RetryCounter(logging.Filter):
    retries: int = 0
    rate_limited: int = 0
    _threshold: int = logging.NOTSET
    _previous_level: int = logging.NOTSET

    def __post_init__(self) -> None:
        logging.Filter.__init__(self)

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.INFO and str(record.msg).startswith("Retrying"):
            self.retries += 1
            if any(str(arg).startswith("429") for arg in record.args or ()):
                self.rate_limited += 1
        return record.levelno >= self._threshold

    def __enter__(self) -> RetryCounter:
        logger = logging.getLogger(_LOGGER)
        self._previous_level = logger.level
        self._threshold = logger.getEffectiveLevel()
        if self._threshold > logging.INFO:
            logger.setLevel(logging.INFO)
        logger.addFilter(self)
        return self

    def __exit__(self, *exc: object) -> None:
        logger = logging.getLogger(_LOGGER)
        logger.removeFilter(self)
        logger.setLevel(self._previous_level)
