from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="ImportIssueExternalRefs")


@_attrs_define
class ImportIssueExternalRefs(LazyModel):
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
def _ImportIssueExternalRefs_read_intercom_conversation_id(d: dict[str, Any]) -> Any:
    intercom_conversation_id = d.get("intercom_conversation_id", UNSET)
    return intercom_conversation_id


def _ImportIssueExternalRefs_read_zendesk_ticket_id(d: dict[str, Any]) -> Any:
    zendesk_ticket_id = d.get("zendesk_ticket_id", UNSET)
    return zendesk_ticket_id


def _ImportIssueExternalRefs_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"intercom_conversation_id", "zendesk_ticket_id"}}
    _extra = d
    return _extra


ImportIssueExternalRefs._lazy_readers = {
    "intercom_conversation_id": _ImportIssueExternalRefs_read_intercom_conversation_id,
    "zendesk_ticket_id": _ImportIssueExternalRefs_read_zendesk_ticket_id,
    "additional_properties": _ImportIssueExternalRefs_read_additional_properties,
}
