"""`client.audit_logs`: who changed what in the workspace."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import AuditLogsMethods


class AuditLogsResource(AuditLogsMethods[M]):
    """`client.audit_logs`."""

    with_raw_response: ClassVar[
        RawResponses[AuditLogsResource[RawSyncMode], AuditLogsResource[RawAsyncMode]]
    ] = RawResponses()
