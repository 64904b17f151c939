"""`client.teams`: teams of users that issues are routed to."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.team import Team
    from pylon_openapi.params import CreateTeamRequestBodyParams, UpdateTeamRequestBodyParams


class TeamsResource(BaseResource[M]):
    """`client.teams`."""

    @paged_method
    def list(self, *, max_items: int | None = None) -> PageWalk[Team]:
        return self._list("GetTeams", max_items=max_items)

    @api_method
    def get(self, team_id: str) -> Flow[Team]:
        return (yield from self._call("GetTeam", path={"id": team_id}))

    @api_method
    def create(
        self, body: Any = None, /, **fields: Unpack[CreateTeamRequestBodyParams]
    ) -> Flow[Team]:
        return (yield from self._call("CreateTeam", body=body, fields=fields))

    @api_method
    def update(
        self, team_id: str, body: Any = None, /, **fields: Unpack[UpdateTeamRequestBodyParams]
    ) -> Flow[Team]:
        return (yield from self._call("UpdateTeam", path={"id": team_id}, body=body, fields=fields))
