from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue


T = TypeVar("T", bound="UpdateAccountsRequest")


@_attrs_define
class UpdateAccountsRequest(LazyModel):
    """
    Attributes:
        account_ids (list[str]):
        custom_fields (list[CustomFieldValue] | Unset):
        owner_id (str | Unset):
        tags (list[str] | Unset):
        tags_apply_mode (str | Unset):
    """

    account_ids: list[str]
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    owner_id: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    tags_apply_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_ids = self.account_ids

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        owner_id = self.owner_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        tags_apply_mode = self.tags_apply_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_ids": account_ids,
            }
        )
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tags_apply_mode is not UNSET:
            field_dict["tags_apply_mode"] = tags_apply_mode

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
def _UpdateAccountsRequest_read_account_ids(d: dict[str, Any]) -> Any:
    account_ids = cast(list[str], d["account_ids"])
    return account_ids


def _UpdateAccountsRequest_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.custom_field_value import CustomFieldValue

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = []
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)
            custom_fields.append(custom_fields_item)
    return custom_fields


def _UpdateAccountsRequest_read_owner_id(d: dict[str, Any]) -> Any:
    owner_id = d.get("owner_id", UNSET)
    return owner_id


def _UpdateAccountsRequest_read_tags(d: dict[str, Any]) -> Any:
    tags = cast(list[str], d.get("tags", UNSET))
    return tags


def _UpdateAccountsRequest_read_tags_apply_mode(d: dict[str, Any]) -> Any:
    tags_apply_mode = d.get("tags_apply_mode", UNSET)
    return tags_apply_mode


def _UpdateAccountsRequest_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"account_ids", "custom_fields", "owner_id", "tags", "tags_apply_mode"}
    }
    _extra = d
    return _extra


UpdateAccountsRequest._lazy_readers = {
    "account_ids": _UpdateAccountsRequest_read_account_ids,
    "custom_fields": _UpdateAccountsRequest_read_custom_fields,
    "owner_id": _UpdateAccountsRequest_read_owner_id,
    "tags": _UpdateAccountsRequest_read_tags,
    "tags_apply_mode": _UpdateAccountsRequest_read_tags_apply_mode,
    "additional_properties": _UpdateAccountsRequest_read_additional_properties,
}
UpdateAccountsRequest._lazy_required = frozenset(["account_ids"])
