from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue


T = TypeVar("T", bound="TaskCustomFields")


@_attrs_define
class TaskCustomFields(LazyModel):
    additional_properties: dict[str, CustomFieldValue] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    # from_dict comes from LazyModel: each field is parsed from the payload when
    # first read, by the reader functions below the class.

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CustomFieldValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: CustomFieldValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Field readers: the generator's own parsing code, one field each (codegen/lazy_models.py).
def _TaskCustomFields_read_additional_properties(d: dict[str, Any]) -> Any:
    from ..models.custom_field_value import CustomFieldValue

    additional_properties = {}
    for prop_name, prop_dict in d.items():
        additional_property = CustomFieldValue.from_dict(prop_dict)
        additional_properties[prop_name] = additional_property
    _extra = additional_properties
    return _extra


TaskCustomFields._lazy_readers = {
    "additional_properties": _TaskCustomFields_read_additional_properties,
}
