from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from .._lazy import LazyModel

T = TypeVar("T", bound="CustomSourceInfoMetadataAdditionalProperty")


@_attrs_define
class CustomSourceInfoMetadataAdditionalProperty(LazyModel):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
def _CustomSourceInfoMetadataAdditionalProperty_read_additional_properties(
    d: dict[str, Any],
) -> Any:
    _extra = d
    return _extra


CustomSourceInfoMetadataAdditionalProperty._lazy_readers = {
    "additional_properties": _CustomSourceInfoMetadataAdditionalProperty_read_additional_properties,
}
