from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="ImportIssueMessage")


@_attrs_define
class ImportIssueMessage(LazyModel):
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
def _ImportIssueMessage_read_body_html(d: dict[str, Any]) -> Any:
    body_html = d["body_html"]
    return body_html


def _ImportIssueMessage_read_is_private(d: dict[str, Any]) -> Any:
    is_private = d["is_private"]
    return is_private


def _ImportIssueMessage_read_attachment_urls(d: dict[str, Any]) -> Any:
    attachment_urls = cast(list[str], d.get("attachment_urls", UNSET))
    return attachment_urls


def _ImportIssueMessage_read_contact_id(d: dict[str, Any]) -> Any:
    contact_id = d.get("contact_id", UNSET)
    return contact_id


def _ImportIssueMessage_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _ImportIssueMessage_read_user_id(d: dict[str, Any]) -> Any:
    user_id = d.get("user_id", UNSET)
    return user_id


def _ImportIssueMessage_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {"attachment_urls", "body_html", "contact_id", "created_at", "is_private", "user_id"}
    }
    _extra = d
    return _extra


ImportIssueMessage._lazy_readers = {
    "body_html": _ImportIssueMessage_read_body_html,
    "is_private": _ImportIssueMessage_read_is_private,
    "attachment_urls": _ImportIssueMessage_read_attachment_urls,
    "contact_id": _ImportIssueMessage_read_contact_id,
    "created_at": _ImportIssueMessage_read_created_at,
    "user_id": _ImportIssueMessage_read_user_id,
    "additional_properties": _ImportIssueMessage_read_additional_properties,
}
ImportIssueMessage._lazy_required = frozenset(["body_html", "is_private"])
