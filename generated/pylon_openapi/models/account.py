from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.account_custom_fields import AccountCustomFields
    from ..models.channel import Channel
    from ..models.crm_settings import CRMSettings
    from ..models.external_id import ExternalID
    from ..models.mini_user import MiniUser


T = TypeVar("T", bound="Account")


@_attrs_define
class Account(LazyModel):
    """
    Attributes:
        channels (list[Channel] | Unset):
        created_at (str | Unset):
        crm_settings (CRMSettings | Unset):
        custom_fields (AccountCustomFields | Unset):
        domain (str | Unset):
        domains (list[str] | Unset):
        external_ids (list[ExternalID] | Unset):
        id (str | Unset):
        is_disabled (bool | Unset):
        latest_customer_activity_time (str | Unset):
        name (str | Unset):
        owner (MiniUser | Unset):
        primary_domain (str | Unset):
        tags (list[str] | Unset):
        type_ (str | Unset):
        updated_at (str | Unset):
    """

    channels: list[Channel] | Unset = UNSET
    created_at: str | Unset = UNSET
    crm_settings: CRMSettings | Unset = UNSET
    custom_fields: AccountCustomFields | Unset = UNSET
    domain: str | Unset = UNSET
    domains: list[str] | Unset = UNSET
    external_ids: list[ExternalID] | Unset = UNSET
    id: str | Unset = UNSET
    is_disabled: bool | Unset = UNSET
    latest_customer_activity_time: str | Unset = UNSET
    name: str | Unset = UNSET
    owner: MiniUser | Unset = UNSET
    primary_domain: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.to_dict()
                channels.append(channels_item)

        created_at = self.created_at

        crm_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.crm_settings, Unset):
            crm_settings = self.crm_settings.to_dict()

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

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

        id = self.id

        is_disabled = self.is_disabled

        latest_customer_activity_time = self.latest_customer_activity_time

        name = self.name

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        primary_domain = self.primary_domain

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_ = self.type_

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channels is not UNSET:
            field_dict["channels"] = channels
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if crm_settings is not UNSET:
            field_dict["crm_settings"] = crm_settings
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if domain is not UNSET:
            field_dict["domain"] = domain
        if domains is not UNSET:
            field_dict["domains"] = domains
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if id is not UNSET:
            field_dict["id"] = id
        if is_disabled is not UNSET:
            field_dict["is_disabled"] = is_disabled
        if latest_customer_activity_time is not UNSET:
            field_dict["latest_customer_activity_time"] = latest_customer_activity_time
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if primary_domain is not UNSET:
            field_dict["primary_domain"] = primary_domain
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
def _Account_read_channels(d: dict[str, Any]) -> Any:
    from ..models.channel import Channel

    _channels = d.get("channels", UNSET)
    channels: list[Channel] | Unset = UNSET
    if _channels is not UNSET:
        channels = []
        for channels_item_data in _channels:
            channels_item = Channel.from_dict(channels_item_data)
            channels.append(channels_item)
    return channels


def _Account_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _Account_read_crm_settings(d: dict[str, Any]) -> Any:
    from ..models.crm_settings import CRMSettings

    _crm_settings = d.get("crm_settings", UNSET)
    crm_settings: CRMSettings | Unset
    if isinstance(_crm_settings, Unset):
        crm_settings = UNSET
    else:
        crm_settings = CRMSettings.from_dict(_crm_settings)
    return crm_settings


def _Account_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.account_custom_fields import AccountCustomFields

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: AccountCustomFields | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = AccountCustomFields.from_dict(_custom_fields)
    return custom_fields


def _Account_read_domain(d: dict[str, Any]) -> Any:
    domain = d.get("domain", UNSET)
    return domain


def _Account_read_domains(d: dict[str, Any]) -> Any:
    domains = cast(list[str], d.get("domains", UNSET))
    return domains


def _Account_read_external_ids(d: dict[str, Any]) -> Any:
    from ..models.external_id import ExternalID

    _external_ids = d.get("external_ids", UNSET)
    external_ids: list[ExternalID] | Unset = UNSET
    if _external_ids is not UNSET:
        external_ids = []
        for external_ids_item_data in _external_ids:
            external_ids_item = ExternalID.from_dict(external_ids_item_data)
            external_ids.append(external_ids_item)
    return external_ids


def _Account_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _Account_read_is_disabled(d: dict[str, Any]) -> Any:
    is_disabled = d.get("is_disabled", UNSET)
    return is_disabled


def _Account_read_latest_customer_activity_time(d: dict[str, Any]) -> Any:
    latest_customer_activity_time = d.get("latest_customer_activity_time", UNSET)
    return latest_customer_activity_time


def _Account_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _Account_read_owner(d: dict[str, Any]) -> Any:
    from ..models.mini_user import MiniUser

    _owner = d.get("owner", UNSET)
    owner: MiniUser | Unset
    if isinstance(_owner, Unset):
        owner = UNSET
    else:
        owner = MiniUser.from_dict(_owner)
    return owner


def _Account_read_primary_domain(d: dict[str, Any]) -> Any:
    primary_domain = d.get("primary_domain", UNSET)
    return primary_domain


def _Account_read_tags(d: dict[str, Any]) -> Any:
    tags = cast(list[str], d.get("tags", UNSET))
    return tags


def _Account_read_type_(d: dict[str, Any]) -> Any:
    type_ = d.get("type", UNSET)
    return type_


def _Account_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _Account_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "channels",
            "created_at",
            "crm_settings",
            "custom_fields",
            "domain",
            "domains",
            "external_ids",
            "id",
            "is_disabled",
            "latest_customer_activity_time",
            "name",
            "owner",
            "primary_domain",
            "tags",
            "type",
            "updated_at",
        }
    }
    _extra = d
    return _extra


Account._lazy_readers = {
    "channels": _Account_read_channels,
    "created_at": _Account_read_created_at,
    "crm_settings": _Account_read_crm_settings,
    "custom_fields": _Account_read_custom_fields,
    "domain": _Account_read_domain,
    "domains": _Account_read_domains,
    "external_ids": _Account_read_external_ids,
    "id": _Account_read_id,
    "is_disabled": _Account_read_is_disabled,
    "latest_customer_activity_time": _Account_read_latest_customer_activity_time,
    "name": _Account_read_name,
    "owner": _Account_read_owner,
    "primary_domain": _Account_read_primary_domain,
    "tags": _Account_read_tags,
    "type_": _Account_read_type_,
    "updated_at": _Account_read_updated_at,
    "additional_properties": _Account_read_additional_properties,
}
