from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="UpdateMilestoneRequestBody")


@_attrs_define
class UpdateMilestoneRequestBody(LazyModel):
    """
    Attributes:
        due_date (str | Unset):
        name (str | Unset):
    """

    due_date: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date = self.due_date

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if name is not UNSET:
            field_dict["name"] = name

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
def _UpdateMilestoneRequestBody_read_due_date(d: dict[str, Any]) -> Any:
    due_date = d.get("due_date", UNSET)
    return due_date


def _UpdateMilestoneRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _UpdateMilestoneRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"due_date", "name"}}
    _extra = d
    return _extra


UpdateMilestoneRequestBody._lazy_readers = {
    "due_date": _UpdateMilestoneRequestBody_read_due_date,
    "name": _UpdateMilestoneRequestBody_read_name,
    "additional_properties": _UpdateMilestoneRequestBody_read_additional_properties,
}
