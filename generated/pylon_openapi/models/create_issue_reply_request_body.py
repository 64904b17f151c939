from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.create_issue_reply_email_info import CreateIssueReplyEmailInfo
    from ..models.custom_source_info import CustomSourceInfo


T = TypeVar("T", bound="CreateIssueReplyRequestBody")


@_attrs_define
class CreateIssueReplyRequestBody(LazyModel):
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
def _CreateIssueReplyRequestBody_read_body_html(d: dict[str, Any]) -> Any:
    body_html = d["body_html"]
    return body_html


def _CreateIssueReplyRequestBody_read_message_id(d: dict[str, Any]) -> Any:
    message_id = d["message_id"]
    return message_id


def _CreateIssueReplyRequestBody_read_attachment_urls(d: dict[str, Any]) -> Any:
    attachment_urls = cast(list[str], d.get("attachment_urls", UNSET))
    return attachment_urls


def _CreateIssueReplyRequestBody_read_contact_id(d: dict[str, Any]) -> Any:
    contact_id = d.get("contact_id", UNSET)
    return contact_id


def _CreateIssueReplyRequestBody_read_custom_source(d: dict[str, Any]) -> Any:
    from ..models.custom_source_info import CustomSourceInfo

    _custom_source = d.get("custom_source", UNSET)
    custom_source: CustomSourceInfo | Unset
    if isinstance(_custom_source, Unset):
        custom_source = UNSET
    else:
        custom_source = CustomSourceInfo.from_dict(_custom_source)
    return custom_source


def _CreateIssueReplyRequestBody_read_email_info(d: dict[str, Any]) -> Any:
    from ..models.create_issue_reply_email_info import CreateIssueReplyEmailInfo

    _email_info = d.get("email_info", UNSET)
    email_info: CreateIssueReplyEmailInfo | Unset
    if isinstance(_email_info, Unset):
        email_info = UNSET
    else:
        email_info = CreateIssueReplyEmailInfo.from_dict(_email_info)
    return email_info


def _CreateIssueReplyRequestBody_read_user_id(d: dict[str, Any]) -> Any:
    user_id = d.get("user_id", UNSET)
    return user_id


def _CreateIssueReplyRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "attachment_urls",
            "body_html",
            "contact_id",
            "custom_source",
            "email_info",
            "message_id",
            "user_id",
        }
    }
    _extra = d
    return _extra


CreateIssueReplyRequestBody._lazy_readers = {
    "body_html": _CreateIssueReplyRequestBody_read_body_html,
    "message_id": _CreateIssueReplyRequestBody_read_message_id,
    "attachment_urls": _CreateIssueReplyRequestBody_read_attachment_urls,
    "contact_id": _CreateIssueReplyRequestBody_read_contact_id,
    "custom_source": _CreateIssueReplyRequestBody_read_custom_source,
    "email_info": _CreateIssueReplyRequestBody_read_email_info,
    "user_id": _CreateIssueReplyRequestBody_read_user_id,
    "additional_properties": _CreateIssueReplyRequestBody_read_additional_properties,
}
CreateIssueReplyRequestBody._lazy_required = frozenset(["body_html", "message_id"])
