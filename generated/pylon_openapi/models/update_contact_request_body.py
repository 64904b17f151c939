from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_contact_request_body_portal_role import (
    UpdateContactRequestBodyPortalRole,
)
from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.external_id import ExternalID
    from ..models.update_contact_email import UpdateContactEmail


T = TypeVar("T", bound="UpdateContactRequestBody")


@_attrs_define
class UpdateContactRequestBody(LazyModel):
    """
    Attributes:
        account_external_id (str | Unset):
        account_id (str | Unset):
        avatar_url (str | Unset):
        custom_fields (list[CustomFieldValue] | Unset):
        email (str | Unset):
        emails (list[UpdateContactEmail] | Unset):
        external_ids (list[ExternalID] | Unset):
        name (str | Unset):
        phone_numbers (list[str] | Unset):
        portal_role (UpdateContactRequestBodyPortalRole | Unset):
        portal_role_id (str | Unset):
        primary_phone_number (str | Unset):
    """

    account_external_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    email: str | Unset = UNSET
    emails: list[UpdateContactEmail] | Unset = UNSET
    external_ids: list[ExternalID] | Unset = UNSET
    name: str | Unset = UNSET
    phone_numbers: list[str] | Unset = UNSET
    portal_role: UpdateContactRequestBodyPortalRole | Unset = UNSET
    portal_role_id: str | Unset = UNSET
    primary_phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_external_id = self.account_external_id

        account_id = self.account_id

        avatar_url = self.avatar_url

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        email = self.email

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        name = self.name

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        portal_role: str | Unset = UNSET
        if not isinstance(self.portal_role, Unset):
            portal_role = self.portal_role.value

        portal_role_id = self.portal_role_id

        primary_phone_number = self.primary_phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_external_id is not UNSET:
            field_dict["account_external_id"] = account_external_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if email is not UNSET:
            field_dict["email"] = email
        if emails is not UNSET:
            field_dict["emails"] = emails
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if name is not UNSET:
            field_dict["name"] = name
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if portal_role is not UNSET:
            field_dict["portal_role"] = portal_role
        if portal_role_id is not UNSET:
            field_dict["portal_role_id"] = portal_role_id
        if primary_phone_number is not UNSET:
            field_dict["primary_phone_number"] = primary_phone_number

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
def _UpdateContactRequestBody_read_account_external_id(d: dict[str, Any]) -> Any:
    account_external_id = d.get("account_external_id", UNSET)
    return account_external_id


def _UpdateContactRequestBody_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d.get("account_id", UNSET)
    return account_id


def _UpdateContactRequestBody_read_avatar_url(d: dict[str, Any]) -> Any:
    avatar_url = d.get("avatar_url", UNSET)
    return avatar_url


def _UpdateContactRequestBody_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.custom_field_value import CustomFieldValue

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = []
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)
            custom_fields.append(custom_fields_item)
    return custom_fields


def _UpdateContactRequestBody_read_email(d: dict[str, Any]) -> Any:
    email = d.get("email", UNSET)
    return email


def _UpdateContactRequestBody_read_emails(d: dict[str, Any]) -> Any:
    from ..models.update_contact_email import UpdateContactEmail

    _emails = d.get("emails", UNSET)
    emails: list[UpdateContactEmail] | Unset = UNSET
    if _emails is not UNSET:
        emails = []
        for emails_item_data in _emails:
            emails_item = UpdateContactEmail.from_dict(emails_item_data)
            emails.append(emails_item)
    return emails


def _UpdateContactRequestBody_read_external_ids(d: dict[str, Any]) -> Any:
    from ..models.external_id import ExternalID

    _external_ids = d.get("external_ids", UNSET)
    external_ids: list[ExternalID] | Unset = UNSET
    if _external_ids is not UNSET:
        external_ids = []
        for external_ids_item_data in _external_ids:
            external_ids_item = ExternalID.from_dict(external_ids_item_data)
            external_ids.append(external_ids_item)
    return external_ids


def _UpdateContactRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _UpdateContactRequestBody_read_phone_numbers(d: dict[str, Any]) -> Any:
    phone_numbers = cast(list[str], d.get("phone_numbers", UNSET))
    return phone_numbers


def _UpdateContactRequestBody_read_portal_role(d: dict[str, Any]) -> Any:
    _portal_role = d.get("portal_role", UNSET)
    portal_role: UpdateContactRequestBodyPortalRole | Unset
    if isinstance(_portal_role, Unset):
        portal_role = UNSET
    else:
        portal_role = UpdateContactRequestBodyPortalRole(_portal_role)
    return portal_role


def _UpdateContactRequestBody_read_portal_role_id(d: dict[str, Any]) -> Any:
    portal_role_id = d.get("portal_role_id", UNSET)
    return portal_role_id


def _UpdateContactRequestBody_read_primary_phone_number(d: dict[str, Any]) -> Any:
    primary_phone_number = d.get("primary_phone_number", UNSET)
    return primary_phone_number


def _UpdateContactRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account_external_id",
            "account_id",
            "avatar_url",
            "custom_fields",
            "email",
            "emails",
            "external_ids",
            "name",
            "phone_numbers",
            "portal_role",
            "portal_role_id",
            "primary_phone_number",
        }
    }
    _extra = d
    return _extra


UpdateContactRequestBody._lazy_readers = {
    "account_external_id": _UpdateContactRequestBody_read_account_external_id,
    "account_id": _UpdateContactRequestBody_read_account_id,
    "avatar_url": _UpdateContactRequestBody_read_avatar_url,
    "custom_fields": _UpdateContactRequestBody_read_custom_fields,
    "email": _UpdateContactRequestBody_read_email,
    "emails": _UpdateContactRequestBody_read_emails,
    "external_ids": _UpdateContactRequestBody_read_external_ids,
    "name": _UpdateContactRequestBody_read_name,
    "phone_numbers": _UpdateContactRequestBody_read_phone_numbers,
    "portal_role": _UpdateContactRequestBody_read_portal_role,
    "portal_role_id": _UpdateContactRequestBody_read_portal_role_id,
    "primary_phone_number": _UpdateContactRequestBody_read_primary_phone_number,
    "additional_properties": _UpdateContactRequestBody_read_additional_properties,
}
