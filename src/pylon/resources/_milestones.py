"""`client.milestones`: the milestones of projects."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import MilestonesMethods


class MilestonesResource(MilestonesMethods[M]):
    """`client.milestones`."""

    with_raw_response: ClassVar[
        RawResponses[MilestonesResource[RawSyncMode], MilestonesResource[RawAsyncMode]]
    ] = RawResponses()
