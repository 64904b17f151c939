from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_issue_reply_email_info import CreateIssueReplyEmailInfo
    from ..models.custom_source_info import CustomSourceInfo


T = TypeVar("T", bound="CreateIssueReplyRequestBody")


@_attrs_define
class CreateIssueReplyRequestBody:
    """
    Attributes:
        body_html (str):
        message_id (str):
        attachment_urls (list[str] | Unset):
        contact_id (str | Unset):
        custom_source (CustomSourceInfo | Unset):
        email_info (CreateIssueReplyEmailInfo | Unset):
        user_id (str | Unset):
    """

    body_html: str
    message_id: str
    attachment_urls: list[str] | Unset = UNSET
    contact_id: str | Unset = UNSET
    custom_source: CustomSourceInfo | Unset = UNSET
    email_info: CreateIssueReplyEmailInfo | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body_html = self.body_html

        message_id = self.message_id

        attachment_urls: list[str] | Unset = UNSET
        if not isinstance(self.attachment_urls, Unset):
            attachment_urls = self.attachment_urls

        contact_id = self.contact_id

        custom_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_source, Unset):
            custom_source = self.custom_source.to_dict()

        email_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_info, Unset):
            email_info = self.email_info.to_dict()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body_html": body_html,
                "message_id": message_id,
            }
        )
        if attachment_urls is not UNSET:
            field_dict["attachment_urls"] = attachment_urls
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if custom_source is not UNSET:
            field_dict["custom_source"] = custom_source
        if email_info is not UNSET:
            field_dict["email_info"] = email_info
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        body_html = d.pop("body_html")

        message_id = d.pop("message_id")

        attachment_urls = cast(list[str], d.pop("attachment_urls", UNSET))

        contact_id = d.pop("contact_id", UNSET)

        _custom_source = d.pop("custom_source", UNSET)
        custom_source: CustomSourceInfo | Unset
        if isinstance(_custom_source, Unset):
            custom_source = UNSET
        else:
            custom_source = CustomSourceInfo.from_dict(_custom_source)

        _email_info = d.pop("email_info", UNSET)
        email_info: CreateIssueReplyEmailInfo | Unset
        if isinstance(_email_info, Unset):
            email_info = UNSET
        else:
            email_info = CreateIssueReplyEmailInfo.from_dict(_email_info)

        user_id = d.pop("user_id", UNSET)

        create_issue_reply_request_body = cls(
            body_html=body_html,
            message_id=message_id,
            attachment_urls=attachment_urls,
            contact_id=contact_id,
            custom_source=custom_source,
            email_info=email_info,
            user_id=user_id,
        )

        create_issue_reply_request_body.additional_properties = d
        return create_issue_reply_request_body

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
from ..models.create_issue_reply_email_info import CreateIssueReplyEmailInfo
from ..models.custom_source_info import CustomSourceInfo
