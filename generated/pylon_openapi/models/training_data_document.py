from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="TrainingDataDocument")


@_attrs_define
class TrainingDataDocument(LazyModel):
    """
    Attributes:
        external_id (str | Unset):
        file_name (str | Unset):
        file_size (int | Unset):
        file_type (str | Unset):
        id (str | Unset):
        s3_key (str | Unset):
    """

    external_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    file_size: int | Unset = UNSET
    file_type: str | Unset = UNSET
    id: str | Unset = UNSET
    s3_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        file_name = self.file_name

        file_size = self.file_size

        file_type = self.file_type

        id = self.id

        s3_key = self.s3_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if id is not UNSET:
            field_dict["id"] = id
        if s3_key is not UNSET:
            field_dict["s3_key"] = s3_key

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
def _TrainingDataDocument_read_external_id(d: dict[str, Any]) -> Any:
    external_id = d.get("external_id", UNSET)
    return external_id


def _TrainingDataDocument_read_file_name(d: dict[str, Any]) -> Any:
    file_name = d.get("file_name", UNSET)
    return file_name


def _TrainingDataDocument_read_file_size(d: dict[str, Any]) -> Any:
    file_size = d.get("file_size", UNSET)
    return file_size


def _TrainingDataDocument_read_file_type(d: dict[str, Any]) -> Any:
    file_type = d.get("file_type", UNSET)
    return file_type


def _TrainingDataDocument_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _TrainingDataDocument_read_s3_key(d: dict[str, Any]) -> Any:
    s3_key = d.get("s3_key", UNSET)
    return s3_key


def _TrainingDataDocument_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"external_id", "file_name", "file_size", "file_type", "id", "s3_key"}
    }
    _extra = d
    return _extra


TrainingDataDocument._lazy_readers = {
    "external_id": _TrainingDataDocument_read_external_id,
    "file_name": _TrainingDataDocument_read_file_name,
    "file_size": _TrainingDataDocument_read_file_size,
    "file_type": _TrainingDataDocument_read_file_type,
    "id": _TrainingDataDocument_read_id,
    "s3_key": _TrainingDataDocument_read_s3_key,
    "additional_properties": _TrainingDataDocument_read_additional_properties,
}
