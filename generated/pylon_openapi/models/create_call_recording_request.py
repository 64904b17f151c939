from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_call_recording_message_request import (
        CreateCallRecordingMessageRequest,
    )


T = TypeVar("T", bound="CreateCallRecordingRequest")


@_attrs_define
class CreateCallRecordingRequest:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        app_type = d.pop("app_type")

        account_id = d.pop("account_id", UNSET)

        _call_recording_messages = d.pop("call_recording_messages", UNSET)
        call_recording_messages: list[CreateCallRecordingMessageRequest] | Unset = UNSET
        if _call_recording_messages is not UNSET:
            call_recording_messages = []
            for call_recording_messages_item_data in _call_recording_messages:
                call_recording_messages_item = CreateCallRecordingMessageRequest.from_dict(
                    call_recording_messages_item_data
                )

                call_recording_messages.append(call_recording_messages_item)

        end_time = d.pop("end_time", UNSET)

        participant_emails = d.pop("participant_emails", UNSET)

        primary_user_email = d.pop("primary_user_email", UNSET)

        recording_id = d.pop("recording_id", UNSET)

        recording_url = d.pop("recording_url", UNSET)

        start_time = d.pop("start_time", UNSET)

        title = d.pop("title", UNSET)

        create_call_recording_request = cls(
            app_type=app_type,
            account_id=account_id,
            call_recording_messages=call_recording_messages,
            end_time=end_time,
            participant_emails=participant_emails,
            primary_user_email=primary_user_email,
            recording_id=recording_id,
            recording_url=recording_url,
            start_time=start_time,
            title=title,
        )

        create_call_recording_request.additional_properties = d
        return create_call_recording_request

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


# Imported once here rather than on every from_dict call (codegen/optimize.py).
from ..models.create_call_recording_message_request import CreateCallRecordingMessageRequest
