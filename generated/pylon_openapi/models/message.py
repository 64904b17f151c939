from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_message_info import EmailMessageInfo
    from ..models.message_author import MessageAuthor


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _author = d.pop("author", UNSET)
        author: MessageAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = MessageAuthor.from_dict(_author)

        _email_info = d.pop("email_info", UNSET)
        email_info: EmailMessageInfo | Unset
        if isinstance(_email_info, Unset):
            email_info = UNSET
        else:
            email_info = EmailMessageInfo.from_dict(_email_info)

        file_urls = cast(list[str], d.pop("file_urls", UNSET))

        id = d.pop("id", UNSET)

        is_private = d.pop("is_private", UNSET)

        message_html = d.pop("message_html", UNSET)

        source = d.pop("source", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        message = cls(
            author=author,
            email_info=email_info,
            file_urls=file_urls,
            id=id,
            is_private=is_private,
            message_html=message_html,
            source=source,
            thread_id=thread_id,
            timestamp=timestamp,
        )

        message.additional_properties = d
        return message

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
from ..models.email_message_info import EmailMessageInfo
from ..models.message_author import MessageAuthor
