from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visibility_config import VisibilityConfig


T = TypeVar("T", bound="UpdateArticleRequestBody")


@_attrs_define
class UpdateArticleRequestBody:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        body_html = d.pop("body_html", UNSET)

        is_unlisted = d.pop("is_unlisted", UNSET)

        language = d.pop("language", UNSET)

        publish_updated_body_html = d.pop("publish_updated_body_html", UNSET)

        title = d.pop("title", UNSET)

        _visibility_config = d.pop("visibility_config", UNSET)
        visibility_config: VisibilityConfig | Unset
        if isinstance(_visibility_config, Unset):
            visibility_config = UNSET
        else:
            visibility_config = VisibilityConfig.from_dict(_visibility_config)

        update_article_request_body = cls(
            body_html=body_html,
            is_unlisted=is_unlisted,
            language=language,
            publish_updated_body_html=publish_updated_body_html,
            title=title,
            visibility_config=visibility_config,
        )

        update_article_request_body.additional_properties = d
        return update_article_request_body

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
