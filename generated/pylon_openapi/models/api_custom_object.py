from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.api_custom_object_custom_fields import APICustomObjectCustomFields


T = TypeVar("T", bound="APICustomObject")


@_attrs_define
class APICustomObject(LazyModel):
    """
    Attributes:
        created_at (str | Unset):
        custom_fields (APICustomObjectCustomFields | Unset):
        id (str | Unset):
        name (str | Unset):
        type_ (str | Unset):
        updated_at (str | Unset):
    """

    created_at: str | Unset = UNSET
    custom_fields: APICustomObjectCustomFields | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        id = self.id

        name = self.name

        type_ = self.type_

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
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
def _APICustomObject_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _APICustomObject_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.api_custom_object_custom_fields import APICustomObjectCustomFields

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: APICustomObjectCustomFields | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = APICustomObjectCustomFields.from_dict(_custom_fields)
    return custom_fields


def _APICustomObject_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _APICustomObject_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _APICustomObject_read_type_(d: dict[str, Any]) -> Any:
    type_ = d.get("type", UNSET)
    return type_


def _APICustomObject_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _APICustomObject_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"created_at", "custom_fields", "id", "name", "type", "updated_at"}
    }
    _extra = d
    return _extra


APICustomObject._lazy_readers = {
    "created_at": _APICustomObject_read_created_at,
    "custom_fields": _APICustomObject_read_custom_fields,
    "id": _APICustomObject_read_id,
    "name": _APICustomObject_read_name,
    "type_": _APICustomObject_read_type_,
    "updated_at": _APICustomObject_read_updated_at,
    "additional_properties": _APICustomObject_read_additional_properties,
}
