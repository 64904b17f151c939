from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCallRecordingMessageRequest")


@_attrs_define
class CreateCallRecordingMessageRequest:
    """
    Attributes:
        message_at_ms (int | Unset):
        message_content (str | Unset):
        speaker_email (str | Unset):
        speaker_name (str | Unset):
    """

    message_at_ms: int | Unset = UNSET
    message_content: str | Unset = UNSET
    speaker_email: str | Unset = UNSET
    speaker_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_at_ms = self.message_at_ms

        message_content = self.message_content

        speaker_email = self.speaker_email

        speaker_name = self.speaker_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_at_ms is not UNSET:
            field_dict["message_at_ms"] = message_at_ms
        if message_content is not UNSET:
            field_dict["message_content"] = message_content
        if speaker_email is not UNSET:
            field_dict["speaker_email"] = speaker_email
        if speaker_name is not UNSET:
            field_dict["speaker_name"] = speaker_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_at_ms = d.pop("message_at_ms", UNSET)

        message_content = d.pop("message_content", UNSET)

        speaker_email = d.pop("speaker_email", UNSET)

        speaker_name = d.pop("speaker_name", UNSET)

        create_call_recording_message_request = cls(
            message_at_ms=message_at_ms,
            message_content=message_content,
            speaker_email=speaker_email,
            speaker_name=speaker_name,
        )

        create_call_recording_message_request.additional_properties = d
        return create_call_recording_message_request

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
