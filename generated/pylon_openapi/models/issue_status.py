from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueStatus")


@_attrs_define
class IssueStatus:
    """
    Attributes:
        category (str | Unset):
        is_archived (bool | Unset):
        is_default_status (bool | Unset):
        label (str | Unset):
        slug (str | Unset):
    """

    category: str | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_default_status: bool | Unset = UNSET
    label: str | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        is_archived = self.is_archived

        is_default_status = self.is_default_status

        label = self.label

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if is_default_status is not UNSET:
            field_dict["is_default_status"] = is_default_status
        if label is not UNSET:
            field_dict["label"] = label
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        is_default_status = d.pop("is_default_status", UNSET)

        label = d.pop("label", UNSET)

        slug = d.pop("slug", UNSET)

        issue_status = cls(
            category=category,
            is_archived=is_archived,
            is_default_status=is_default_status,
            label=label,
            slug=slug,
        )

        issue_status.additional_properties = d
        return issue_status

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
