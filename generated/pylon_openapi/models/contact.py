from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_portal_role import ContactPortalRole
from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.contact_custom_fields import ContactCustomFields
    from ..models.external_id import ExternalID
    from ..models.integration_user_id import IntegrationUserID
    from ..models.mini_account import MiniAccount


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact(LazyModel):
    """
    Attributes:
        account (MiniAccount | Unset):
        avatar_url (str | Unset):
        custom_fields (ContactCustomFields | Unset):
        email (str | Unset):
        emails (list[str] | Unset):
        external_ids (list[ExternalID] | Unset):
        id (str | Unset):
        integration_user_ids (list[IntegrationUserID] | Unset):
        name (str | Unset):
        phone_numbers (list[str] | Unset):
        portal_role (ContactPortalRole | Unset):
        portal_role_id (str | Unset):
        primary_phone_number (str | Unset):
    """

    account: MiniAccount | Unset = UNSET
    avatar_url: str | Unset = UNSET
    custom_fields: ContactCustomFields | Unset = UNSET
    email: str | Unset = UNSET
    emails: list[str] | Unset = UNSET
    external_ids: list[ExternalID] | Unset = UNSET
    id: str | Unset = UNSET
    integration_user_ids: list[IntegrationUserID] | Unset = UNSET
    name: str | Unset = UNSET
    phone_numbers: list[str] | Unset = UNSET
    portal_role: ContactPortalRole | Unset = UNSET
    portal_role_id: str | Unset = UNSET
    primary_phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        avatar_url = self.avatar_url

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        email = self.email

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        id = self.id

        integration_user_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_user_ids, Unset):
            integration_user_ids = []
            for integration_user_ids_item_data in self.integration_user_ids:
                integration_user_ids_item = integration_user_ids_item_data.to_dict()
                integration_user_ids.append(integration_user_ids_item)

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
        if account is not UNSET:
            field_dict["account"] = account
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
        if id is not UNSET:
            field_dict["id"] = id
        if integration_user_ids is not UNSET:
            field_dict["integration_user_ids"] = integration_user_ids
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
def _Contact_read_account(d: dict[str, Any]) -> Any:
    from ..models.mini_account import MiniAccount

    _account = d.get("account", UNSET)
    account: MiniAccount | Unset
    if isinstance(_account, Unset):
        account = UNSET
    else:
        account = MiniAccount.from_dict(_account)
    return account


def _Contact_read_avatar_url(d: dict[str, Any]) -> Any:
    avatar_url = d.get("avatar_url", UNSET)
    return avatar_url


def _Contact_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.contact_custom_fields import ContactCustomFields

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: ContactCustomFields | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = ContactCustomFields.from_dict(_custom_fields)
    return custom_fields


def _Contact_read_email(d: dict[str, Any]) -> Any:
    email = d.get("email", UNSET)
    return email


def _Contact_read_emails(d: dict[str, Any]) -> Any:
    emails = cast(list[str], d.get("emails", UNSET))
    return emails


def _Contact_read_external_ids(d: dict[str, Any]) -> Any:
    from ..models.external_id import ExternalID

    _external_ids = d.get("external_ids", UNSET)
    external_ids: list[ExternalID] | Unset = UNSET
    if _external_ids is not UNSET:
        external_ids = []
        for external_ids_item_data in _external_ids:
            external_ids_item = ExternalID.from_dict(external_ids_item_data)
            external_ids.append(external_ids_item)
    return external_ids


def _Contact_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _Contact_read_integration_user_ids(d: dict[str, Any]) -> Any:
    from ..models.integration_user_id import IntegrationUserID

    _integration_user_ids = d.get("integration_user_ids", UNSET)
    integration_user_ids: list[IntegrationUserID] | Unset = UNSET
    if _integration_user_ids is not UNSET:
        integration_user_ids = []
        for integration_user_ids_item_data in _integration_user_ids:
            integration_user_ids_item = IntegrationUserID.from_dict(integration_user_ids_item_data)
            integration_user_ids.append(integration_user_ids_item)
    return integration_user_ids


def _Contact_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _Contact_read_phone_numbers(d: dict[str, Any]) -> Any:
    phone_numbers = cast(list[str], d.get("phone_numbers", UNSET))
    return phone_numbers


def _Contact_read_portal_role(d: dict[str, Any]) -> Any:
    _portal_role = d.get("portal_role", UNSET)
    portal_role: ContactPortalRole | Unset
    if isinstance(_portal_role, Unset):
        portal_role = UNSET
    else:
        portal_role = ContactPortalRole(_portal_role)
    return portal_role


def _Contact_read_portal_role_id(d: dict[str, Any]) -> Any:
    portal_role_id = d.get("portal_role_id", UNSET)
    return portal_role_id


def _Contact_read_primary_phone_number(d: dict[str, Any]) -> Any:
    primary_phone_number = d.get("primary_phone_number", UNSET)
    return primary_phone_number


def _Contact_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account",
            "avatar_url",
            "custom_fields",
            "email",
            "emails",
            "external_ids",
            "id",
            "integration_user_ids",
            "name",
            "phone_numbers",
            "portal_role",
            "portal_role_id",
            "primary_phone_number",
        }
    }
    _extra = d
    return _extra


Contact._lazy_readers = {
    "account": _Contact_read_account,
    "avatar_url": _Contact_read_avatar_url,
    "custom_fields": _Contact_read_custom_fields,
    "email": _Contact_read_email,
    "emails": _Contact_read_emails,
    "external_ids": _Contact_read_external_ids,
    "id": _Contact_read_id,
    "integration_user_ids": _Contact_read_integration_user_ids,
    "name": _Contact_read_name,
    "phone_numbers": _Contact_read_phone_numbers,
    "portal_role": _Contact_read_portal_role,
    "portal_role_id": _Contact_read_portal_role_id,
    "primary_phone_number": _Contact_read_primary_phone_number,
    "additional_properties": _Contact_read_additional_properties,
}
