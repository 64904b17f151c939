"""`client.contacts`: the people at customer accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.contact import Contact
    from pylon_openapi.models.delete_contact_response_body import DeleteContactResponseBody
    from pylon_openapi.params import (
        CreateContactRequestBodyParams,
        UpdateContactRequestBodyParams,
    )


class ContactsResource(BaseResource[M]):
    """`client.contacts`."""

    @paged_method
    def list(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> PageWalk[Contact]:
        """Every contact. `limit` is the page size (1-999); `max_items` caps the total."""
        return self._list("GetContacts", limit=limit, cursor=cursor, max_items=max_items)

    @api_method
    def get(self, contact_id: str) -> Flow[Contact]:
        return (yield from self._call("GetContact", path={"id": contact_id}))

    @paged_method
    def search(
        self,
        filter: Any = None,
        /,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Contact]:
        """Contacts matching a filter (a `pylon.filters` filter or a dict in Pylon's format)."""
        return self._search(
            "SearchContacts",
            filter,
            limit=limit,
            cursor=cursor,
            max_items=max_items,
        )

    @api_method
    def create(
        self, body: Any = None, /, **fields: Unpack[CreateContactRequestBodyParams]
    ) -> Flow[Contact]:
        return (yield from self._call("CreateContact", body=body, fields=fields))

    @api_method
    def update(
        self, contact_id: str, body: Any = None, /, **fields: Unpack[UpdateContactRequestBodyParams]
    ) -> Flow[Contact]:
        return (
            yield from self._call(
                "UpdateContact", path={"id": contact_id}, body=body, fields=fields
            )
        )

    @api_method
    def delete(self, contact_id: str) -> Flow[DeleteContactResponseBody]:
        return (yield from self._call("DeleteContact", path={"id": contact_id}))
