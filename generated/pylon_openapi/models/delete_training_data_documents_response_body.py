from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="DeleteTrainingDataDocumentsResponseBody")


@_attrs_define
class DeleteTrainingDataDocumentsResponseBody(LazyModel):
    """
    Attributes:
        deleted_count (int | Unset):
        request_id (str | Unset):
    """

    deleted_count: int | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_count = self.deleted_count

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deleted_count is not UNSET:
            field_dict["deleted_count"] = deleted_count
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

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
def _DeleteTrainingDataDocumentsResponseBody_read_deleted_count(d: dict[str, Any]) -> Any:
    deleted_count = d.get("deleted_count", UNSET)
    return deleted_count


def _DeleteTrainingDataDocumentsResponseBody_read_request_id(d: dict[str, Any]) -> Any:
    request_id = d.get("request_id", UNSET)
    return request_id


def _DeleteTrainingDataDocumentsResponseBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"deleted_count", "request_id"}}
    _extra = d
    return _extra


DeleteTrainingDataDocumentsResponseBody._lazy_readers = {
    "deleted_count": _DeleteTrainingDataDocumentsResponseBody_read_deleted_count,
    "request_id": _DeleteTrainingDataDocumentsResponseBody_read_request_id,
    "additional_properties": _DeleteTrainingDataDocumentsResponseBody_read_additional_properties,
}
