from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="IssueThread")


@_attrs_define
class IssueThread(LazyModel):
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
def _IssueThread_read_channel_id(d: dict[str, Any]) -> Any:
    channel_id = d.get("channel_id", UNSET)
    return channel_id


def _IssueThread_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _IssueThread_read_issue_id(d: dict[str, Any]) -> Any:
    issue_id = d.get("issue_id", UNSET)
    return issue_id


def _IssueThread_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _IssueThread_read_source(d: dict[str, Any]) -> Any:
    source = d.get("source", UNSET)
    return source


def _IssueThread_read_thread_id(d: dict[str, Any]) -> Any:
    thread_id = d.get("thread_id", UNSET)
    return thread_id


def _IssueThread_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"channel_id", "id", "issue_id", "name", "source", "thread_id"}
    }
    _extra = d
    return _extra


IssueThread._lazy_readers = {
    "channel_id": _IssueThread_read_channel_id,
    "id": _IssueThread_read_id,
    "issue_id": _IssueThread_read_issue_id,
    "name": _IssueThread_read_name,
    "source": _IssueThread_read_source,
    "thread_id": _IssueThread_read_thread_id,
    "additional_properties": _IssueThread_read_additional_properties,
}
