from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Visibility")


@_attrs_define
class Visibility:
    """
    Attributes:
        team_ids (list[str] | Unset):
        type_ (str | Unset):
        user_ids (list[str] | Unset):
    """

    team_ids: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_ids: list[str] | Unset = UNSET
        if not isinstance(self.team_ids, Unset):
            team_ids = self.team_ids

        type_ = self.type_

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_ids is not UNSET:
            field_dict["team_ids"] = team_ids
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_ids = cast(list[str], d.pop("team_ids", UNSET))

        type_ = d.pop("type", UNSET)

        user_ids = cast(list[str], d.pop("user_ids", UNSET))

        visibility = cls(
            team_ids=team_ids,
            type_=type_,
            user_ids=user_ids,
        )

        visibility.additional_properties = d
        return visibility

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
