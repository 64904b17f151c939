from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="ActivityType")


@_attrs_define
class ActivityType(LazyModel):
    """
    Attributes:
        icon_url (str | Unset):
        id (str | Unset):
        label (str | Unset):
        slug (str | Unset):
    """

    icon_url: str | Unset = UNSET
    id: str | Unset = UNSET
    label: str | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        icon_url = self.icon_url

        id = self.id

        label = self.label

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
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
def _ActivityType_read_icon_url(d: dict[str, Any]) -> Any:
    icon_url = d.get("icon_url", UNSET)
    return icon_url


def _ActivityType_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _ActivityType_read_label(d: dict[str, Any]) -> Any:
    label = d.get("label", UNSET)
    return label


def _ActivityType_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _ActivityType_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"icon_url", "id", "label", "slug"}}
    _extra = d
    return _extra


ActivityType._lazy_readers = {
    "icon_url": _ActivityType_read_icon_url,
    "id": _ActivityType_read_id,
    "label": _ActivityType_read_label,
    "slug": _ActivityType_read_slug,
    "additional_properties": _ActivityType_read_additional_properties,
}
