from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateCallRecordingMessageRequest")


@_attrs_define
class CreateCallRecordingMessageRequest(LazyModel):
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
def _CreateCallRecordingMessageRequest_read_message_at_ms(d: dict[str, Any]) -> Any:
    message_at_ms = d.get("message_at_ms", UNSET)
    return message_at_ms


def _CreateCallRecordingMessageRequest_read_message_content(d: dict[str, Any]) -> Any:
    message_content = d.get("message_content", UNSET)
    return message_content


def _CreateCallRecordingMessageRequest_read_speaker_email(d: dict[str, Any]) -> Any:
    speaker_email = d.get("speaker_email", UNSET)
    return speaker_email


def _CreateCallRecordingMessageRequest_read_speaker_name(d: dict[str, Any]) -> Any:
    speaker_name = d.get("speaker_name", UNSET)
    return speaker_name


def _CreateCallRecordingMessageRequest_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"message_at_ms", "message_content", "speaker_email", "speaker_name"}
    }
    _extra = d
    return _extra


CreateCallRecordingMessageRequest._lazy_readers = {
    "message_at_ms": _CreateCallRecordingMessageRequest_read_message_at_ms,
    "message_content": _CreateCallRecordingMessageRequest_read_message_content,
    "speaker_email": _CreateCallRecordingMessageRequest_read_speaker_email,
    "speaker_name": _CreateCallRecordingMessageRequest_read_speaker_name,
    "additional_properties": _CreateCallRecordingMessageRequest_read_additional_properties,
}
