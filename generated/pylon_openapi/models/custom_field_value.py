from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CustomFieldValue")


@_attrs_define
class CustomFieldValue(LazyModel):
    """
    Attributes:
        slug (str | Unset):
        value (str | Unset):
        values (list[str] | Unset):
    """

    slug: str | Unset = UNSET
    value: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        value = self.value

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values

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
def _CustomFieldValue_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _CustomFieldValue_read_value(d: dict[str, Any]) -> Any:
    value = d.get("value", UNSET)
    return value


def _CustomFieldValue_read_values(d: dict[str, Any]) -> Any:
    values = cast(list[str], d.get("values", UNSET))
    return values


def _CustomFieldValue_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"slug", "value", "values"}}
    _extra = d
    return _extra


CustomFieldValue._lazy_readers = {
    "slug": _CustomFieldValue_read_slug,
    "value": _CustomFieldValue_read_value,
    "values": _CustomFieldValue_read_values,
    "additional_properties": _CustomFieldValue_read_additional_properties,
}
