"""`client.teams`: teams of users that issues are routed to."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import TeamsMethods


class TeamsResource(TeamsMethods[M]):
    """`client.teams`."""

    with_raw_response: ClassVar[
        RawResponses[TeamsResource[RawSyncMode], TeamsResource[RawAsyncMode]]
    ] = RawResponses()
