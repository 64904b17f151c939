from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="UpdateUserRequestBody")


@_attrs_define
class UpdateUserRequestBody(LazyModel):
    """
    Attributes:
        avatar_url (str | Unset):
        name (str | Unset):
        role_id (str | Unset):
        status (str | Unset):
    """

    avatar_url: str | Unset = UNSET
    name: str | Unset = UNSET
    role_id: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_url = self.avatar_url

        name = self.name

        role_id = self.role_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if name is not UNSET:
            field_dict["name"] = name
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if status is not UNSET:
            field_dict["status"] = status

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
def _UpdateUserRequestBody_read_avatar_url(d: dict[str, Any]) -> Any:
    avatar_url = d.get("avatar_url", UNSET)
    return avatar_url


def _UpdateUserRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _UpdateUserRequestBody_read_role_id(d: dict[str, Any]) -> Any:
    role_id = d.get("role_id", UNSET)
    return role_id


def _UpdateUserRequestBody_read_status(d: dict[str, Any]) -> Any:
    status = d.get("status", UNSET)
    return status


def _UpdateUserRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"avatar_url", "name", "role_id", "status"}}
    _extra = d
    return _extra


UpdateUserRequestBody._lazy_readers = {
    "avatar_url": _UpdateUserRequestBody_read_avatar_url,
    "name": _UpdateUserRequestBody_read_name,
    "role_id": _UpdateUserRequestBody_read_role_id,
    "status": _UpdateUserRequestBody_read_status,
    "additional_properties": _UpdateUserRequestBody_read_additional_properties,
}
