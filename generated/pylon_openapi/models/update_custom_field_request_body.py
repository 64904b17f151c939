from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_field_definition_select_option import (
        CustomFieldDefinitionSelectOption,
    )


T = TypeVar("T", bound="UpdateCustomFieldRequestBody")


@_attrs_define
class UpdateCustomFieldRequestBody(LazyModel):
    """
    Attributes:
        default_value (str | Unset):
        default_values (list[str] | Unset):
        description (str | Unset):
        label (str | Unset):
        select_options (list[CustomFieldDefinitionSelectOption] | Unset):
        slug (str | Unset):
    """

    default_value: str | Unset = UNSET
    default_values: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    label: str | Unset = UNSET
    select_options: list[CustomFieldDefinitionSelectOption] | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_value = self.default_value

        default_values: list[str] | Unset = UNSET
        if not isinstance(self.default_values, Unset):
            default_values = self.default_values

        description = self.description

        label = self.label

        select_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.select_options, Unset):
            select_options = []
            for select_options_item_data in self.select_options:
                select_options_item = select_options_item_data.to_dict()
                select_options.append(select_options_item)

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if default_values is not UNSET:
            field_dict["default_values"] = default_values
        if description is not UNSET:
            field_dict["description"] = description
        if label is not UNSET:
            field_dict["label"] = label
        if select_options is not UNSET:
            field_dict["select_options"] = select_options
        if slug is not UNSET:
            field_dict["slug"] = slug

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
def _UpdateCustomFieldRequestBody_read_default_value(d: dict[str, Any]) -> Any:
    default_value = d.get("default_value", UNSET)
    return default_value


def _UpdateCustomFieldRequestBody_read_default_values(d: dict[str, Any]) -> Any:
    default_values = cast(list[str], d.get("default_values", UNSET))
    return default_values


def _UpdateCustomFieldRequestBody_read_description(d: dict[str, Any]) -> Any:
    description = d.get("description", UNSET)
    return description


def _UpdateCustomFieldRequestBody_read_label(d: dict[str, Any]) -> Any:
    label = d.get("label", UNSET)
    return label


def _UpdateCustomFieldRequestBody_read_select_options(d: dict[str, Any]) -> Any:
    from ..models.custom_field_definition_select_option import CustomFieldDefinitionSelectOption

    _select_options = d.get("select_options", UNSET)
    select_options: list[CustomFieldDefinitionSelectOption] | Unset = UNSET
    if _select_options is not UNSET:
        select_options = []
        for select_options_item_data in _select_options:
            select_options_item = CustomFieldDefinitionSelectOption.from_dict(
                select_options_item_data
            )
            select_options.append(select_options_item)
    return select_options


def _UpdateCustomFieldRequestBody_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _UpdateCustomFieldRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {"default_value", "default_values", "description", "label", "select_options", "slug"}
    }
    _extra = d
    return _extra


UpdateCustomFieldRequestBody._lazy_readers = {
    "default_value": _UpdateCustomFieldRequestBody_read_default_value,
    "default_values": _UpdateCustomFieldRequestBody_read_default_values,
    "description": _UpdateCustomFieldRequestBody_read_description,
    "label": _UpdateCustomFieldRequestBody_read_label,
    "select_options": _UpdateCustomFieldRequestBody_read_select_options,
    "slug": _UpdateCustomFieldRequestBody_read_slug,
    "additional_properties": _UpdateCustomFieldRequestBody_read_additional_properties,
}
