from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility_input_type import VisibilityInputType
from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="VisibilityInput")


@_attrs_define
class VisibilityInput(LazyModel):
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
def _VisibilityInput_read_type_(d: dict[str, Any]) -> Any:
    type_ = VisibilityInputType(d["type"])
    return type_


def _VisibilityInput_read_team_ids(d: dict[str, Any]) -> Any:
    team_ids = cast(list[str], d.get("team_ids", UNSET))
    return team_ids


def _VisibilityInput_read_user_ids(d: dict[str, Any]) -> Any:
    user_ids = cast(list[str], d.get("user_ids", UNSET))
    return user_ids


def _VisibilityInput_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"team_ids", "type", "user_ids"}}
    _extra = d
    return _extra


VisibilityInput._lazy_readers = {
    "type_": _VisibilityInput_read_type_,
    "team_ids": _VisibilityInput_read_team_ids,
    "user_ids": _VisibilityInput_read_user_ids,
    "additional_properties": _VisibilityInput_read_additional_properties,
}
VisibilityInput._lazy_required = frozenset(["type"])
