from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.article_translation_input import ArticleTranslationInput
    from ..models.visibility_config import VisibilityConfig


T = TypeVar("T", bound="CreateArticleRequestBody")


@_attrs_define
class CreateArticleRequestBody(LazyModel):
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
def _CreateArticleRequestBody_read_author_user_id(d: dict[str, Any]) -> Any:
    author_user_id = d["author_user_id"]
    return author_user_id


def _CreateArticleRequestBody_read_body_html(d: dict[str, Any]) -> Any:
    body_html = d["body_html"]
    return body_html


def _CreateArticleRequestBody_read_title(d: dict[str, Any]) -> Any:
    title = d["title"]
    return title


def _CreateArticleRequestBody_read_collection_id(d: dict[str, Any]) -> Any:
    collection_id = d.get("collection_id", UNSET)
    return collection_id


def _CreateArticleRequestBody_read_is_published(d: dict[str, Any]) -> Any:
    is_published = d.get("is_published", UNSET)
    return is_published


def _CreateArticleRequestBody_read_is_unlisted(d: dict[str, Any]) -> Any:
    is_unlisted = d.get("is_unlisted", UNSET)
    return is_unlisted


def _CreateArticleRequestBody_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _CreateArticleRequestBody_read_translations(d: dict[str, Any]) -> Any:
    from ..models.article_translation_input import ArticleTranslationInput

    _translations = d.get("translations", UNSET)
    translations: list[ArticleTranslationInput] | Unset = UNSET
    if _translations is not UNSET:
        translations = []
        for translations_item_data in _translations:
            translations_item = ArticleTranslationInput.from_dict(translations_item_data)
            translations.append(translations_item)
    return translations


def _CreateArticleRequestBody_read_visibility_config(d: dict[str, Any]) -> Any:
    from ..models.visibility_config import VisibilityConfig

    _visibility_config = d.get("visibility_config", UNSET)
    visibility_config: VisibilityConfig | Unset
    if isinstance(_visibility_config, Unset):
        visibility_config = UNSET
    else:
        visibility_config = VisibilityConfig.from_dict(_visibility_config)
    return visibility_config


def _CreateArticleRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "author_user_id",
            "body_html",
            "collection_id",
            "is_published",
            "is_unlisted",
            "slug",
            "title",
            "translations",
            "visibility_config",
        }
    }
    _extra = d
    return _extra


CreateArticleRequestBody._lazy_readers = {
    "author_user_id": _CreateArticleRequestBody_read_author_user_id,
    "body_html": _CreateArticleRequestBody_read_body_html,
    "title": _CreateArticleRequestBody_read_title,
    "collection_id": _CreateArticleRequestBody_read_collection_id,
    "is_published": _CreateArticleRequestBody_read_is_published,
    "is_unlisted": _CreateArticleRequestBody_read_is_unlisted,
    "slug": _CreateArticleRequestBody_read_slug,
    "translations": _CreateArticleRequestBody_read_translations,
    "visibility_config": _CreateArticleRequestBody_read_visibility_config,
    "additional_properties": _CreateArticleRequestBody_read_additional_properties,
}
CreateArticleRequestBody._lazy_required = frozenset(["author_user_id", "body_html", "title"])
