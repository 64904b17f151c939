"""`client.tasks`: to-dos on accounts, projects and issues."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import TasksMethods


class TasksResource(TasksMethods[M]):
    """`client.tasks`."""

    with_raw_response: ClassVar[
        RawResponses[TasksResource[RawSyncMode], TasksResource[RawAsyncMode]]
    ] = RawResponses()
