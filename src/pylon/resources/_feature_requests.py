"""`client.feature_requests`: product feedback gathered from customer conversations."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from .._operations import operation
from .._resource import Flow, M, RawAsyncMode, RawResponses, RawSyncMode, api_method, calls
from ._base import check_limit, present
from ._generated import FeatureRequestsMethods

if TYPE_CHECKING:
    from pylon_openapi.models.feature_request_search_result import FeatureRequestSearchResult


class FeatureRequestsResource(FeatureRequestsMethods[M]):
    """`client.feature_requests`."""

    with_raw_response: ClassVar[
        RawResponses[FeatureRequestsResource[RawSyncMode], FeatureRequestsResource[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("SearchFeatureRequests")
    def search(
        self,
        query: str | None = None,
        /,
        *,
        account_ids: Sequence[str] | None = None,
        request_statuses: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> Flow[builtins.list[FeatureRequestSearchResult]]:
        """Feature requests matching a text query, from some accounts, or in some statuses. This
        search takes these fields, not a filter; it answers one page of up to `limit` results.

        Example: `client.feature_requests.search("dark mode", request_statuses=["planned"])`."""
        fields = present(
            query=query, account_ids=account_ids, request_statuses=request_statuses,
            limit=check_limit(operation("SearchFeatureRequests"), limit),
        )  # fmt: skip
        return (yield from self._call("SearchFeatureRequests", fields=fields))
