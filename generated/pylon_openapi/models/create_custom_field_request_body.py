from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_definition_select_option import (
        CustomFieldDefinitionSelectOption,
    )


T = TypeVar("T", bound="CreateCustomFieldRequestBody")


@_attrs_define
class CreateCustomFieldRequestBody:
    """
    Attributes:
        label (str):
        object_type (str):
        type_ (str):
        default_value (str | Unset):
        default_values (list[str] | Unset):
        description (str | Unset):
        select_options (list[CustomFieldDefinitionSelectOption] | Unset):
        slug (str | Unset):
    """

    label: str
    object_type: str
    type_: str
    default_value: str | Unset = UNSET
    default_values: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    select_options: list[CustomFieldDefinitionSelectOption] | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        object_type = self.object_type

        type_ = self.type_

        default_value = self.default_value

        default_values: list[str] | Unset = UNSET
        if not isinstance(self.default_values, Unset):
            default_values = self.default_values

        description = self.description

        select_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.select_options, Unset):
            select_options = []
            for select_options_item_data in self.select_options:
                select_options_item = select_options_item_data.to_dict()
                select_options.append(select_options_item)

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "object_type": object_type,
                "type": type_,
            }
        )
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if default_values is not UNSET:
            field_dict["default_values"] = default_values
        if description is not UNSET:
            field_dict["description"] = description
        if select_options is not UNSET:
            field_dict["select_options"] = select_options
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        label = d.pop("label")

        object_type = d.pop("object_type")

        type_ = d.pop("type")

        default_value = d.pop("default_value", UNSET)

        default_values = cast(list[str], d.pop("default_values", UNSET))

        description = d.pop("description", UNSET)

        _select_options = d.pop("select_options", UNSET)
        select_options: list[CustomFieldDefinitionSelectOption] | Unset = UNSET
        if _select_options is not UNSET:
            select_options = []
            for select_options_item_data in _select_options:
                select_options_item = CustomFieldDefinitionSelectOption.from_dict(
                    select_options_item_data
                )

                select_options.append(select_options_item)

        slug = d.pop("slug", UNSET)

        create_custom_field_request_body = cls(
            label=label,
            object_type=object_type,
            type_=type_,
            default_value=default_value,
            default_values=default_values,
            description=description,
            select_options=select_options,
            slug=slug,
        )

        create_custom_field_request_body.additional_properties = d
        return create_custom_field_request_body

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


# Imported once here rather than on every from_dict call (codegen/optimize.py).
from ..models.custom_field_definition_select_option import CustomFieldDefinitionSelectOption
