from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.channel import Channel
    from ..models.custom_field_value import CustomFieldValue
    from ..models.external_id import ExternalID


T = TypeVar("T", bound="UpdateAccountRequestBody")


@_attrs_define
class UpdateAccountRequestBody(LazyModel):
    """
    Attributes:
        channels (list[Channel] | Unset):
        custom_fields (list[CustomFieldValue] | Unset):
        domains (list[str] | Unset):
        external_ids (list[ExternalID] | Unset):
        is_disabled (bool | Unset):
        logo_url (str | Unset):
        name (str | Unset):
        owner_id (str | Unset):
        primary_domain (str | Unset):
        subaccount_ids (list[str] | Unset):
        tags (list[str] | Unset):
    """

    channels: list[Channel] | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    domains: list[str] | Unset = UNSET
    external_ids: list[ExternalID] | Unset = UNSET
    is_disabled: bool | Unset = UNSET
    logo_url: str | Unset = UNSET
    name: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    primary_domain: str | Unset = UNSET
    subaccount_ids: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        is_disabled = self.is_disabled

        logo_url = self.logo_url

        name = self.name

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
        field_dict.update({})
        if channels is not UNSET:
            field_dict["channels"] = channels
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if domains is not UNSET:
            field_dict["domains"] = domains
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if is_disabled is not UNSET:
            field_dict["is_disabled"] = is_disabled
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if name is not UNSET:
            field_dict["name"] = name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if primary_domain is not UNSET:
            field_dict["primary_domain"] = primary_domain
        if subaccount_ids is not UNSET:
            field_dict["subaccount_ids"] = subaccount_ids
        if tags is not UNSET:
            field_dict["tags"] = tags

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
def _UpdateAccountRequestBody_read_channels(d: dict[str, Any]) -> Any:
    from ..models.channel import Channel

    _channels = d.get("channels", UNSET)
    channels: list[Channel] | Unset = UNSET
    if _channels is not UNSET:
        channels = []
        for channels_item_data in _channels:
            channels_item = Channel.from_dict(channels_item_data)
            channels.append(channels_item)
    return channels


def _UpdateAccountRequestBody_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.custom_field_value import CustomFieldValue

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = []
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)
            custom_fields.append(custom_fields_item)
    return custom_fields


def _UpdateAccountRequestBody_read_domains(d: dict[str, Any]) -> Any:
    domains = cast(list[str], d.get("domains", UNSET))
    return domains


def _UpdateAccountRequestBody_read_external_ids(d: dict[str, Any]) -> Any:
    from ..models.external_id import ExternalID

    _external_ids = d.get("external_ids", UNSET)
    external_ids: list[ExternalID] | Unset = UNSET
    if _external_ids is not UNSET:
        external_ids = []
        for external_ids_item_data in _external_ids:
            external_ids_item = ExternalID.from_dict(external_ids_item_data)
            external_ids.append(external_ids_item)
    return external_ids


def _UpdateAccountRequestBody_read_is_disabled(d: dict[str, Any]) -> Any:
    is_disabled = d.get("is_disabled", UNSET)
    return is_disabled


def _UpdateAccountRequestBody_read_logo_url(d: dict[str, Any]) -> Any:
    logo_url = d.get("logo_url", UNSET)
    return logo_url


def _UpdateAccountRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _UpdateAccountRequestBody_read_owner_id(d: dict[str, Any]) -> Any:
    owner_id = d.get("owner_id", UNSET)
    return owner_id


def _UpdateAccountRequestBody_read_primary_domain(d: dict[str, Any]) -> Any:
    primary_domain = d.get("primary_domain", UNSET)
    return primary_domain


def _UpdateAccountRequestBody_read_subaccount_ids(d: dict[str, Any]) -> Any:
    subaccount_ids = cast(list[str], d.get("subaccount_ids", UNSET))
    return subaccount_ids


def _UpdateAccountRequestBody_read_tags(d: dict[str, Any]) -> Any:
    tags = cast(list[str], d.get("tags", UNSET))
    return tags


def _UpdateAccountRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "channels",
            "custom_fields",
            "domains",
            "external_ids",
            "is_disabled",
            "logo_url",
            "name",
            "owner_id",
            "primary_domain",
            "subaccount_ids",
            "tags",
        }
    }
    _extra = d
    return _extra


UpdateAccountRequestBody._lazy_readers = {
    "channels": _UpdateAccountRequestBody_read_channels,
    "custom_fields": _UpdateAccountRequestBody_read_custom_fields,
    "domains": _UpdateAccountRequestBody_read_domains,
    "external_ids": _UpdateAccountRequestBody_read_external_ids,
    "is_disabled": _UpdateAccountRequestBody_read_is_disabled,
    "logo_url": _UpdateAccountRequestBody_read_logo_url,
    "name": _UpdateAccountRequestBody_read_name,
    "owner_id": _UpdateAccountRequestBody_read_owner_id,
    "primary_domain": _UpdateAccountRequestBody_read_primary_domain,
    "subaccount_ids": _UpdateAccountRequestBody_read_subaccount_ids,
    "tags": _UpdateAccountRequestBody_read_tags,
    "additional_properties": _UpdateAccountRequestBody_read_additional_properties,
}
