from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="KnowledgeBase")


@_attrs_define
class KnowledgeBase(LazyModel):
    """
    Attributes:
        default_language (str | Unset):
        id (str | Unset):
        slug (str | Unset):
        supported_languages (list[str] | Unset):
        title (str | Unset):
    """

    default_language: str | Unset = UNSET
    id: str | Unset = UNSET
    slug: str | Unset = UNSET
    supported_languages: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_language = self.default_language

        id = self.id

        slug = self.slug

        supported_languages: list[str] | Unset = UNSET
        if not isinstance(self.supported_languages, Unset):
            supported_languages = self.supported_languages

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_language is not UNSET:
            field_dict["default_language"] = default_language
        if id is not UNSET:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if supported_languages is not UNSET:
            field_dict["supported_languages"] = supported_languages
        if title is not UNSET:
            field_dict["title"] = title

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
def _KnowledgeBase_read_default_language(d: dict[str, Any]) -> Any:
    default_language = d.get("default_language", UNSET)
    return default_language


def _KnowledgeBase_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _KnowledgeBase_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _KnowledgeBase_read_supported_languages(d: dict[str, Any]) -> Any:
    supported_languages = cast(list[str], d.get("supported_languages", UNSET))
    return supported_languages


def _KnowledgeBase_read_title(d: dict[str, Any]) -> Any:
    title = d.get("title", UNSET)
    return title


def _KnowledgeBase_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"default_language", "id", "slug", "supported_languages", "title"}
    }
    _extra = d
    return _extra


KnowledgeBase._lazy_readers = {
    "default_language": _KnowledgeBase_read_default_language,
    "id": _KnowledgeBase_read_id,
    "slug": _KnowledgeBase_read_slug,
    "supported_languages": _KnowledgeBase_read_supported_languages,
    "title": _KnowledgeBase_read_title,
    "additional_properties": _KnowledgeBase_read_additional_properties,
}
