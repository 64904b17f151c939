from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_field_definition_select_option import (
        CustomFieldDefinitionSelectOption,
    )


T = TypeVar("T", bound="SelectMetadata")


@_attrs_define
class SelectMetadata(LazyModel):
    """
    Attributes:
        options (list[CustomFieldDefinitionSelectOption] | Unset):
    """

    options: list[CustomFieldDefinitionSelectOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if options is not UNSET:
            field_dict["options"] = options

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
def _SelectMetadata_read_options(d: dict[str, Any]) -> Any:
    from ..models.custom_field_definition_select_option import CustomFieldDefinitionSelectOption

    _options = d.get("options", UNSET)
    options: list[CustomFieldDefinitionSelectOption] | Unset = UNSET
    if _options is not UNSET:
        options = []
        for options_item_data in _options:
            options_item = CustomFieldDefinitionSelectOption.from_dict(options_item_data)
            options.append(options_item)
    return options


def _SelectMetadata_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"options"}}
    _extra = d
    return _extra


SelectMetadata._lazy_readers = {
    "options": _SelectMetadata_read_options,
    "additional_properties": _SelectMetadata_read_additional_properties,
}
