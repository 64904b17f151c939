"""`client.projects`: customer projects (onboardings, rollouts) and their progress."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import ProjectsMethods


class ProjectsResource(ProjectsMethods[M]):
    """`client.projects`. Pylon lists projects only through search (its filter is optional)."""

    with_raw_response: ClassVar[
        RawResponses[ProjectsResource[RawSyncMode], ProjectsResource[RawAsyncMode]]
    ] = RawResponses()
