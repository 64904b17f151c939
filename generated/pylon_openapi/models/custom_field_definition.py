from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.number_metadata import NumberMetadata
    from ..models.select_metadata import SelectMetadata


T = TypeVar("T", bound="CustomFieldDefinition")


@_attrs_define
class CustomFieldDefinition(LazyModel):
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
def _CustomFieldDefinition_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _CustomFieldDefinition_read_default_value(d: dict[str, Any]) -> Any:
    default_value = d.get("default_value", UNSET)
    return default_value


def _CustomFieldDefinition_read_default_values(d: dict[str, Any]) -> Any:
    default_values = cast(list[str], d.get("default_values", UNSET))
    return default_values


def _CustomFieldDefinition_read_description(d: dict[str, Any]) -> Any:
    description = d.get("description", UNSET)
    return description


def _CustomFieldDefinition_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _CustomFieldDefinition_read_is_read_only(d: dict[str, Any]) -> Any:
    is_read_only = d.get("is_read_only", UNSET)
    return is_read_only


def _CustomFieldDefinition_read_label(d: dict[str, Any]) -> Any:
    label = d.get("label", UNSET)
    return label


def _CustomFieldDefinition_read_number_metadata(d: dict[str, Any]) -> Any:
    from ..models.number_metadata import NumberMetadata

    _number_metadata = d.get("number_metadata", UNSET)
    number_metadata: NumberMetadata | Unset
    if isinstance(_number_metadata, Unset):
        number_metadata = UNSET
    else:
        number_metadata = NumberMetadata.from_dict(_number_metadata)
    return number_metadata


def _CustomFieldDefinition_read_object_type(d: dict[str, Any]) -> Any:
    object_type = d.get("object_type", UNSET)
    return object_type


def _CustomFieldDefinition_read_select_metadata(d: dict[str, Any]) -> Any:
    from ..models.select_metadata import SelectMetadata

    _select_metadata = d.get("select_metadata", UNSET)
    select_metadata: SelectMetadata | Unset
    if isinstance(_select_metadata, Unset):
        select_metadata = UNSET
    else:
        select_metadata = SelectMetadata.from_dict(_select_metadata)
    return select_metadata


def _CustomFieldDefinition_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _CustomFieldDefinition_read_source(d: dict[str, Any]) -> Any:
    source = d.get("source", UNSET)
    return source


def _CustomFieldDefinition_read_type_(d: dict[str, Any]) -> Any:
    type_ = d.get("type", UNSET)
    return type_


def _CustomFieldDefinition_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _CustomFieldDefinition_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "created_at",
            "default_value",
            "default_values",
            "description",
            "id",
            "is_read_only",
            "label",
            "number_metadata",
            "object_type",
            "select_metadata",
            "slug",
            "source",
            "type",
            "updated_at",
        }
    }
    _extra = d
    return _extra


CustomFieldDefinition._lazy_readers = {
    "created_at": _CustomFieldDefinition_read_created_at,
    "default_value": _CustomFieldDefinition_read_default_value,
    "default_values": _CustomFieldDefinition_read_default_values,
    "description": _CustomFieldDefinition_read_description,
    "id": _CustomFieldDefinition_read_id,
    "is_read_only": _CustomFieldDefinition_read_is_read_only,
    "label": _CustomFieldDefinition_read_label,
    "number_metadata": _CustomFieldDefinition_read_number_metadata,
    "object_type": _CustomFieldDefinition_read_object_type,
    "select_metadata": _CustomFieldDefinition_read_select_metadata,
    "slug": _CustomFieldDefinition_read_slug,
    "source": _CustomFieldDefinition_read_source,
    "type_": _CustomFieldDefinition_read_type_,
    "updated_at": _CustomFieldDefinition_read_updated_at,
    "additional_properties": _CustomFieldDefinition_read_additional_properties,
}
