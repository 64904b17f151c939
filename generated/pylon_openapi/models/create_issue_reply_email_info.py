from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateIssueReplyEmailInfo")


@_attrs_define
class CreateIssueReplyEmailInfo(LazyModel):
    """
    Attributes:
        bcc_emails (list[str] | Unset):
        cc_emails (list[str] | Unset):
        to_emails (list[str] | Unset):
    """

    bcc_emails: list[str] | Unset = UNSET
    cc_emails: list[str] | Unset = UNSET
    to_emails: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bcc_emails: list[str] | Unset = UNSET
        if not isinstance(self.bcc_emails, Unset):
            bcc_emails = self.bcc_emails

        cc_emails: list[str] | Unset = UNSET
        if not isinstance(self.cc_emails, Unset):
            cc_emails = self.cc_emails

        to_emails: list[str] | Unset = UNSET
        if not isinstance(self.to_emails, Unset):
            to_emails = self.to_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bcc_emails is not UNSET:
            field_dict["bcc_emails"] = bcc_emails
        if cc_emails is not UNSET:
            field_dict["cc_emails"] = cc_emails
        if to_emails is not UNSET:
            field_dict["to_emails"] = to_emails

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
def _CreateIssueReplyEmailInfo_read_bcc_emails(d: dict[str, Any]) -> Any:
    bcc_emails = cast(list[str], d.get("bcc_emails", UNSET))
    return bcc_emails


def _CreateIssueReplyEmailInfo_read_cc_emails(d: dict[str, Any]) -> Any:
    cc_emails = cast(list[str], d.get("cc_emails", UNSET))
    return cc_emails


def _CreateIssueReplyEmailInfo_read_to_emails(d: dict[str, Any]) -> Any:
    to_emails = cast(list[str], d.get("to_emails", UNSET))
    return to_emails


def _CreateIssueReplyEmailInfo_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"bcc_emails", "cc_emails", "to_emails"}}
    _extra = d
    return _extra


CreateIssueReplyEmailInfo._lazy_readers = {
    "bcc_emails": _CreateIssueReplyEmailInfo_read_bcc_emails,
    "cc_emails": _CreateIssueReplyEmailInfo_read_cc_emails,
    "to_emails": _CreateIssueReplyEmailInfo_read_to_emails,
    "additional_properties": _CreateIssueReplyEmailInfo_read_additional_properties,
}
