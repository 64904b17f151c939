"""`client.custom_fields`: the custom field definitions of accounts, issues and contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.custom_field_definition import CustomFieldDefinition
    from pylon_openapi.params import (
        CreateCustomFieldRequestBodyParams,
        UpdateCustomFieldRequestBodyParams,
    )


class CustomFieldsResource(BaseResource[M]):
    """`client.custom_fields`."""

    @paged_method
    def list(
        self, object_type: str, *, max_items: int | None = None
    ) -> PageWalk[CustomFieldDefinition]:
        """The custom fields defined for one kind of object ("account", "issue", "contact")."""
        return self._list(
            "GetCustomFields", query={"object_type": object_type}, max_items=max_items
        )

    @api_method
    def get(self, field_id: str) -> Flow[CustomFieldDefinition]:
        return (yield from self._call("GetCustomField", path={"id": field_id}))

    @api_method
    def create(
        self, body: Any = None, /, **fields: Unpack[CreateCustomFieldRequestBodyParams]
    ) -> Flow[CustomFieldDefinition]:
        return (yield from self._call("CreateCustomField", body=body, fields=fields))

    @api_method
    def update(
        self,
        field_id: str,
        body: Any = None,
        /,
        **fields: Unpack[UpdateCustomFieldRequestBodyParams],
    ) -> Flow[CustomFieldDefinition]:
        return (
            yield from self._call(
                "UpdateCustomField", path={"id": field_id}, body=body, fields=fields
            )
        )
