from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_type import SurveyType
from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="Survey")


@_attrs_define
class Survey(LazyModel):
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        type_ (SurveyType | Unset):
        updated_at (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: SurveyType | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
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
def _Survey_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _Survey_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _Survey_read_type_(d: dict[str, Any]) -> Any:
    _type_ = d.get("type", UNSET)
    type_: SurveyType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = SurveyType(_type_)
    return type_


def _Survey_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _Survey_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"id", "name", "type", "updated_at"}}
    _extra = d
    return _extra


Survey._lazy_readers = {
    "id": _Survey_read_id,
    "name": _Survey_read_name,
    "type_": _Survey_read_type_,
    "updated_at": _Survey_read_updated_at,
    "additional_properties": _Survey_read_additional_properties,
}
