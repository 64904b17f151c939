"""`client.tasks`: to-dos on accounts, projects and issues."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.delete_task_response_body import DeleteTaskResponseBody
    from pylon_openapi.models.task import Task
    from pylon_openapi.params import CreateTaskRequestBodyParams, UpdateTaskRequestBodyParams


class TasksResource(BaseResource[M]):
    """`client.tasks`."""

    @paged_method
    def list(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> PageWalk[Task]:
        """Every task. `limit` is the page size (1-999); `max_items` caps the total."""
        return self._list("GetTasks", limit=limit, cursor=cursor, max_items=max_items)

    @api_method
    def get(self, task_id: str) -> Flow[Task]:
        return (yield from self._call("GetTask", path={"id": task_id}))

    @paged_method
    def search(
        self,
        filter: Any = None,
        /,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Task]:
        """Tasks matching a filter, or every task when there is none (the filter is optional)."""
        return self._search(
            "SearchTasks",
            filter,
            limit=limit,
            cursor=cursor,
            max_items=max_items,
        )

    @api_method
    def create(
        self, body: Any = None, /, **fields: Unpack[CreateTaskRequestBodyParams]
    ) -> Flow[Task]:
        return (yield from self._call("CreateTask", body=body, fields=fields))

    @api_method
    def update(
        self, task_id: str, body: Any = None, /, **fields: Unpack[UpdateTaskRequestBodyParams]
    ) -> Flow[Task]:
        return (yield from self._call("UpdateTask", path={"id": task_id}, body=body, fields=fields))

    @api_method
    def delete(self, task_id: str) -> Flow[DeleteTaskResponseBody]:
        return (yield from self._call("DeleteTask", path={"id": task_id}))
