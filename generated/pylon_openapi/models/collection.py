from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visibility_config import VisibilityConfig


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """
    Attributes:
        created_at (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        id (str | Unset):
        parent_collection_id (str | Unset):
        slug (str | Unset):
        title (str | Unset):
        visibility_config (VisibilityConfig | Unset):
    """

    created_at: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    id: str | Unset = UNSET
    parent_collection_id: str | Unset = UNSET
    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    visibility_config: VisibilityConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        description = self.description

        icon = self.icon

        id = self.id

        parent_collection_id = self.parent_collection_id

        slug = self.slug

        title = self.title

        visibility_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility_config, Unset):
            visibility_config = self.visibility_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if id is not UNSET:
            field_dict["id"] = id
        if parent_collection_id is not UNSET:
            field_dict["parent_collection_id"] = parent_collection_id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if visibility_config is not UNSET:
            field_dict["visibility_config"] = visibility_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        id = d.pop("id", UNSET)

        parent_collection_id = d.pop("parent_collection_id", UNSET)

        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        _visibility_config = d.pop("visibility_config", UNSET)
        visibility_config: VisibilityConfig | Unset
        if isinstance(_visibility_config, Unset):
            visibility_config = UNSET
        else:
            visibility_config = VisibilityConfig.from_dict(_visibility_config)

        collection = cls(
            created_at=created_at,
            description=description,
            icon=icon,
            id=id,
            parent_collection_id=parent_collection_id,
            slug=slug,
            title=title,
            visibility_config=visibility_config,
        )

        collection.additional_properties = d
        return collection

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
from ..models.visibility_config import VisibilityConfig
