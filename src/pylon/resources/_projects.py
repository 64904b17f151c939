"""`client.projects`: customer projects (onboardings, rollouts) and their progress."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.delete_project_response_body import DeleteProjectResponseBody
    from pylon_openapi.models.project import Project
    from pylon_openapi.params import CreateProjectRequestBodyParams, UpdateProjectRequestBodyParams


class ProjectsResource(BaseResource[M]):
    """`client.projects`. Pylon lists projects only through search (its filter is optional)."""

    @paged_method
    def search(
        self,
        filter: Any = None,
        /,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Project]:
        """Projects matching a filter, or every project when there is none."""
        return self._search(
            "SearchProjects",
            filter,
            limit=limit,
            cursor=cursor,
            max_items=max_items,
        )

    @api_method
    def create(
        self, body: Any = None, /, **fields: Unpack[CreateProjectRequestBodyParams]
    ) -> Flow[Project]:
        return (yield from self._call("CreateProject", body=body, fields=fields))

    @api_method
    def update(
        self, project_id: str, body: Any = None, /, **fields: Unpack[UpdateProjectRequestBodyParams]
    ) -> Flow[Project]:
        return (
            yield from self._call(
                "UpdateProject", path={"id": project_id}, body=body, fields=fields
            )
        )

    @api_method
    def delete(self, project_id: str) -> Flow[DeleteProjectResponseBody]:
        return (yield from self._call("DeleteProject", path={"id": project_id}))
