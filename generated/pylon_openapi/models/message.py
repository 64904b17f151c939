from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.email_message_info import EmailMessageInfo
    from ..models.message_author import MessageAuthor


T = TypeVar("T", bound="Message")


@_attrs_define
class Message(LazyModel):
    """
    Attributes:
        author (MessageAuthor | Unset):
        email_info (EmailMessageInfo | Unset):
        file_urls (list[str] | Unset):
        id (str | Unset):
        is_private (bool | Unset):
        message_html (str | Unset):
        source (str | Unset):
        thread_id (str | Unset):
        timestamp (str | Unset):
    """

    author: MessageAuthor | Unset = UNSET
    email_info: EmailMessageInfo | Unset = UNSET
    file_urls: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    is_private: bool | Unset = UNSET
    message_html: str | Unset = UNSET
    source: str | Unset = UNSET
    thread_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        email_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_info, Unset):
            email_info = self.email_info.to_dict()

        file_urls: list[str] | Unset = UNSET
        if not isinstance(self.file_urls, Unset):
            file_urls = self.file_urls

        id = self.id

        is_private = self.is_private

        message_html = self.message_html

        source = self.source

        thread_id = self.thread_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if email_info is not UNSET:
            field_dict["email_info"] = email_info
        if file_urls is not UNSET:
            field_dict["file_urls"] = file_urls
        if id is not UNSET:
            field_dict["id"] = id
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if message_html is not UNSET:
            field_dict["message_html"] = message_html
        if source is not UNSET:
            field_dict["source"] = source
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

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
def _Message_read_author(d: dict[str, Any]) -> Any:
    from ..models.message_author import MessageAuthor

    _author = d.get("author", UNSET)
    author: MessageAuthor | Unset
    if isinstance(_author, Unset):
        author = UNSET
    else:
        author = MessageAuthor.from_dict(_author)
    return author


def _Message_read_email_info(d: dict[str, Any]) -> Any:
    from ..models.email_message_info import EmailMessageInfo

    _email_info = d.get("email_info", UNSET)
    email_info: EmailMessageInfo | Unset
    if isinstance(_email_info, Unset):
        email_info = UNSET
    else:
        email_info = EmailMessageInfo.from_dict(_email_info)
    return email_info


def _Message_read_file_urls(d: dict[str, Any]) -> Any:
    file_urls = cast(list[str], d.get("file_urls", UNSET))
    return file_urls


def _Message_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _Message_read_is_private(d: dict[str, Any]) -> Any:
    is_private = d.get("is_private", UNSET)
    return is_private


def _Message_read_message_html(d: dict[str, Any]) -> Any:
    message_html = d.get("message_html", UNSET)
    return message_html


def _Message_read_source(d: dict[str, Any]) -> Any:
    source = d.get("source", UNSET)
    return source


def _Message_read_thread_id(d: dict[str, Any]) -> Any:
    thread_id = d.get("thread_id", UNSET)
    return thread_id


def _Message_read_timestamp(d: dict[str, Any]) -> Any:
    timestamp = d.get("timestamp", UNSET)
    return timestamp


def _Message_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "author",
            "email_info",
            "file_urls",
            "id",
            "is_private",
            "message_html",
            "source",
            "thread_id",
            "timestamp",
        }
    }
    _extra = d
    return _extra


Message._lazy_readers = {
    "author": _Message_read_author,
    "email_info": _Message_read_email_info,
    "file_urls": _Message_read_file_urls,
    "id": _Message_read_id,
    "is_private": _Message_read_is_private,
    "message_html": _Message_read_message_html,
    "source": _Message_read_source,
    "thread_id": _Message_read_thread_id,
    "timestamp": _Message_read_timestamp,
    "additional_properties": _Message_read_additional_properties,
}
