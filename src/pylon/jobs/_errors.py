"""The errors a job raises before or while it runs. Each says what to do next in one line."""

from __future__ import annotations

# Defined with every other error of the SDK (pylon/_errors.py draws the whole tree).
from .._errors import (
    ExportStoppedError,
    JobError,
    JobInputError,
    JobMismatchError,
    OutputExistsError,
)

__all__ = [
    "ExportStoppedError",
    "JobError",
    "JobInputError",
    "JobMismatchError",
    "OutputExistsError",
]
