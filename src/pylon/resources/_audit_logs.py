"""`client.audit_logs`: who changed what in the workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import PageWalk
from .._resource import M, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.audit_log import AuditLog


class AuditLogsResource(BaseResource[M]):
    """`client.audit_logs`."""

    @paged_method
    def list(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> PageWalk[AuditLog]:
        """Audit log entries. `limit` is the page size (1-999); `max_items` caps the total."""
        return self._list("GetAuditLogs", limit=limit, cursor=cursor, max_items=max_items)
