from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailMessageInfo")


@_attrs_define
class EmailMessageInfo:
    """
    Attributes:
        bcc_emails (list[str] | Unset):
        cc_emails (list[str] | Unset):
        from_email (str | Unset):
        message_id (str | Unset):
        to_emails (list[str] | Unset):
    """

    bcc_emails: list[str] | Unset = UNSET
    cc_emails: list[str] | Unset = UNSET
    from_email: str | Unset = UNSET
    message_id: str | Unset = UNSET
    to_emails: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bcc_emails: list[str] | Unset = UNSET
        if not isinstance(self.bcc_emails, Unset):
            bcc_emails = self.bcc_emails

        cc_emails: list[str] | Unset = UNSET
        if not isinstance(self.cc_emails, Unset):
            cc_emails = self.cc_emails

        from_email = self.from_email

        message_id = self.message_id

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
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if to_emails is not UNSET:
            field_dict["to_emails"] = to_emails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bcc_emails = cast(list[str], d.pop("bcc_emails", UNSET))

        cc_emails = cast(list[str], d.pop("cc_emails", UNSET))

        from_email = d.pop("from_email", UNSET)

        message_id = d.pop("message_id", UNSET)

        to_emails = cast(list[str], d.pop("to_emails", UNSET))

        email_message_info = cls(
            bcc_emails=bcc_emails,
            cc_emails=cc_emails,
            from_email=from_email,
            message_id=message_id,
            to_emails=to_emails,
        )

        email_message_info.additional_properties = d
        return email_message_info

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
