from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility_input_type import VisibilityInputType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisibilityInput")


@_attrs_define
class VisibilityInput:
    """
    Attributes:
        type_ (VisibilityInputType):
        team_ids (list[str] | Unset):
        user_ids (list[str] | Unset):
    """

    type_: VisibilityInputType
    team_ids: list[str] | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        team_ids: list[str] | Unset = UNSET
        if not isinstance(self.team_ids, Unset):
            team_ids = self.team_ids

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if team_ids is not UNSET:
            field_dict["team_ids"] = team_ids
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = VisibilityInputType(d.pop("type"))

        team_ids = cast(list[str], d.pop("team_ids", UNSET))

        user_ids = cast(list[str], d.pop("user_ids", UNSET))

        visibility_input = cls(
            type_=type_,
            team_ids=team_ids,
            user_ids=user_ids,
        )

        visibility_input.additional_properties = d
        return visibility_input

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
