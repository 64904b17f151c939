from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateActivityRequest")


@_attrs_define
class CreateActivityRequest:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        body_html = d.pop("body_html", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        happened_at = d.pop("happened_at", UNSET)

        link = d.pop("link", UNSET)

        link_text = d.pop("link_text", UNSET)

        user_id = d.pop("user_id", UNSET)

        create_activity_request = cls(
            slug=slug,
            body_html=body_html,
            contact_id=contact_id,
            happened_at=happened_at,
            link=link,
            link_text=link_text,
            user_id=user_id,
        )

        create_activity_request.additional_properties = d
        return create_activity_request

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
