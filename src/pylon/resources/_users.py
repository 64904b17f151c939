"""`client.users`: the people of the workspace (agents and admins)."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import UsersMethods


class UsersResource(UsersMethods[M]):
    """`client.users`."""

    with_raw_response: ClassVar[
        RawResponses[UsersResource[RawSyncMode], UsersResource[RawAsyncMode]]
    ] = RawResponses()
