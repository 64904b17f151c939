"""`client.user_roles`: the roles users of the workspace can have."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import PageWalk
from .._resource import M, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.user_role import UserRole


class UserRolesResource(BaseResource[M]):
    """`client.user_roles`."""

    @paged_method
    def list(self, *, max_items: int | None = None) -> PageWalk[UserRole]:
        return self._list("GetUserRoles", max_items=max_items)
