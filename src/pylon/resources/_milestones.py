"""`client.milestones`: the milestones of projects."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._resource import Flow, M, api_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.delete_milestone_response_body import DeleteMilestoneResponseBody
    from pylon_openapi.models.milestone import Milestone
    from pylon_openapi.params import (
        CreateMilestoneRequestBodyParams,
        UpdateMilestoneRequestBodyParams,
    )


class MilestonesResource(BaseResource[M]):
    """`client.milestones`."""

    @api_method
    def create(
        self, body: Any = None, /, **fields: Unpack[CreateMilestoneRequestBodyParams]
    ) -> Flow[Milestone]:
        return (yield from self._call("CreateMilestone", body=body, fields=fields))

    @api_method
    def update(
        self,
        milestone_id: str,
        body: Any = None,
        /,
        **fields: Unpack[UpdateMilestoneRequestBodyParams],
    ) -> Flow[Milestone]:
        return (
            yield from self._call(
                "UpdateMilestone", path={"id": milestone_id}, body=body, fields=fields
            )
        )

    @api_method
    def delete(self, milestone_id: str) -> Flow[DeleteMilestoneResponseBody]:
        return (yield from self._call("DeleteMilestone", path={"id": milestone_id}))
