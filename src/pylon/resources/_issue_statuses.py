"""`client.issue_statuses`: the workspace's issue states, built-in and custom."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import IssueStatusesMethods


class IssueStatusesResource(IssueStatusesMethods[M]):
    """`client.issue_statuses`."""

    with_raw_response: ClassVar[
        RawResponses[IssueStatusesResource[RawSyncMode], IssueStatusesResource[RawAsyncMode]]
    ] = RawResponses()
