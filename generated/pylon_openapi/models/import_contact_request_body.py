from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_contact_request_body_portal_role import (
    ImportContactRequestBodyPortalRole,
)
from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue


T = TypeVar("T", bound="ImportContactRequestBody")


@_attrs_define
class ImportContactRequestBody(LazyModel):
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

    # from_dict comes from LazyModel: each field is parsed from the payload when
    # first read, by the reader functions below the class.

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


# Field readers: the generator's own parsing code, one field each (codegen/lazy_models.py).
def _ImportContactRequestBody_read_email(d: dict[str, Any]) -> Any:
    email = d["email"]
    return email


def _ImportContactRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d["name"]
    return name


def _ImportContactRequestBody_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d.get("account_id", UNSET)
    return account_id


def _ImportContactRequestBody_read_avatar_url(d: dict[str, Any]) -> Any:
    avatar_url = d.get("avatar_url", UNSET)
    return avatar_url


def _ImportContactRequestBody_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.custom_field_value import CustomFieldValue

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = []
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)
            custom_fields.append(custom_fields_item)
    return custom_fields


def _ImportContactRequestBody_read_portal_role(d: dict[str, Any]) -> Any:
    _portal_role = d.get("portal_role", UNSET)
    portal_role: ImportContactRequestBodyPortalRole | Unset
    if isinstance(_portal_role, Unset):
        portal_role = UNSET
    else:
        portal_role = ImportContactRequestBodyPortalRole(_portal_role)
    return portal_role


def _ImportContactRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"account_id", "avatar_url", "custom_fields", "email", "name", "portal_role"}
    }
    _extra = d
    return _extra


ImportContactRequestBody._lazy_readers = {
    "email": _ImportContactRequestBody_read_email,
    "name": _ImportContactRequestBody_read_name,
    "account_id": _ImportContactRequestBody_read_account_id,
    "avatar_url": _ImportContactRequestBody_read_avatar_url,
    "custom_fields": _ImportContactRequestBody_read_custom_fields,
    "portal_role": _ImportContactRequestBody_read_portal_role,
    "additional_properties": _ImportContactRequestBody_read_additional_properties,
}
ImportContactRequestBody._lazy_required = frozenset(["email", "name"])
