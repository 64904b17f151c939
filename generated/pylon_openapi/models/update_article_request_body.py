from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.visibility_config import VisibilityConfig


T = TypeVar("T", bound="UpdateArticleRequestBody")


@_attrs_define
class UpdateArticleRequestBody(LazyModel):
    """
    Attributes:
        body_html (str | Unset):
        is_unlisted (bool | Unset):
        language (str | Unset):
        publish_updated_body_html (bool | Unset):
        title (str | Unset):
        visibility_config (VisibilityConfig | Unset):
    """

    body_html: str | Unset = UNSET
    is_unlisted: bool | Unset = UNSET
    language: str | Unset = UNSET
    publish_updated_body_html: bool | Unset = UNSET
    title: str | Unset = UNSET
    visibility_config: VisibilityConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body_html = self.body_html

        is_unlisted = self.is_unlisted

        language = self.language

        publish_updated_body_html = self.publish_updated_body_html

        title = self.title

        visibility_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility_config, Unset):
            visibility_config = self.visibility_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if is_unlisted is not UNSET:
            field_dict["is_unlisted"] = is_unlisted
        if language is not UNSET:
            field_dict["language"] = language
        if publish_updated_body_html is not UNSET:
            field_dict["publish_updated_body_html"] = publish_updated_body_html
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
def _UpdateArticleRequestBody_read_body_html(d: dict[str, Any]) -> Any:
    body_html = d.get("body_html", UNSET)
    return body_html


def _UpdateArticleRequestBody_read_is_unlisted(d: dict[str, Any]) -> Any:
    is_unlisted = d.get("is_unlisted", UNSET)
    return is_unlisted


def _UpdateArticleRequestBody_read_language(d: dict[str, Any]) -> Any:
    language = d.get("language", UNSET)
    return language


def _UpdateArticleRequestBody_read_publish_updated_body_html(d: dict[str, Any]) -> Any:
    publish_updated_body_html = d.get("publish_updated_body_html", UNSET)
    return publish_updated_body_html


def _UpdateArticleRequestBody_read_title(d: dict[str, Any]) -> Any:
    title = d.get("title", UNSET)
    return title


def _UpdateArticleRequestBody_read_visibility_config(d: dict[str, Any]) -> Any:
    from ..models.visibility_config import VisibilityConfig

    _visibility_config = d.get("visibility_config", UNSET)
    visibility_config: VisibilityConfig | Unset
    if isinstance(_visibility_config, Unset):
        visibility_config = UNSET
    else:
        visibility_config = VisibilityConfig.from_dict(_visibility_config)
    return visibility_config


def _UpdateArticleRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "body_html",
            "is_unlisted",
            "language",
            "publish_updated_body_html",
            "title",
            "visibility_config",
        }
    }
    _extra = d
    return _extra


UpdateArticleRequestBody._lazy_readers = {
    "body_html": _UpdateArticleRequestBody_read_body_html,
    "is_unlisted": _UpdateArticleRequestBody_read_is_unlisted,
    "language": _UpdateArticleRequestBody_read_language,
    "publish_updated_body_html": _UpdateArticleRequestBody_read_publish_updated_body_html,
    "title": _UpdateArticleRequestBody_read_title,
    "visibility_config": _UpdateArticleRequestBody_read_visibility_config,
    "additional_properties": _UpdateArticleRequestBody_read_additional_properties,
}
