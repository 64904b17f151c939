from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="SlackInfo")


@_attrs_define
class SlackInfo(LazyModel):
    """
    Attributes:
        channel_id (str | Unset):
        message_ts (str | Unset):
        workspace_id (str | Unset):
    """

    channel_id: str | Unset = UNSET
    message_ts: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        message_ts = self.message_ts

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if message_ts is not UNSET:
            field_dict["message_ts"] = message_ts
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

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
def _SlackInfo_read_channel_id(d: dict[str, Any]) -> Any:
    channel_id = d.get("channel_id", UNSET)
    return channel_id


def _SlackInfo_read_message_ts(d: dict[str, Any]) -> Any:
    message_ts = d.get("message_ts", UNSET)
    return message_ts


def _SlackInfo_read_workspace_id(d: dict[str, Any]) -> Any:
    workspace_id = d.get("workspace_id", UNSET)
    return workspace_id


def _SlackInfo_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"channel_id", "message_ts", "workspace_id"}}
    _extra = d
    return _extra


SlackInfo._lazy_readers = {
    "channel_id": _SlackInfo_read_channel_id,
    "message_ts": _SlackInfo_read_message_ts,
    "workspace_id": _SlackInfo_read_workspace_id,
    "additional_properties": _SlackInfo_read_additional_properties,
}
