from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateRouteRedirectRequestBody")


@_attrs_define
class CreateRouteRedirectRequestBody(LazyModel):
    """
    Attributes:
        from_path (str):
        object_id (str):
        object_type (str):
        language (str | Unset):
    """

    from_path: str
    object_id: str
    object_type: str
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_path = self.from_path

        object_id = self.object_id

        object_type = self.object_type

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_path": from_path,
                "object_id": object_id,
                "object_type": object_type,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language

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
def _CreateRouteRedirectRequestBody_read_from_path(d: dict[str, Any]) -> Any:
    from_path = d["from_path"]
    return from_path


def _CreateRouteRedirectRequestBody_read_object_id(d: dict[str, Any]) -> Any:
    object_id = d["object_id"]
    return object_id


def _CreateRouteRedirectRequestBody_read_object_type(d: dict[str, Any]) -> Any:
    object_type = d["object_type"]
    return object_type


def _CreateRouteRedirectRequestBody_read_language(d: dict[str, Any]) -> Any:
    language = d.get("language", UNSET)
    return language


def _CreateRouteRedirectRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v for k, v in d.items() if k not in {"from_path", "language", "object_id", "object_type"}
    }
    _extra = d
    return _extra


CreateRouteRedirectRequestBody._lazy_readers = {
    "from_path": _CreateRouteRedirectRequestBody_read_from_path,
    "object_id": _CreateRouteRedirectRequestBody_read_object_id,
    "object_type": _CreateRouteRedirectRequestBody_read_object_type,
    "language": _CreateRouteRedirectRequestBody_read_language,
    "additional_properties": _CreateRouteRedirectRequestBody_read_additional_properties,
}
CreateRouteRedirectRequestBody._lazy_required = frozenset(["from_path", "object_id", "object_type"])
