from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.import_issue_message import ImportIssueMessage


T = TypeVar("T", bound="ImportMessagesRequest")


@_attrs_define
class ImportMessagesRequest(LazyModel):
    """
    Attributes:
        messages (list[ImportIssueMessage]):
    """

    messages: list[ImportIssueMessage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )

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
def _ImportMessagesRequest_read_messages(d: dict[str, Any]) -> Any:
    from ..models.import_issue_message import ImportIssueMessage

    messages = []
    _messages = d["messages"]
    for messages_item_data in _messages:
        messages_item = ImportIssueMessage.from_dict(messages_item_data)
        messages.append(messages_item)
    return messages


def _ImportMessagesRequest_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"messages"}}
    _extra = d
    return _extra


ImportMessagesRequest._lazy_readers = {
    "messages": _ImportMessagesRequest_read_messages,
    "additional_properties": _ImportMessagesRequest_read_additional_properties,
}
ImportMessagesRequest._lazy_required = frozenset(["messages"])
