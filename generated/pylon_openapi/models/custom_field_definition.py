from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_metadata import NumberMetadata
    from ..models.select_metadata import SelectMetadata


T = TypeVar("T", bound="CustomFieldDefinition")


@_attrs_define
class CustomFieldDefinition:
    """
    Attributes:
        created_at (str | Unset):
        default_value (str | Unset):
        default_values (list[str] | Unset):
        description (str | Unset):
        id (str | Unset):
        is_read_only (bool | Unset):
        label (str | Unset):
        number_metadata (NumberMetadata | Unset):
        object_type (str | Unset):
        select_metadata (SelectMetadata | Unset):
        slug (str | Unset):
        source (str | Unset):
        type_ (str | Unset):
        updated_at (str | Unset):
    """

    created_at: str | Unset = UNSET
    default_value: str | Unset = UNSET
    default_values: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    is_read_only: bool | Unset = UNSET
    label: str | Unset = UNSET
    number_metadata: NumberMetadata | Unset = UNSET
    object_type: str | Unset = UNSET
    select_metadata: SelectMetadata | Unset = UNSET
    slug: str | Unset = UNSET
    source: str | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        default_value = self.default_value

        default_values: list[str] | Unset = UNSET
        if not isinstance(self.default_values, Unset):
            default_values = self.default_values

        description = self.description

        id = self.id

        is_read_only = self.is_read_only

        label = self.label

        number_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number_metadata, Unset):
            number_metadata = self.number_metadata.to_dict()

        object_type = self.object_type

        select_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.select_metadata, Unset):
            select_metadata = self.select_metadata.to_dict()

        slug = self.slug

        source = self.source

        type_ = self.type_

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if default_values is not UNSET:
            field_dict["default_values"] = default_values
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if is_read_only is not UNSET:
            field_dict["is_read_only"] = is_read_only
        if label is not UNSET:
            field_dict["label"] = label
        if number_metadata is not UNSET:
            field_dict["number_metadata"] = number_metadata
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if select_metadata is not UNSET:
            field_dict["select_metadata"] = select_metadata
        if slug is not UNSET:
            field_dict["slug"] = slug
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        default_value = d.pop("default_value", UNSET)

        default_values = cast(list[str], d.pop("default_values", UNSET))

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        is_read_only = d.pop("is_read_only", UNSET)

        label = d.pop("label", UNSET)

        _number_metadata = d.pop("number_metadata", UNSET)
        number_metadata: NumberMetadata | Unset
        if isinstance(_number_metadata, Unset):
            number_metadata = UNSET
        else:
            number_metadata = NumberMetadata.from_dict(_number_metadata)

        object_type = d.pop("object_type", UNSET)

        _select_metadata = d.pop("select_metadata", UNSET)
        select_metadata: SelectMetadata | Unset
        if isinstance(_select_metadata, Unset):
            select_metadata = UNSET
        else:
            select_metadata = SelectMetadata.from_dict(_select_metadata)

        slug = d.pop("slug", UNSET)

        source = d.pop("source", UNSET)

        type_ = d.pop("type", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        custom_field_definition = cls(
            created_at=created_at,
            default_value=default_value,
            default_values=default_values,
            description=description,
            id=id,
            is_read_only=is_read_only,
            label=label,
            number_metadata=number_metadata,
            object_type=object_type,
            select_metadata=select_metadata,
            slug=slug,
            source=source,
            type_=type_,
            updated_at=updated_at,
        )

        custom_field_definition.additional_properties = d
        return custom_field_definition

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
from ..models.number_metadata import NumberMetadata
from ..models.select_metadata import SelectMetadata
