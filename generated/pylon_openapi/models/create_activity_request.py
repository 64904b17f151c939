from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateActivityRequest")


@_attrs_define
class CreateActivityRequest(LazyModel):
    """
    Attributes:
        slug (str):
        body_html (str | Unset):
        contact_id (str | Unset):
        happened_at (str | Unset):
        link (str | Unset):
        link_text (str | Unset):
        user_id (str | Unset):
    """

    slug: str
    body_html: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    happened_at: str | Unset = UNSET
    link: str | Unset = UNSET
    link_text: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        body_html = self.body_html

        contact_id = self.contact_id

        happened_at = self.happened_at

        link = self.link

        link_text = self.link_text

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
            }
        )
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if happened_at is not UNSET:
            field_dict["happened_at"] = happened_at
        if link is not UNSET:
            field_dict["link"] = link
        if link_text is not UNSET:
            field_dict["link_text"] = link_text
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
def _CreateActivityRequest_read_slug(d: dict[str, Any]) -> Any:
    slug = d["slug"]
    return slug


def _CreateActivityRequest_read_body_html(d: dict[str, Any]) -> Any:
    body_html = d.get("body_html", UNSET)
    return body_html


def _CreateActivityRequest_read_contact_id(d: dict[str, Any]) -> Any:
    contact_id = d.get("contact_id", UNSET)
    return contact_id


def _CreateActivityRequest_read_happened_at(d: dict[str, Any]) -> Any:
    happened_at = d.get("happened_at", UNSET)
    return happened_at


def _CreateActivityRequest_read_link(d: dict[str, Any]) -> Any:
    link = d.get("link", UNSET)
    return link


def _CreateActivityRequest_read_link_text(d: dict[str, Any]) -> Any:
    link_text = d.get("link_text", UNSET)
    return link_text


def _CreateActivityRequest_read_user_id(d: dict[str, Any]) -> Any:
    user_id = d.get("user_id", UNSET)
    return user_id


def _CreateActivityRequest_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {"body_html", "contact_id", "happened_at", "link", "link_text", "slug", "user_id"}
    }
    _extra = d
    return _extra


CreateActivityRequest._lazy_readers = {
    "slug": _CreateActivityRequest_read_slug,
    "body_html": _CreateActivityRequest_read_body_html,
    "contact_id": _CreateActivityRequest_read_contact_id,
    "happened_at": _CreateActivityRequest_read_happened_at,
    "link": _CreateActivityRequest_read_link,
    "link_text": _CreateActivityRequest_read_link_text,
    "user_id": _CreateActivityRequest_read_user_id,
    "additional_properties": _CreateActivityRequest_read_additional_properties,
}
CreateActivityRequest._lazy_required = frozenset(["slug"])
