from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserRequestBody")


@_attrs_define
class UpdateUserRequestBody:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_url = d.pop("avatar_url", UNSET)

        name = d.pop("name", UNSET)

        role_id = d.pop("role_id", UNSET)

        status = d.pop("status", UNSET)

        update_user_request_body = cls(
            avatar_url=avatar_url,
            name=name,
            role_id=role_id,
            status=status,
        )

        update_user_request_body.additional_properties = d
        return update_user_request_body

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
