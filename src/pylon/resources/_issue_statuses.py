"""`client.issue_statuses`: the workspace's issue states, built-in and custom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import PageWalk
from .._resource import M, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.issue_status import IssueStatus


class IssueStatusesResource(BaseResource[M]):
    """`client.issue_statuses`."""

    @paged_method
    def list(self, *, max_items: int | None = None) -> PageWalk[IssueStatus]:
        return self._list("GetIssueStatuses", max_items=max_items)
