"""`client.projects`: customer projects (onboardings, rollouts) and their progress."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._pagination import PageWalk
from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode, calls, paged_method
from ._generated import ProjectsMethods

if TYPE_CHECKING:
    from pylon_openapi.models.project import Project


class ProjectsResource(ProjectsMethods[M]):
    """`client.projects`. Pylon lists projects only through search (its filter is optional)."""

    with_raw_response: ClassVar[
        RawResponses[ProjectsResource[RawSyncMode], ProjectsResource[RawAsyncMode]]
    ] = RawResponses()

    @paged_method
    @calls("SearchProjects")
    def list(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> PageWalk[Project]:
        """Every project: Pylon lists projects only through its search, so this is
        `projects.search()` without a filter (the plan's `projects.list`)."""
        return self._search("SearchProjects", None, limit=limit, cursor=cursor, max_items=max_items)
