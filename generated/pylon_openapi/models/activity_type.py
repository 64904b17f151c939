from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityType")


@_attrs_define
class ActivityType:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        icon_url = d.pop("icon_url", UNSET)

        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        slug = d.pop("slug", UNSET)

        activity_type = cls(
            icon_url=icon_url,
            id=id,
            label=label,
            slug=slug,
        )

        activity_type.additional_properties = d
        return activity_type

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
