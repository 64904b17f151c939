from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportIssueMessage")


@_attrs_define
class ImportIssueMessage:
    """
    Attributes:
        body_html (str):
        is_private (bool):
        attachment_urls (list[str] | Unset):
        contact_id (str | Unset):
        created_at (str | Unset):
        user_id (str | Unset):
    """

    body_html: str
    is_private: bool
    attachment_urls: list[str] | Unset = UNSET
    contact_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body_html = self.body_html

        is_private = self.is_private

        attachment_urls: list[str] | Unset = UNSET
        if not isinstance(self.attachment_urls, Unset):
            attachment_urls = self.attachment_urls

        contact_id = self.contact_id

        created_at = self.created_at

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body_html": body_html,
                "is_private": is_private,
            }
        )
        if attachment_urls is not UNSET:
            field_dict["attachment_urls"] = attachment_urls
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body_html = d.pop("body_html")

        is_private = d.pop("is_private")

        attachment_urls = cast(list[str], d.pop("attachment_urls", UNSET))

        contact_id = d.pop("contact_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        user_id = d.pop("user_id", UNSET)

        import_issue_message = cls(
            body_html=body_html,
            is_private=is_private,
            attachment_urls=attachment_urls,
            contact_id=contact_id,
            created_at=created_at,
            user_id=user_id,
        )

        import_issue_message.additional_properties = d
        return import_issue_message

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
