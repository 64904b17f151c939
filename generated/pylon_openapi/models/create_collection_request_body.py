from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCollectionRequestBody")


@_attrs_define
class CreateCollectionRequestBody:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description", UNSET)

        parent_collection_id = d.pop("parent_collection_id", UNSET)

        slug = d.pop("slug", UNSET)

        create_collection_request_body = cls(
            title=title,
            description=description,
            parent_collection_id=parent_collection_id,
            slug=slug,
        )

        create_collection_request_body.additional_properties = d
        return create_collection_request_body

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
