from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.audit_log_attributes import AuditLogAttributes
    from ..models.audit_log_metadata import AuditLogMetadata


T = TypeVar("T", bound="AuditLog")


@_attrs_define
class AuditLog(LazyModel):
    """
    Attributes:
        action (str | Unset):
        action_happened_at (str | Unset):
        actor_contact_id (str | Unset):
        actor_user_id (str | Unset):
        attributes (AuditLogAttributes | Unset):
        created_at (str | Unset):
        id (str | Unset):
        link (str | Unset):
        metadata (AuditLogMetadata | Unset):
        object_id (str | Unset):
        object_type (str | Unset):
        source (str | Unset):
    """

    action: str | Unset = UNSET
    action_happened_at: str | Unset = UNSET
    actor_contact_id: str | Unset = UNSET
    actor_user_id: str | Unset = UNSET
    attributes: AuditLogAttributes | Unset = UNSET
    created_at: str | Unset = UNSET
    id: str | Unset = UNSET
    link: str | Unset = UNSET
    metadata: AuditLogMetadata | Unset = UNSET
    object_id: str | Unset = UNSET
    object_type: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        action_happened_at = self.action_happened_at

        actor_contact_id = self.actor_contact_id

        actor_user_id = self.actor_user_id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        created_at = self.created_at

        id = self.id

        link = self.link

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        object_id = self.object_id

        object_type = self.object_type

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if action_happened_at is not UNSET:
            field_dict["action_happened_at"] = action_happened_at
        if actor_contact_id is not UNSET:
            field_dict["actor_contact_id"] = actor_contact_id
        if actor_user_id is not UNSET:
            field_dict["actor_user_id"] = actor_user_id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if link is not UNSET:
            field_dict["link"] = link
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if source is not UNSET:
            field_dict["source"] = source

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
def _AuditLog_read_action(d: dict[str, Any]) -> Any:
    action = d.get("action", UNSET)
    return action


def _AuditLog_read_action_happened_at(d: dict[str, Any]) -> Any:
    action_happened_at = d.get("action_happened_at", UNSET)
    return action_happened_at


def _AuditLog_read_actor_contact_id(d: dict[str, Any]) -> Any:
    actor_contact_id = d.get("actor_contact_id", UNSET)
    return actor_contact_id


def _AuditLog_read_actor_user_id(d: dict[str, Any]) -> Any:
    actor_user_id = d.get("actor_user_id", UNSET)
    return actor_user_id


def _AuditLog_read_attributes(d: dict[str, Any]) -> Any:
    from ..models.audit_log_attributes import AuditLogAttributes

    _attributes = d.get("attributes", UNSET)
    attributes: AuditLogAttributes | Unset
    if isinstance(_attributes, Unset):
        attributes = UNSET
    else:
        attributes = AuditLogAttributes.from_dict(_attributes)
    return attributes


def _AuditLog_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _AuditLog_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _AuditLog_read_link(d: dict[str, Any]) -> Any:
    link = d.get("link", UNSET)
    return link


def _AuditLog_read_metadata(d: dict[str, Any]) -> Any:
    from ..models.audit_log_metadata import AuditLogMetadata

    _metadata = d.get("metadata", UNSET)
    metadata: AuditLogMetadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = AuditLogMetadata.from_dict(_metadata)
    return metadata


def _AuditLog_read_object_id(d: dict[str, Any]) -> Any:
    object_id = d.get("object_id", UNSET)
    return object_id


def _AuditLog_read_object_type(d: dict[str, Any]) -> Any:
    object_type = d.get("object_type", UNSET)
    return object_type


def _AuditLog_read_source(d: dict[str, Any]) -> Any:
    source = d.get("source", UNSET)
    return source


def _AuditLog_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "action",
            "action_happened_at",
            "actor_contact_id",
            "actor_user_id",
            "attributes",
            "created_at",
            "id",
            "link",
            "metadata",
            "object_id",
            "object_type",
            "source",
        }
    }
    _extra = d
    return _extra


AuditLog._lazy_readers = {
    "action": _AuditLog_read_action,
    "action_happened_at": _AuditLog_read_action_happened_at,
    "actor_contact_id": _AuditLog_read_actor_contact_id,
    "actor_user_id": _AuditLog_read_actor_user_id,
    "attributes": _AuditLog_read_attributes,
    "created_at": _AuditLog_read_created_at,
    "id": _AuditLog_read_id,
    "link": _AuditLog_read_link,
    "metadata": _AuditLog_read_metadata,
    "object_id": _AuditLog_read_object_id,
    "object_type": _AuditLog_read_object_type,
    "source": _AuditLog_read_source,
    "additional_properties": _AuditLog_read_additional_properties,
}
