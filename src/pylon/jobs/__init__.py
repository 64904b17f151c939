"""Long-running jobs on top of the facade: export (and, later, bulk changes).

Every job runs on one engine: a scheduler that keeps each rate-limit bucket busy at the limit in
force (`_scheduler`), a durable append-only journal that makes a killed job resumable by running
the same command again (`_journal`), and one progress reporter (a callback, or a bar on a
terminal: `_progress`). Jobs use only the facade's public names, as a user's script would.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._errors import JobError, JobInputError, JobMismatchError, OutputExistsError
    from ._journal import Journal
    from ._progress import Progress, TableProgress
    from ._scheduler import BucketStats, Scheduler

_LAZY = {
    "JobError": "._errors",
    "JobInputError": "._errors",
    "JobMismatchError": "._errors",
    "OutputExistsError": "._errors",
    "Journal": "._journal",
    "Progress": "._progress",
    "TableProgress": "._progress",
    "BucketStats": "._scheduler",
    "Scheduler": "._scheduler",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name not in _LAZY:
        raise AttributeError(f"module 'pylon.jobs' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "BucketStats",
    "JobError",
    "JobInputError",
    "JobMismatchError",
    "Journal",
    "OutputExistsError",
    "Progress",
    "Scheduler",
    "TableProgress",
]
