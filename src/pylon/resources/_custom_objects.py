"""`client.custom_objects`: records of the workspace's own object types.

Every method takes the object type first (the `{type}` of `/custom-objects/{type}`), e.g.
`client.custom_objects.get("vendor", vendor_id)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.api_custom_object import APICustomObject
    from pylon_openapi.models.delete_custom_object_response_body import (
        DeleteCustomObjectResponseBody,
    )
    from pylon_openapi.params import (
        CreateCustomObjectRequestBodyParams,
        UpdateCustomObjectRequestBodyParams,
    )


class CustomObjectsResource(BaseResource[M]):
    """`client.custom_objects`."""

    @paged_method
    def list(
        self,
        object_type: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[APICustomObject]:
        """Every object of a type. `limit` is the page size (1-100); `max_items` caps the total."""
        return self._list(
            "GetCustomObjects", path={"type": object_type}, limit=limit, cursor=cursor,
            max_items=max_items,
        )  # fmt: skip

    @api_method
    def get(self, object_type: str, object_id: str) -> Flow[APICustomObject]:
        return (
            yield from self._call("GetCustomObject", path={"type": object_type, "id": object_id})
        )

    @paged_method
    def search(
        self,
        object_type: str,
        filter: Any = None,
        /,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[APICustomObject]:
        """Objects of a type matching a filter (a `pylon.filters` filter or a dict)."""
        return self._search(
            "SearchCustomObjects",
            filter,
            path={"type": object_type},
            limit=limit,
            cursor=cursor,
            max_items=max_items,
        )

    @api_method
    def create(
        self,
        object_type: str,
        body: Any = None,
        /,
        **fields: Unpack[CreateCustomObjectRequestBodyParams],
    ) -> Flow[APICustomObject]:
        return (
            yield from self._call(
                "CreateCustomObject", path={"type": object_type}, body=body, fields=fields
            )
        )

    @api_method
    def update(
        self,
        object_type: str,
        object_id: str,
        body: Any = None,
        /,
        **fields: Unpack[UpdateCustomObjectRequestBodyParams],
    ) -> Flow[APICustomObject]:
        path = {"type": object_type, "id": object_id}
        return (yield from self._call("UpdateCustomObject", path=path, body=body, fields=fields))

    @api_method
    def delete(self, object_type: str, object_id: str) -> Flow[DeleteCustomObjectResponseBody]:
        path = {"type": object_type, "id": object_id}
        return (yield from self._call("DeleteCustomObject", path=path))
