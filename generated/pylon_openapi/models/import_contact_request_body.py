from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_contact_request_body_portal_role import (
    ImportContactRequestBodyPortalRole,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue


T = TypeVar("T", bound="ImportContactRequestBody")


@_attrs_define
class ImportContactRequestBody:
    """
    Attributes:
        email (str):
        name (str):
        account_id (str | Unset):
        avatar_url (str | Unset):
        custom_fields (list[CustomFieldValue] | Unset):
        portal_role (ImportContactRequestBodyPortalRole | Unset):
    """

    email: str
    name: str
    account_id: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    portal_role: ImportContactRequestBodyPortalRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        account_id = self.account_id

        avatar_url = self.avatar_url

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        portal_role: str | Unset = UNSET
        if not isinstance(self.portal_role, Unset):
            portal_role = self.portal_role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if portal_role is not UNSET:
            field_dict["portal_role"] = portal_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        account_id = d.pop("account_id", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _portal_role = d.pop("portal_role", UNSET)
        portal_role: ImportContactRequestBodyPortalRole | Unset
        if isinstance(_portal_role, Unset):
            portal_role = UNSET
        else:
            portal_role = ImportContactRequestBodyPortalRole(_portal_role)

        import_contact_request_body = cls(
            email=email,
            name=name,
            account_id=account_id,
            avatar_url=avatar_url,
            custom_fields=custom_fields,
            portal_role=portal_role,
        )

        import_contact_request_body.additional_properties = d
        return import_contact_request_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once here rather than on every from_dict call (codegen/optimize.py).
from ..models.custom_field_value import CustomFieldValue
