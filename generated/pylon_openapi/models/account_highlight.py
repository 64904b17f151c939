from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="AccountHighlight")


@_attrs_define
class AccountHighlight(LazyModel):
    """
    Attributes:
        account_id (str | Unset):
        content_html (str | Unset):
        created_at (str | Unset):
        expires_at (str | Unset):
        id (str | Unset):
        updated_at (str | Unset):
    """

    account_id: str | Unset = UNSET
    content_html: str | Unset = UNSET
    created_at: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        content_html = self.content_html

        created_at = self.created_at

        expires_at = self.expires_at

        id = self.id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if content_html is not UNSET:
            field_dict["content_html"] = content_html
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if id is not UNSET:
            field_dict["id"] = id
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
def _AccountHighlight_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d.get("account_id", UNSET)
    return account_id


def _AccountHighlight_read_content_html(d: dict[str, Any]) -> Any:
    content_html = d.get("content_html", UNSET)
    return content_html


def _AccountHighlight_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _AccountHighlight_read_expires_at(d: dict[str, Any]) -> Any:
    expires_at = d.get("expires_at", UNSET)
    return expires_at


def _AccountHighlight_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _AccountHighlight_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _AccountHighlight_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"account_id", "content_html", "created_at", "expires_at", "id", "updated_at"}
    }
    _extra = d
    return _extra


AccountHighlight._lazy_readers = {
    "account_id": _AccountHighlight_read_account_id,
    "content_html": _AccountHighlight_read_content_html,
    "created_at": _AccountHighlight_read_created_at,
    "expires_at": _AccountHighlight_read_expires_at,
    "id": _AccountHighlight_read_id,
    "updated_at": _AccountHighlight_read_updated_at,
    "additional_properties": _AccountHighlight_read_additional_properties,
}
