"""`client.users`: the people of the workspace (agents and admins)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.user import User
    from pylon_openapi.params import UpdateUserRequestBodyParams


class UsersResource(BaseResource[M]):
    """`client.users`."""

    @paged_method
    def list(self, *, max_items: int | None = None) -> PageWalk[User]:
        return self._list("GetUsers", max_items=max_items)

    @api_method
    def get(self, user_id: str) -> Flow[User]:
        return (yield from self._call("GetUser", path={"id": user_id}))

    @paged_method
    def search(
        self,
        filter: Any = None,
        /,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[User]:
        """Users matching a filter (a `pylon.filters` filter or a dict in Pylon's format)."""
        return self._search(
            "SearchUsers",
            filter,
            limit=limit,
            cursor=cursor,
            max_items=max_items,
        )

    @api_method
    def update(
        self, user_id: str, body: Any = None, /, **fields: Unpack[UpdateUserRequestBodyParams]
    ) -> Flow[User]:
        return (yield from self._call("UpdateUser", path={"id": user_id}, body=body, fields=fields))
