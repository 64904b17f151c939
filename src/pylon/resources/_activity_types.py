"""`client.activity_types`: the kinds of activity an account timeline can show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import PageWalk
from .._resource import M, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.activity_type import ActivityType


class ActivityTypesResource(BaseResource[M]):
    """`client.activity_types`."""

    @paged_method
    def list(self, *, max_items: int | None = None) -> PageWalk[ActivityType]:
        return self._list("GetActivityTypes", max_items=max_items)
