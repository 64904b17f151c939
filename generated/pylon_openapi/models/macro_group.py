from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="MacroGroup")


@_attrs_define
class MacroGroup(LazyModel):
    """
    Attributes:
        created_at (str | Unset):
        id (str | Unset):
        title (str | Unset):
        updated_at (str | Unset):
    """

    created_at: str | Unset = UNSET
    id: str | Unset = UNSET
    title: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        title = self.title

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
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
def _MacroGroup_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _MacroGroup_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _MacroGroup_read_title(d: dict[str, Any]) -> Any:
    title = d.get("title", UNSET)
    return title


def _MacroGroup_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _MacroGroup_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"created_at", "id", "title", "updated_at"}}
    _extra = d
    return _extra


MacroGroup._lazy_readers = {
    "created_at": _MacroGroup_read_created_at,
    "id": _MacroGroup_read_id,
    "title": _MacroGroup_read_title,
    "updated_at": _MacroGroup_read_updated_at,
    "additional_properties": _MacroGroup_read_additional_properties,
}
