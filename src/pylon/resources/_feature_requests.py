"""`client.feature_requests`: product feedback gathered from customer conversations."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._operations import operation
from .._resource import Flow, M, api_method
from ._base import BaseResource, check_limit, present

if TYPE_CHECKING:
    from pylon_openapi.models.delete_feature_request_response_body import (
        DeleteFeatureRequestResponseBody,
    )
    from pylon_openapi.models.feature_request import FeatureRequest
    from pylon_openapi.models.feature_request_search_result import FeatureRequestSearchResult
    from pylon_openapi.params import UpdateFeatureRequestRequestBodyParams


class FeatureRequestsResource(BaseResource[M]):
    """`client.feature_requests`."""

    @api_method
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
        search takes these fields, not a filter; it answers one page of up to `limit` results."""
        fields = present(
            query=query, account_ids=account_ids, request_statuses=request_statuses,
            limit=check_limit(operation("SearchFeatureRequests"), limit),
        )  # fmt: skip
        return (yield from self._call("SearchFeatureRequests", fields=fields))

    @api_method
    def get(
        self, feature_request_id: str, *, fetch_evidence: bool | None = None
    ) -> Flow[FeatureRequest]:
        """One feature request; `fetch_evidence=True` includes the conversations behind it."""
        query = present(fetch_evidence=fetch_evidence)
        return (
            yield from self._call("GetFeatureRequest", path={"id": feature_request_id}, query=query)
        )

    @api_method
    def update(
        self,
        feature_request_id: str,
        body: Any = None,
        /,
        **fields: Unpack[UpdateFeatureRequestRequestBodyParams],
    ) -> Flow[FeatureRequest]:
        path = {"id": feature_request_id}
        return (yield from self._call("UpdateFeatureRequest", path=path, body=body, fields=fields))

    @api_method
    def delete(self, feature_request_id: str) -> Flow[DeleteFeatureRequestResponseBody]:
        return (yield from self._call("DeleteFeatureRequest", path={"id": feature_request_id}))
