from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="IssueStatus")


@_attrs_define
class IssueStatus(LazyModel):
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
def _IssueStatus_read_category(d: dict[str, Any]) -> Any:
    category = d.get("category", UNSET)
    return category


def _IssueStatus_read_is_archived(d: dict[str, Any]) -> Any:
    is_archived = d.get("is_archived", UNSET)
    return is_archived


def _IssueStatus_read_is_default_status(d: dict[str, Any]) -> Any:
    is_default_status = d.get("is_default_status", UNSET)
    return is_default_status


def _IssueStatus_read_label(d: dict[str, Any]) -> Any:
    label = d.get("label", UNSET)
    return label


def _IssueStatus_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _IssueStatus_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"category", "is_archived", "is_default_status", "label", "slug"}
    }
    _extra = d
    return _extra


IssueStatus._lazy_readers = {
    "category": _IssueStatus_read_category,
    "is_archived": _IssueStatus_read_is_archived,
    "is_default_status": _IssueStatus_read_is_default_status,
    "label": _IssueStatus_read_label,
    "slug": _IssueStatus_read_slug,
    "additional_properties": _IssueStatus_read_additional_properties,
}
