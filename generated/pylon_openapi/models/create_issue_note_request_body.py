from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateIssueNoteRequestBody")


@_attrs_define
class CreateIssueNoteRequestBody(LazyModel):
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
def _CreateIssueNoteRequestBody_read_body_html(d: dict[str, Any]) -> Any:
    body_html = d["body_html"]
    return body_html


def _CreateIssueNoteRequestBody_read_attachment_urls(d: dict[str, Any]) -> Any:
    attachment_urls = cast(list[str], d.get("attachment_urls", UNSET))
    return attachment_urls


def _CreateIssueNoteRequestBody_read_message_id(d: dict[str, Any]) -> Any:
    message_id = d.get("message_id", UNSET)
    return message_id


def _CreateIssueNoteRequestBody_read_thread_id(d: dict[str, Any]) -> Any:
    thread_id = d.get("thread_id", UNSET)
    return thread_id


def _CreateIssueNoteRequestBody_read_thread_name(d: dict[str, Any]) -> Any:
    thread_name = d.get("thread_name", UNSET)
    return thread_name


def _CreateIssueNoteRequestBody_read_user_id(d: dict[str, Any]) -> Any:
    user_id = d.get("user_id", UNSET)
    return user_id


def _CreateIssueNoteRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {"attachment_urls", "body_html", "message_id", "thread_id", "thread_name", "user_id"}
    }
    _extra = d
    return _extra


CreateIssueNoteRequestBody._lazy_readers = {
    "body_html": _CreateIssueNoteRequestBody_read_body_html,
    "attachment_urls": _CreateIssueNoteRequestBody_read_attachment_urls,
    "message_id": _CreateIssueNoteRequestBody_read_message_id,
    "thread_id": _CreateIssueNoteRequestBody_read_thread_id,
    "thread_name": _CreateIssueNoteRequestBody_read_thread_name,
    "user_id": _CreateIssueNoteRequestBody_read_user_id,
    "additional_properties": _CreateIssueNoteRequestBody_read_additional_properties,
}
CreateIssueNoteRequestBody._lazy_required = frozenset(["body_html"])
