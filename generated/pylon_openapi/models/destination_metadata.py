from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_metadata_destination import DestinationMetadataDestination
from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="DestinationMetadata")


@_attrs_define
class DestinationMetadata(LazyModel):
    """
    Attributes:
        chat_widget_app_id (str | Unset):
        destination (DestinationMetadataDestination | Unset):
        email (str | Unset):
        email_bccs (list[str] | Unset):
        email_ccs (list[str] | Unset):
        from_sms_phone_number_id (str | Unset):
        whatsapp_app_id (str | Unset):
        whatsapp_message_template_language (str | Unset):
        whatsapp_message_template_name (str | Unset):
    """

    chat_widget_app_id: str | Unset = UNSET
    destination: DestinationMetadataDestination | Unset = UNSET
    email: str | Unset = UNSET
    email_bccs: list[str] | Unset = UNSET
    email_ccs: list[str] | Unset = UNSET
    from_sms_phone_number_id: str | Unset = UNSET
    whatsapp_app_id: str | Unset = UNSET
    whatsapp_message_template_language: str | Unset = UNSET
    whatsapp_message_template_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_widget_app_id = self.chat_widget_app_id

        destination: str | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.value

        email = self.email

        email_bccs: list[str] | Unset = UNSET
        if not isinstance(self.email_bccs, Unset):
            email_bccs = self.email_bccs

        email_ccs: list[str] | Unset = UNSET
        if not isinstance(self.email_ccs, Unset):
            email_ccs = self.email_ccs

        from_sms_phone_number_id = self.from_sms_phone_number_id

        whatsapp_app_id = self.whatsapp_app_id

        whatsapp_message_template_language = self.whatsapp_message_template_language

        whatsapp_message_template_name = self.whatsapp_message_template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat_widget_app_id is not UNSET:
            field_dict["chat_widget_app_id"] = chat_widget_app_id
        if destination is not UNSET:
            field_dict["destination"] = destination
        if email is not UNSET:
            field_dict["email"] = email
        if email_bccs is not UNSET:
            field_dict["email_bccs"] = email_bccs
        if email_ccs is not UNSET:
            field_dict["email_ccs"] = email_ccs
        if from_sms_phone_number_id is not UNSET:
            field_dict["from_sms_phone_number_id"] = from_sms_phone_number_id
        if whatsapp_app_id is not UNSET:
            field_dict["whatsapp_app_id"] = whatsapp_app_id
        if whatsapp_message_template_language is not UNSET:
            field_dict["whatsapp_message_template_language"] = whatsapp_message_template_language
        if whatsapp_message_template_name is not UNSET:
            field_dict["whatsapp_message_template_name"] = whatsapp_message_template_name

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
def _DestinationMetadata_read_chat_widget_app_id(d: dict[str, Any]) -> Any:
    chat_widget_app_id = d.get("chat_widget_app_id", UNSET)
    return chat_widget_app_id


def _DestinationMetadata_read_destination(d: dict[str, Any]) -> Any:
    _destination = d.get("destination", UNSET)
    destination: DestinationMetadataDestination | Unset
    if isinstance(_destination, Unset):
        destination = UNSET
    else:
        destination = DestinationMetadataDestination(_destination)
    return destination


def _DestinationMetadata_read_email(d: dict[str, Any]) -> Any:
    email = d.get("email", UNSET)
    return email


def _DestinationMetadata_read_email_bccs(d: dict[str, Any]) -> Any:
    email_bccs = cast(list[str], d.get("email_bccs", UNSET))
    return email_bccs


def _DestinationMetadata_read_email_ccs(d: dict[str, Any]) -> Any:
    email_ccs = cast(list[str], d.get("email_ccs", UNSET))
    return email_ccs


def _DestinationMetadata_read_from_sms_phone_number_id(d: dict[str, Any]) -> Any:
    from_sms_phone_number_id = d.get("from_sms_phone_number_id", UNSET)
    return from_sms_phone_number_id


def _DestinationMetadata_read_whatsapp_app_id(d: dict[str, Any]) -> Any:
    whatsapp_app_id = d.get("whatsapp_app_id", UNSET)
    return whatsapp_app_id


def _DestinationMetadata_read_whatsapp_message_template_language(d: dict[str, Any]) -> Any:
    whatsapp_message_template_language = d.get("whatsapp_message_template_language", UNSET)
    return whatsapp_message_template_language


def _DestinationMetadata_read_whatsapp_message_template_name(d: dict[str, Any]) -> Any:
    whatsapp_message_template_name = d.get("whatsapp_message_template_name", UNSET)
    return whatsapp_message_template_name


def _DestinationMetadata_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "chat_widget_app_id",
            "destination",
            "email",
            "email_bccs",
            "email_ccs",
            "from_sms_phone_number_id",
            "whatsapp_app_id",
            "whatsapp_message_template_language",
            "whatsapp_message_template_name",
        }
    }
    _extra = d
    return _extra


DestinationMetadata._lazy_readers = {
    "chat_widget_app_id": _DestinationMetadata_read_chat_widget_app_id,
    "destination": _DestinationMetadata_read_destination,
    "email": _DestinationMetadata_read_email,
    "email_bccs": _DestinationMetadata_read_email_bccs,
    "email_ccs": _DestinationMetadata_read_email_ccs,
    "from_sms_phone_number_id": _DestinationMetadata_read_from_sms_phone_number_id,
    "whatsapp_app_id": _DestinationMetadata_read_whatsapp_app_id,
    "whatsapp_message_template_language": _DestinationMetadata_read_whatsapp_message_template_language,
    "whatsapp_message_template_name": _DestinationMetadata_read_whatsapp_message_template_name,
    "additional_properties": _DestinationMetadata_read_additional_properties,
}
