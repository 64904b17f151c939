from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_contact_request_body_portal_role import (
    UpdateContactRequestBodyPortalRole,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.external_id import ExternalID
    from ..models.update_contact_email import UpdateContactEmail


T = TypeVar("T", bound="UpdateContactRequestBody")


@_attrs_define
class UpdateContactRequestBody:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        account_external_id = d.pop("account_external_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        email = d.pop("email", UNSET)

        _emails = d.pop("emails", UNSET)
        emails: list[UpdateContactEmail] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = UpdateContactEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalID] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalID.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        name = d.pop("name", UNSET)

        phone_numbers = cast(list[str], d.pop("phone_numbers", UNSET))

        _portal_role = d.pop("portal_role", UNSET)
        portal_role: UpdateContactRequestBodyPortalRole | Unset
        if isinstance(_portal_role, Unset):
            portal_role = UNSET
        else:
            portal_role = UpdateContactRequestBodyPortalRole(_portal_role)

        portal_role_id = d.pop("portal_role_id", UNSET)

        primary_phone_number = d.pop("primary_phone_number", UNSET)

        update_contact_request_body = cls(
            account_external_id=account_external_id,
            account_id=account_id,
            avatar_url=avatar_url,
            custom_fields=custom_fields,
            email=email,
            emails=emails,
            external_ids=external_ids,
            name=name,
            phone_numbers=phone_numbers,
            portal_role=portal_role,
            portal_role_id=portal_role_id,
            primary_phone_number=primary_phone_number,
        )

        update_contact_request_body.additional_properties = d
        return update_contact_request_body

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
from ..models.external_id import ExternalID
from ..models.update_contact_email import UpdateContactEmail
