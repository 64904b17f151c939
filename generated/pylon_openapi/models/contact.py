from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_portal_role import ContactPortalRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_custom_fields import ContactCustomFields
    from ..models.external_id import ExternalID
    from ..models.integration_user_id import IntegrationUserID
    from ..models.mini_account import MiniAccount


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: MiniAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = MiniAccount.from_dict(_account)

        avatar_url = d.pop("avatar_url", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: ContactCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ContactCustomFields.from_dict(_custom_fields)

        email = d.pop("email", UNSET)

        emails = cast(list[str], d.pop("emails", UNSET))

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalID] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalID.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        id = d.pop("id", UNSET)

        _integration_user_ids = d.pop("integration_user_ids", UNSET)
        integration_user_ids: list[IntegrationUserID] | Unset = UNSET
        if _integration_user_ids is not UNSET:
            integration_user_ids = []
            for integration_user_ids_item_data in _integration_user_ids:
                integration_user_ids_item = IntegrationUserID.from_dict(
                    integration_user_ids_item_data
                )

                integration_user_ids.append(integration_user_ids_item)

        name = d.pop("name", UNSET)

        phone_numbers = cast(list[str], d.pop("phone_numbers", UNSET))

        _portal_role = d.pop("portal_role", UNSET)
        portal_role: ContactPortalRole | Unset
        if isinstance(_portal_role, Unset):
            portal_role = UNSET
        else:
            portal_role = ContactPortalRole(_portal_role)

        portal_role_id = d.pop("portal_role_id", UNSET)

        primary_phone_number = d.pop("primary_phone_number", UNSET)

        contact = cls(
            account=account,
            avatar_url=avatar_url,
            custom_fields=custom_fields,
            email=email,
            emails=emails,
            external_ids=external_ids,
            id=id,
            integration_user_ids=integration_user_ids,
            name=name,
            phone_numbers=phone_numbers,
            portal_role=portal_role,
            portal_role_id=portal_role_id,
            primary_phone_number=primary_phone_number,
        )

        contact.additional_properties = d
        return contact

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
from ..models.contact_custom_fields import ContactCustomFields
from ..models.external_id import ExternalID
from ..models.integration_user_id import IntegrationUserID
from ..models.mini_account import MiniAccount
