from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_translation_input import ArticleTranslationInput
    from ..models.visibility_config import VisibilityConfig


T = TypeVar("T", bound="CreateArticleRequestBody")


@_attrs_define
class CreateArticleRequestBody:
    """
    Attributes:
        author_user_id (str):
        body_html (str):
        title (str):
        collection_id (str | Unset):
        is_published (bool | Unset):
        is_unlisted (bool | Unset):
        slug (str | Unset):
        translations (list[ArticleTranslationInput] | Unset):
        visibility_config (VisibilityConfig | Unset):
    """

    author_user_id: str
    body_html: str
    title: str
    collection_id: str | Unset = UNSET
    is_published: bool | Unset = UNSET
    is_unlisted: bool | Unset = UNSET
    slug: str | Unset = UNSET
    translations: list[ArticleTranslationInput] | Unset = UNSET
    visibility_config: VisibilityConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_user_id = self.author_user_id

        body_html = self.body_html

        title = self.title

        collection_id = self.collection_id

        is_published = self.is_published

        is_unlisted = self.is_unlisted

        slug = self.slug

        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        visibility_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility_config, Unset):
            visibility_config = self.visibility_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author_user_id": author_user_id,
                "body_html": body_html,
                "title": title,
            }
        )
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if is_unlisted is not UNSET:
            field_dict["is_unlisted"] = is_unlisted
        if slug is not UNSET:
            field_dict["slug"] = slug
        if translations is not UNSET:
            field_dict["translations"] = translations
        if visibility_config is not UNSET:
            field_dict["visibility_config"] = visibility_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        author_user_id = d.pop("author_user_id")

        body_html = d.pop("body_html")

        title = d.pop("title")

        collection_id = d.pop("collection_id", UNSET)

        is_published = d.pop("is_published", UNSET)

        is_unlisted = d.pop("is_unlisted", UNSET)

        slug = d.pop("slug", UNSET)

        _translations = d.pop("translations", UNSET)
        translations: list[ArticleTranslationInput] | Unset = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                translations_item = ArticleTranslationInput.from_dict(translations_item_data)

                translations.append(translations_item)

        _visibility_config = d.pop("visibility_config", UNSET)
        visibility_config: VisibilityConfig | Unset
        if isinstance(_visibility_config, Unset):
            visibility_config = UNSET
        else:
            visibility_config = VisibilityConfig.from_dict(_visibility_config)

        create_article_request_body = cls(
            author_user_id=author_user_id,
            body_html=body_html,
            title=title,
            collection_id=collection_id,
            is_published=is_published,
            is_unlisted=is_unlisted,
            slug=slug,
            translations=translations,
            visibility_config=visibility_config,
        )

        create_article_request_body.additional_properties = d
        return create_article_request_body

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
from ..models.article_translation_input import ArticleTranslationInput
from ..models.visibility_config import VisibilityConfig
