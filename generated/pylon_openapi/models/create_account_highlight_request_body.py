from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateAccountHighlightRequestBody")


@_attrs_define
class CreateAccountHighlightRequestBody(LazyModel):
    """
    Attributes:
        content_html (str):
        expires_at (str | Unset):
    """

    content_html: str
    expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_html = self.content_html

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_html": content_html,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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
def _CreateAccountHighlightRequestBody_read_content_html(d: dict[str, Any]) -> Any:
    content_html = d["content_html"]
    return content_html


def _CreateAccountHighlightRequestBody_read_expires_at(d: dict[str, Any]) -> Any:
    expires_at = d.get("expires_at", UNSET)
    return expires_at


def _CreateAccountHighlightRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"content_html", "expires_at"}}
    _extra = d
    return _extra


CreateAccountHighlightRequestBody._lazy_readers = {
    "content_html": _CreateAccountHighlightRequestBody_read_content_html,
    "expires_at": _CreateAccountHighlightRequestBody_read_expires_at,
    "additional_properties": _CreateAccountHighlightRequestBody_read_additional_properties,
}
CreateAccountHighlightRequestBody._lazy_required = frozenset(["content_html"])
