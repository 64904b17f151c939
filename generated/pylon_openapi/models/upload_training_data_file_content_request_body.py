from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="UploadTrainingDataFileContentRequestBody")


@_attrs_define
class UploadTrainingDataFileContentRequestBody(LazyModel):
    """
    Attributes:
        content (str | Unset):
        external_id (str | Unset):
        file_name (str | Unset):
        training_data_id (str | Unset):
        training_data_name (str | Unset):
        visibility (str | Unset):
    """

    content: str | Unset = UNSET
    external_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    training_data_id: str | Unset = UNSET
    training_data_name: str | Unset = UNSET
    visibility: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        external_id = self.external_id

        file_name = self.file_name

        training_data_id = self.training_data_id

        training_data_name = self.training_data_name

        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if training_data_id is not UNSET:
            field_dict["training_data_id"] = training_data_id
        if training_data_name is not UNSET:
            field_dict["training_data_name"] = training_data_name
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

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
def _UploadTrainingDataFileContentRequestBody_read_content(d: dict[str, Any]) -> Any:
    content = d.get("content", UNSET)
    return content


def _UploadTrainingDataFileContentRequestBody_read_external_id(d: dict[str, Any]) -> Any:
    external_id = d.get("external_id", UNSET)
    return external_id


def _UploadTrainingDataFileContentRequestBody_read_file_name(d: dict[str, Any]) -> Any:
    file_name = d.get("file_name", UNSET)
    return file_name


def _UploadTrainingDataFileContentRequestBody_read_training_data_id(d: dict[str, Any]) -> Any:
    training_data_id = d.get("training_data_id", UNSET)
    return training_data_id


def _UploadTrainingDataFileContentRequestBody_read_training_data_name(d: dict[str, Any]) -> Any:
    training_data_name = d.get("training_data_name", UNSET)
    return training_data_name


def _UploadTrainingDataFileContentRequestBody_read_visibility(d: dict[str, Any]) -> Any:
    visibility = d.get("visibility", UNSET)
    return visibility


def _UploadTrainingDataFileContentRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "content",
            "external_id",
            "file_name",
            "training_data_id",
            "training_data_name",
            "visibility",
        }
    }
    _extra = d
    return _extra


UploadTrainingDataFileContentRequestBody._lazy_readers = {
    "content": _UploadTrainingDataFileContentRequestBody_read_content,
    "external_id": _UploadTrainingDataFileContentRequestBody_read_external_id,
    "file_name": _UploadTrainingDataFileContentRequestBody_read_file_name,
    "training_data_id": _UploadTrainingDataFileContentRequestBody_read_training_data_id,
    "training_data_name": _UploadTrainingDataFileContentRequestBody_read_training_data_name,
    "visibility": _UploadTrainingDataFileContentRequestBody_read_visibility,
    "additional_properties": _UploadTrainingDataFileContentRequestBody_read_additional_properties,
}
