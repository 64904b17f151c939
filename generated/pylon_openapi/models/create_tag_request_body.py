from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateTagRequestBody")


@_attrs_define
class CreateTagRequestBody(LazyModel):
    """
    Attributes:
        object_type (str):
        value (str):
        hex_color (str | Unset):
    """

    object_type: str
    value: str
    hex_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        value = self.value

        hex_color = self.hex_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_type": object_type,
                "value": value,
            }
        )
        if hex_color is not UNSET:
            field_dict["hex_color"] = hex_color

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
def _CreateTagRequestBody_read_object_type(d: dict[str, Any]) -> Any:
    object_type = d["object_type"]
    return object_type


def _CreateTagRequestBody_read_value(d: dict[str, Any]) -> Any:
    value = d["value"]
    return value


def _CreateTagRequestBody_read_hex_color(d: dict[str, Any]) -> Any:
    hex_color = d.get("hex_color", UNSET)
    return hex_color


def _CreateTagRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"hex_color", "object_type", "value"}}
    _extra = d
    return _extra


CreateTagRequestBody._lazy_readers = {
    "object_type": _CreateTagRequestBody_read_object_type,
    "value": _CreateTagRequestBody_read_value,
    "hex_color": _CreateTagRequestBody_read_hex_color,
    "additional_properties": _CreateTagRequestBody_read_additional_properties,
}
CreateTagRequestBody._lazy_required = frozenset(["object_type", "value"])
