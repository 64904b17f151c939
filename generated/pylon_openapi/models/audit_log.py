from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_attributes import AuditLogAttributes
    from ..models.audit_log_metadata import AuditLogMetadata


T = TypeVar("T", bound="AuditLog")


@_attrs_define
class AuditLog:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        action = d.pop("action", UNSET)

        action_happened_at = d.pop("action_happened_at", UNSET)

        actor_contact_id = d.pop("actor_contact_id", UNSET)

        actor_user_id = d.pop("actor_user_id", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: AuditLogAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AuditLogAttributes.from_dict(_attributes)

        created_at = d.pop("created_at", UNSET)

        id = d.pop("id", UNSET)

        link = d.pop("link", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: AuditLogMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AuditLogMetadata.from_dict(_metadata)

        object_id = d.pop("object_id", UNSET)

        object_type = d.pop("object_type", UNSET)

        source = d.pop("source", UNSET)

        audit_log = cls(
            action=action,
            action_happened_at=action_happened_at,
            actor_contact_id=actor_contact_id,
            actor_user_id=actor_user_id,
            attributes=attributes,
            created_at=created_at,
            id=id,
            link=link,
            metadata=metadata,
            object_id=object_id,
            object_type=object_type,
            source=source,
        )

        audit_log.additional_properties = d
        return audit_log

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
from ..models.audit_log_attributes import AuditLogAttributes
from ..models.audit_log_metadata import AuditLogMetadata
