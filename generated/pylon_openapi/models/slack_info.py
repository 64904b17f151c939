from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlackInfo")


@_attrs_define
class SlackInfo:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channel_id", UNSET)

        message_ts = d.pop("message_ts", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        slack_info = cls(
            channel_id=channel_id,
            message_ts=message_ts,
            workspace_id=workspace_id,
        )

        slack_info.additional_properties = d
        return slack_info

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
