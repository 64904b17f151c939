from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visibility_config import VisibilityConfig


T = TypeVar("T", bound="Article")


@_attrs_define
class Article:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        collection_id = d.pop("collection_id", UNSET)

        current_draft_content_html = d.pop("current_draft_content_html", UNSET)

        current_published_content_html = d.pop("current_published_content_html", UNSET)

        id = d.pop("id", UNSET)

        identifier = d.pop("identifier", UNSET)

        is_published = d.pop("is_published", UNSET)

        is_unlisted = d.pop("is_unlisted", UNSET)

        last_published_at = d.pop("last_published_at", UNSET)

        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        _visibility_config = d.pop("visibility_config", UNSET)
        visibility_config: VisibilityConfig | Unset
        if isinstance(_visibility_config, Unset):
            visibility_config = UNSET
        else:
            visibility_config = VisibilityConfig.from_dict(_visibility_config)

        article = cls(
            collection_id=collection_id,
            current_draft_content_html=current_draft_content_html,
            current_published_content_html=current_published_content_html,
            id=id,
            identifier=identifier,
            is_published=is_published,
            is_unlisted=is_unlisted,
            last_published_at=last_published_at,
            slug=slug,
            title=title,
            url=url,
            visibility_config=visibility_config,
        )

        article.additional_properties = d
        return article

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
