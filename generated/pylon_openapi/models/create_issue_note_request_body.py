from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIssueNoteRequestBody")


@_attrs_define
class CreateIssueNoteRequestBody:
    """
    Attributes:
        body_html (str):
        attachment_urls (list[str] | Unset):
        message_id (str | Unset):
        thread_id (str | Unset):
        thread_name (str | Unset):
        user_id (str | Unset):
    """

    body_html: str
    attachment_urls: list[str] | Unset = UNSET
    message_id: str | Unset = UNSET
    thread_id: str | Unset = UNSET
    thread_name: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body_html = self.body_html

        attachment_urls: list[str] | Unset = UNSET
        if not isinstance(self.attachment_urls, Unset):
            attachment_urls = self.attachment_urls

        message_id = self.message_id

        thread_id = self.thread_id

        thread_name = self.thread_name

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body_html": body_html,
            }
        )
        if attachment_urls is not UNSET:
            field_dict["attachment_urls"] = attachment_urls
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if thread_name is not UNSET:
            field_dict["thread_name"] = thread_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body_html = d.pop("body_html")

        attachment_urls = cast(list[str], d.pop("attachment_urls", UNSET))

        message_id = d.pop("message_id", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        thread_name = d.pop("thread_name", UNSET)

        user_id = d.pop("user_id", UNSET)

        create_issue_note_request_body = cls(
            body_html=body_html,
            attachment_urls=attachment_urls,
            message_id=message_id,
            thread_id=thread_id,
            thread_name=thread_name,
            user_id=user_id,
        )

        create_issue_note_request_body.additional_properties = d
        return create_issue_note_request_body

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
