from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RouteRedirect")


@_attrs_define
class RouteRedirect:
    """
    Attributes:
        created_at (str | Unset):
        from_path (str | Unset):
        id (str | Unset):
        language (str | Unset):
        object_id (str | Unset):
        object_type (str | Unset):
    """

    created_at: str | Unset = UNSET
    from_path: str | Unset = UNSET
    id: str | Unset = UNSET
    language: str | Unset = UNSET
    object_id: str | Unset = UNSET
    object_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        from_path = self.from_path

        id = self.id

        language = self.language

        object_id = self.object_id

        object_type = self.object_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if from_path is not UNSET:
            field_dict["from_path"] = from_path
        if id is not UNSET:
            field_dict["id"] = id
        if language is not UNSET:
            field_dict["language"] = language
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if object_type is not UNSET:
            field_dict["object_type"] = object_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        from_path = d.pop("from_path", UNSET)

        id = d.pop("id", UNSET)

        language = d.pop("language", UNSET)

        object_id = d.pop("object_id", UNSET)

        object_type = d.pop("object_type", UNSET)

        route_redirect = cls(
            created_at=created_at,
            from_path=from_path,
            id=id,
            language=language,
            object_id=object_id,
            object_type=object_type,
        )

        route_redirect.additional_properties = d
        return route_redirect

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
