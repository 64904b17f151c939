from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from .._lazy import LazyModel

T = TypeVar("T", bound="ArticleTranslationInput")


@_attrs_define
class ArticleTranslationInput(LazyModel):
    """
    Attributes:
        body_html (str):
        language (str):
        title (str):
    """

    body_html: str
    language: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body_html = self.body_html

        language = self.language

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body_html": body_html,
                "language": language,
                "title": title,
            }
        )

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
def _ArticleTranslationInput_read_body_html(d: dict[str, Any]) -> Any:
    body_html = d["body_html"]
    return body_html


def _ArticleTranslationInput_read_language(d: dict[str, Any]) -> Any:
    language = d["language"]
    return language


def _ArticleTranslationInput_read_title(d: dict[str, Any]) -> Any:
    title = d["title"]
    return title


def _ArticleTranslationInput_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"body_html", "language", "title"}}
    _extra = d
    return _extra


ArticleTranslationInput._lazy_readers = {
    "body_html": _ArticleTranslationInput_read_body_html,
    "language": _ArticleTranslationInput_read_language,
    "title": _ArticleTranslationInput_read_title,
    "additional_properties": _ArticleTranslationInput_read_additional_properties,
}
ArticleTranslationInput._lazy_required = frozenset(["body_html", "language", "title"])
