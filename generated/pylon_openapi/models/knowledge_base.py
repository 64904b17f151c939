from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBase")


@_attrs_define
class KnowledgeBase:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_language = d.pop("default_language", UNSET)

        id = d.pop("id", UNSET)

        slug = d.pop("slug", UNSET)

        supported_languages = cast(list[str], d.pop("supported_languages", UNSET))

        title = d.pop("title", UNSET)

        knowledge_base = cls(
            default_language=default_language,
            id=id,
            slug=slug,
            supported_languages=supported_languages,
            title=title,
        )

        knowledge_base.additional_properties = d
        return knowledge_base

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
