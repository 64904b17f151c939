from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueThread")


@_attrs_define
class IssueThread:
    """
    Attributes:
        channel_id (str | Unset):
        id (str | Unset):
        issue_id (str | Unset):
        name (str | Unset):
        source (str | Unset):
        thread_id (str | Unset):
    """

    channel_id: str | Unset = UNSET
    id: str | Unset = UNSET
    issue_id: str | Unset = UNSET
    name: str | Unset = UNSET
    source: str | Unset = UNSET
    thread_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        id = self.id

        issue_id = self.issue_id

        name = self.name

        source = self.source

        thread_id = self.thread_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if id is not UNSET:
            field_dict["id"] = id
        if issue_id is not UNSET:
            field_dict["issue_id"] = issue_id
        if name is not UNSET:
            field_dict["name"] = name
        if source is not UNSET:
            field_dict["source"] = source
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channel_id", UNSET)

        id = d.pop("id", UNSET)

        issue_id = d.pop("issue_id", UNSET)

        name = d.pop("name", UNSET)

        source = d.pop("source", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        issue_thread = cls(
            channel_id=channel_id,
            id=id,
            issue_id=issue_id,
            name=name,
            source=source,
            thread_id=thread_id,
        )

        issue_thread.additional_properties = d
        return issue_thread

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
