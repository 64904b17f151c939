from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportIssueExternalRefs")


@_attrs_define
class ImportIssueExternalRefs:
    """
    Attributes:
        intercom_conversation_id (str | Unset):
        zendesk_ticket_id (str | Unset):
    """

    intercom_conversation_id: str | Unset = UNSET
    zendesk_ticket_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intercom_conversation_id = self.intercom_conversation_id

        zendesk_ticket_id = self.zendesk_ticket_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intercom_conversation_id is not UNSET:
            field_dict["intercom_conversation_id"] = intercom_conversation_id
        if zendesk_ticket_id is not UNSET:
            field_dict["zendesk_ticket_id"] = zendesk_ticket_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intercom_conversation_id = d.pop("intercom_conversation_id", UNSET)

        zendesk_ticket_id = d.pop("zendesk_ticket_id", UNSET)

        import_issue_external_refs = cls(
            intercom_conversation_id=intercom_conversation_id,
            zendesk_ticket_id=zendesk_ticket_id,
        )

        import_issue_external_refs.additional_properties = d
        return import_issue_external_refs

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
