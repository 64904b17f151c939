"""`client.activity_types`: the kinds of activity an account timeline can show."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import ActivityTypesMethods


class ActivityTypesResource(ActivityTypesMethods[M]):
    """`client.activity_types`."""

    with_raw_response: ClassVar[
        RawResponses[ActivityTypesResource[RawSyncMode], ActivityTypesResource[RawAsyncMode]]
    ] = RawResponses()
