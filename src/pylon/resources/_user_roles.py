"""`client.user_roles`: the roles users of the workspace can have."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import UserRolesMethods


class UserRolesResource(UserRolesMethods[M]):
    """`client.user_roles`."""

    with_raw_response: ClassVar[
        RawResponses[UserRolesResource[RawSyncMode], UserRolesResource[RawAsyncMode]]
    ] = RawResponses()
