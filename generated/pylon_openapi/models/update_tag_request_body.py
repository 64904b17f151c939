from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="UpdateTagRequestBody")


@_attrs_define
class UpdateTagRequestBody(LazyModel):
    """
    Attributes:
        hex_color (str | Unset):
        value (str | Unset):
    """

    hex_color: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hex_color = self.hex_color

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hex_color is not UNSET:
            field_dict["hex_color"] = hex_color
        if value is not UNSET:
            field_dict["value"] = value

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
def _UpdateTagRequestBody_read_hex_color(d: dict[str, Any]) -> Any:
    hex_color = d.get("hex_color", UNSET)
    return hex_color


def _UpdateTagRequestBody_read_value(d: dict[str, Any]) -> Any:
    value = d.get("value", UNSET)
    return value


def _UpdateTagRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"hex_color", "value"}}
    _extra = d
    return _extra


UpdateTagRequestBody._lazy_readers = {
    "hex_color": _UpdateTagRequestBody_read_hex_color,
    "value": _UpdateTagRequestBody_read_value,
    "additional_properties": _UpdateTagRequestBody_read_additional_properties,
}
