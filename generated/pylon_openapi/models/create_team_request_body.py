from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateTeamRequestBody")


@_attrs_define
class CreateTeamRequestBody(LazyModel):
    """
    Attributes:
        name (str | Unset):
        user_ids (list[str] | Unset):
    """

    name: str | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
def _CreateTeamRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _CreateTeamRequestBody_read_user_ids(d: dict[str, Any]) -> Any:
    user_ids = cast(list[str], d.get("user_ids", UNSET))
    return user_ids


def _CreateTeamRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"name", "user_ids"}}
    _extra = d
    return _extra


CreateTeamRequestBody._lazy_readers = {
    "name": _CreateTeamRequestBody_read_name,
    "user_ids": _CreateTeamRequestBody_read_user_ids,
    "additional_properties": _CreateTeamRequestBody_read_additional_properties,
}
