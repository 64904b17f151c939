from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel import Channel
    from ..models.custom_field_value import CustomFieldValue
    from ..models.external_id import ExternalID


T = TypeVar("T", bound="CreateAccountRequest")


@_attrs_define
class CreateAccountRequest:
    """
    Attributes:
        name (str):
        account_type (str | Unset):
        channels (list[Channel] | Unset):
        custom_fields (list[CustomFieldValue] | Unset):
        domain (str | Unset):
        domains (list[str] | Unset):
        external_ids (list[ExternalID] | Unset):
        logo_url (str | Unset):
        owner_id (str | Unset):
        primary_domain (str | Unset):
        subaccount_ids (list[str] | Unset):
        tags (list[str] | Unset):
    """

    name: str
    account_type: str | Unset = UNSET
    channels: list[Channel] | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    domain: str | Unset = UNSET
    domains: list[str] | Unset = UNSET
    external_ids: list[ExternalID] | Unset = UNSET
    logo_url: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    primary_domain: str | Unset = UNSET
    subaccount_ids: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        account_type = self.account_type

        channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.to_dict()
                channels.append(channels_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        domain = self.domain

        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        logo_url = self.logo_url

        owner_id = self.owner_id

        primary_domain = self.primary_domain

        subaccount_ids: list[str] | Unset = UNSET
        if not isinstance(self.subaccount_ids, Unset):
            subaccount_ids = self.subaccount_ids

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if channels is not UNSET:
            field_dict["channels"] = channels
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if domain is not UNSET:
            field_dict["domain"] = domain
        if domains is not UNSET:
            field_dict["domains"] = domains
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if primary_domain is not UNSET:
            field_dict["primary_domain"] = primary_domain
        if subaccount_ids is not UNSET:
            field_dict["subaccount_ids"] = subaccount_ids
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        name = d.pop("name")

        account_type = d.pop("account_type", UNSET)

        _channels = d.pop("channels", UNSET)
        channels: list[Channel] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = Channel.from_dict(channels_item_data)

                channels.append(channels_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        domain = d.pop("domain", UNSET)

        domains = cast(list[str], d.pop("domains", UNSET))

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalID] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalID.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        logo_url = d.pop("logo_url", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        primary_domain = d.pop("primary_domain", UNSET)

        subaccount_ids = cast(list[str], d.pop("subaccount_ids", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        create_account_request = cls(
            name=name,
            account_type=account_type,
            channels=channels,
            custom_fields=custom_fields,
            domain=domain,
            domains=domains,
            external_ids=external_ids,
            logo_url=logo_url,
            owner_id=owner_id,
            primary_domain=primary_domain,
            subaccount_ids=subaccount_ids,
            tags=tags,
        )

        create_account_request.additional_properties = d
        return create_account_request

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
from ..models.channel import Channel
from ..models.custom_field_value import CustomFieldValue
from ..models.external_id import ExternalID
