from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateCollectionRequestBody")


@_attrs_define
class CreateCollectionRequestBody(LazyModel):
    """
    Attributes:
        title (str):
        description (str | Unset):
        parent_collection_id (str | Unset):
        slug (str | Unset):
    """

    title: str
    description: str | Unset = UNSET
    parent_collection_id: str | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        parent_collection_id = self.parent_collection_id

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parent_collection_id is not UNSET:
            field_dict["parent_collection_id"] = parent_collection_id
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
def _CreateCollectionRequestBody_read_title(d: dict[str, Any]) -> Any:
    title = d["title"]
    return title


def _CreateCollectionRequestBody_read_description(d: dict[str, Any]) -> Any:
    description = d.get("description", UNSET)
    return description


def _CreateCollectionRequestBody_read_parent_collection_id(d: dict[str, Any]) -> Any:
    parent_collection_id = d.get("parent_collection_id", UNSET)
    return parent_collection_id


def _CreateCollectionRequestBody_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _CreateCollectionRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"description", "parent_collection_id", "slug", "title"}
    }
    _extra = d
    return _extra


CreateCollectionRequestBody._lazy_readers = {
    "title": _CreateCollectionRequestBody_read_title,
    "description": _CreateCollectionRequestBody_read_description,
    "parent_collection_id": _CreateCollectionRequestBody_read_parent_collection_id,
    "slug": _CreateCollectionRequestBody_read_slug,
    "additional_properties": _CreateCollectionRequestBody_read_additional_properties,
}
CreateCollectionRequestBody._lazy_required = frozenset(["title"])
