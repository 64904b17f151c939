from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.visibility_config import VisibilityConfig


T = TypeVar("T", bound="Article")


@_attrs_define
class Article(LazyModel):
    """
    Attributes:
        collection_id (str | Unset):
        current_draft_content_html (str | Unset):
        current_published_content_html (str | Unset):
        id (str | Unset):
        identifier (str | Unset):
        is_published (bool | Unset):
        is_unlisted (bool | Unset):
        last_published_at (str | Unset):
        slug (str | Unset):
        title (str | Unset):
        url (str | Unset):
        visibility_config (VisibilityConfig | Unset):
    """

    collection_id: str | Unset = UNSET
    current_draft_content_html: str | Unset = UNSET
    current_published_content_html: str | Unset = UNSET
    id: str | Unset = UNSET
    identifier: str | Unset = UNSET
    is_published: bool | Unset = UNSET
    is_unlisted: bool | Unset = UNSET
    last_published_at: str | Unset = UNSET
    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    visibility_config: VisibilityConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        current_draft_content_html = self.current_draft_content_html

        current_published_content_html = self.current_published_content_html

        id = self.id

        identifier = self.identifier

        is_published = self.is_published

        is_unlisted = self.is_unlisted

        last_published_at = self.last_published_at

        slug = self.slug

        title = self.title

        url = self.url

        visibility_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility_config, Unset):
            visibility_config = self.visibility_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if current_draft_content_html is not UNSET:
            field_dict["current_draft_content_html"] = current_draft_content_html
        if current_published_content_html is not UNSET:
            field_dict["current_published_content_html"] = current_published_content_html
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if is_unlisted is not UNSET:
            field_dict["is_unlisted"] = is_unlisted
        if last_published_at is not UNSET:
            field_dict["last_published_at"] = last_published_at
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
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
def _Article_read_collection_id(d: dict[str, Any]) -> Any:
    collection_id = d.get("collection_id", UNSET)
    return collection_id


def _Article_read_current_draft_content_html(d: dict[str, Any]) -> Any:
    current_draft_content_html = d.get("current_draft_content_html", UNSET)
    return current_draft_content_html


def _Article_read_current_published_content_html(d: dict[str, Any]) -> Any:
    current_published_content_html = d.get("current_published_content_html", UNSET)
    return current_published_content_html


def _Article_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _Article_read_identifier(d: dict[str, Any]) -> Any:
    identifier = d.get("identifier", UNSET)
    return identifier


def _Article_read_is_published(d: dict[str, Any]) -> Any:
    is_published = d.get("is_published", UNSET)
    return is_published


def _Article_read_is_unlisted(d: dict[str, Any]) -> Any:
    is_unlisted = d.get("is_unlisted", UNSET)
    return is_unlisted


def _Article_read_last_published_at(d: dict[str, Any]) -> Any:
    last_published_at = d.get("last_published_at", UNSET)
    return last_published_at


def _Article_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _Article_read_title(d: dict[str, Any]) -> Any:
    title = d.get("title", UNSET)
    return title


def _Article_read_url(d: dict[str, Any]) -> Any:
    url = d.get("url", UNSET)
    return url


def _Article_read_visibility_config(d: dict[str, Any]) -> Any:
    from ..models.visibility_config import VisibilityConfig

    _visibility_config = d.get("visibility_config", UNSET)
    visibility_config: VisibilityConfig | Unset
    if isinstance(_visibility_config, Unset):
        visibility_config = UNSET
    else:
        visibility_config = VisibilityConfig.from_dict(_visibility_config)
    return visibility_config


def _Article_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "collection_id",
            "current_draft_content_html",
            "current_published_content_html",
            "id",
            "identifier",
            "is_published",
            "is_unlisted",
            "last_published_at",
            "slug",
            "title",
            "url",
            "visibility_config",
        }
    }
    _extra = d
    return _extra


Article._lazy_readers = {
    "collection_id": _Article_read_collection_id,
    "current_draft_content_html": _Article_read_current_draft_content_html,
    "current_published_content_html": _Article_read_current_published_content_html,
    "id": _Article_read_id,
    "identifier": _Article_read_identifier,
    "is_published": _Article_read_is_published,
    "is_unlisted": _Article_read_is_unlisted,
    "last_published_at": _Article_read_last_published_at,
    "slug": _Article_read_slug,
    "title": _Article_read_title,
    "url": _Article_read_url,
    "visibility_config": _Article_read_visibility_config,
    "additional_properties": _Article_read_additional_properties,
}
