from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="Visibility")


@_attrs_define
class Visibility(LazyModel):
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
def _Visibility_read_team_ids(d: dict[str, Any]) -> Any:
    team_ids = cast(list[str], d.get("team_ids", UNSET))
    return team_ids


def _Visibility_read_type_(d: dict[str, Any]) -> Any:
    type_ = d.get("type", UNSET)
    return type_


def _Visibility_read_user_ids(d: dict[str, Any]) -> Any:
    user_ids = cast(list[str], d.get("user_ids", UNSET))
    return user_ids


def _Visibility_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"team_ids", "type", "user_ids"}}
    _extra = d
    return _extra


Visibility._lazy_readers = {
    "team_ids": _Visibility_read_team_ids,
    "type_": _Visibility_read_type_,
    "user_ids": _Visibility_read_user_ids,
    "additional_properties": _Visibility_read_additional_properties,
}
