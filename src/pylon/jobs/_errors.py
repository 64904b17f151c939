"""The errors a job raises before or while it runs. Each says what to do next in one line."""

from __future__ import annotations

from .._errors import PylonError, PylonValidationError

__all__ = ["JobError", "JobInputError", "JobMismatchError", "OutputExistsError"]


class JobError(PylonError):
    """A long-running job stopped; `resumable` says whether running the same command continues it."""

    resumable: bool = False


class JobInputError(JobError, PylonValidationError):
    """A job's input is refused before any request: an unknown collection or format, a bad option."""


class JobMismatchError(JobInputError):
    """A checkpoint or journal belongs to a different command; `differences` names what differs."""

    def __init__(self, message: str, differences: dict[str, tuple[object, object]]) -> None:
        super().__init__(message)
        self.differences = differences


class OutputExistsError(JobInputError):
    """The output exists and no checkpoint says it is ours to continue (pass overwrite=True)."""
