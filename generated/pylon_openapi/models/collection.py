from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.visibility_config import VisibilityConfig


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection(LazyModel):
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
def _Collection_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _Collection_read_description(d: dict[str, Any]) -> Any:
    description = d.get("description", UNSET)
    return description


def _Collection_read_icon(d: dict[str, Any]) -> Any:
    icon = d.get("icon", UNSET)
    return icon


def _Collection_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _Collection_read_parent_collection_id(d: dict[str, Any]) -> Any:
    parent_collection_id = d.get("parent_collection_id", UNSET)
    return parent_collection_id


def _Collection_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _Collection_read_title(d: dict[str, Any]) -> Any:
    title = d.get("title", UNSET)
    return title


def _Collection_read_visibility_config(d: dict[str, Any]) -> Any:
    from ..models.visibility_config import VisibilityConfig

    _visibility_config = d.get("visibility_config", UNSET)
    visibility_config: VisibilityConfig | Unset
    if isinstance(_visibility_config, Unset):
        visibility_config = UNSET
    else:
        visibility_config = VisibilityConfig.from_dict(_visibility_config)
    return visibility_config


def _Collection_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "created_at",
            "description",
            "icon",
            "id",
            "parent_collection_id",
            "slug",
            "title",
            "visibility_config",
        }
    }
    _extra = d
    return _extra


Collection._lazy_readers = {
    "created_at": _Collection_read_created_at,
    "description": _Collection_read_description,
    "icon": _Collection_read_icon,
    "id": _Collection_read_id,
    "parent_collection_id": _Collection_read_parent_collection_id,
    "slug": _Collection_read_slug,
    "title": _Collection_read_title,
    "visibility_config": _Collection_read_visibility_config,
    "additional_properties": _Collection_read_additional_properties,
}
