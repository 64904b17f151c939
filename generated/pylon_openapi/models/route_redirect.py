from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="RouteRedirect")


@_attrs_define
class RouteRedirect(LazyModel):
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
def _RouteRedirect_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _RouteRedirect_read_from_path(d: dict[str, Any]) -> Any:
    from_path = d.get("from_path", UNSET)
    return from_path


def _RouteRedirect_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _RouteRedirect_read_language(d: dict[str, Any]) -> Any:
    language = d.get("language", UNSET)
    return language


def _RouteRedirect_read_object_id(d: dict[str, Any]) -> Any:
    object_id = d.get("object_id", UNSET)
    return object_id


def _RouteRedirect_read_object_type(d: dict[str, Any]) -> Any:
    object_type = d.get("object_type", UNSET)
    return object_type


def _RouteRedirect_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"created_at", "from_path", "id", "language", "object_id", "object_type"}
    }
    _extra = d
    return _extra


RouteRedirect._lazy_readers = {
    "created_at": _RouteRedirect_read_created_at,
    "from_path": _RouteRedirect_read_from_path,
    "id": _RouteRedirect_read_id,
    "language": _RouteRedirect_read_language,
    "object_id": _RouteRedirect_read_object_id,
    "object_type": _RouteRedirect_read_object_type,
    "additional_properties": _RouteRedirect_read_additional_properties,
}
