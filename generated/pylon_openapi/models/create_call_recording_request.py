from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.create_call_recording_message_request import (
        CreateCallRecordingMessageRequest,
    )


T = TypeVar("T", bound="CreateCallRecordingRequest")


@_attrs_define
class CreateCallRecordingRequest(LazyModel):
    """
    Attributes:
        app_type (str):
        account_id (str | Unset):
        call_recording_messages (list[CreateCallRecordingMessageRequest] | Unset):
        end_time (str | Unset):
        participant_emails (str | Unset):
        primary_user_email (str | Unset):
        recording_id (str | Unset):
        recording_url (str | Unset):
        start_time (str | Unset):
        title (str | Unset):
    """

    app_type: str
    account_id: str | Unset = UNSET
    call_recording_messages: list[CreateCallRecordingMessageRequest] | Unset = UNSET
    end_time: str | Unset = UNSET
    participant_emails: str | Unset = UNSET
    primary_user_email: str | Unset = UNSET
    recording_id: str | Unset = UNSET
    recording_url: str | Unset = UNSET
    start_time: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_type = self.app_type

        account_id = self.account_id

        call_recording_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_recording_messages, Unset):
            call_recording_messages = []
            for call_recording_messages_item_data in self.call_recording_messages:
                call_recording_messages_item = call_recording_messages_item_data.to_dict()
                call_recording_messages.append(call_recording_messages_item)

        end_time = self.end_time

        participant_emails = self.participant_emails

        primary_user_email = self.primary_user_email

        recording_id = self.recording_id

        recording_url = self.recording_url

        start_time = self.start_time

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_type": app_type,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if call_recording_messages is not UNSET:
            field_dict["call_recording_messages"] = call_recording_messages
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if participant_emails is not UNSET:
            field_dict["participant_emails"] = participant_emails
        if primary_user_email is not UNSET:
            field_dict["primary_user_email"] = primary_user_email
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if title is not UNSET:
            field_dict["title"] = title

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
def _CreateCallRecordingRequest_read_app_type(d: dict[str, Any]) -> Any:
    app_type = d["app_type"]
    return app_type


def _CreateCallRecordingRequest_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d.get("account_id", UNSET)
    return account_id


def _CreateCallRecordingRequest_read_call_recording_messages(d: dict[str, Any]) -> Any:
    from ..models.create_call_recording_message_request import CreateCallRecordingMessageRequest

    _call_recording_messages = d.get("call_recording_messages", UNSET)
    call_recording_messages: list[CreateCallRecordingMessageRequest] | Unset = UNSET
    if _call_recording_messages is not UNSET:
        call_recording_messages = []
        for call_recording_messages_item_data in _call_recording_messages:
            call_recording_messages_item = CreateCallRecordingMessageRequest.from_dict(
                call_recording_messages_item_data
            )
            call_recording_messages.append(call_recording_messages_item)
    return call_recording_messages


def _CreateCallRecordingRequest_read_end_time(d: dict[str, Any]) -> Any:
    end_time = d.get("end_time", UNSET)
    return end_time


def _CreateCallRecordingRequest_read_participant_emails(d: dict[str, Any]) -> Any:
    participant_emails = d.get("participant_emails", UNSET)
    return participant_emails


def _CreateCallRecordingRequest_read_primary_user_email(d: dict[str, Any]) -> Any:
    primary_user_email = d.get("primary_user_email", UNSET)
    return primary_user_email


def _CreateCallRecordingRequest_read_recording_id(d: dict[str, Any]) -> Any:
    recording_id = d.get("recording_id", UNSET)
    return recording_id


def _CreateCallRecordingRequest_read_recording_url(d: dict[str, Any]) -> Any:
    recording_url = d.get("recording_url", UNSET)
    return recording_url


def _CreateCallRecordingRequest_read_start_time(d: dict[str, Any]) -> Any:
    start_time = d.get("start_time", UNSET)
    return start_time


def _CreateCallRecordingRequest_read_title(d: dict[str, Any]) -> Any:
    title = d.get("title", UNSET)
    return title


def _CreateCallRecordingRequest_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account_id",
            "app_type",
            "call_recording_messages",
            "end_time",
            "participant_emails",
            "primary_user_email",
            "recording_id",
            "recording_url",
            "start_time",
            "title",
        }
    }
    _extra = d
    return _extra


CreateCallRecordingRequest._lazy_readers = {
    "app_type": _CreateCallRecordingRequest_read_app_type,
    "account_id": _CreateCallRecordingRequest_read_account_id,
    "call_recording_messages": _CreateCallRecordingRequest_read_call_recording_messages,
    "end_time": _CreateCallRecordingRequest_read_end_time,
    "participant_emails": _CreateCallRecordingRequest_read_participant_emails,
    "primary_user_email": _CreateCallRecordingRequest_read_primary_user_email,
    "recording_id": _CreateCallRecordingRequest_read_recording_id,
    "recording_url": _CreateCallRecordingRequest_read_recording_url,
    "start_time": _CreateCallRecordingRequest_read_start_time,
    "title": _CreateCallRecordingRequest_read_title,
    "additional_properties": _CreateCallRecordingRequest_read_additional_properties,
}
CreateCallRecordingRequest._lazy_required = frozenset(["app_type"])
