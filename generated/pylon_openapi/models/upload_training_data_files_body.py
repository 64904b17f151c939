from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="UploadTrainingDataFilesBody")


@_attrs_define
class UploadTrainingDataFilesBody(LazyModel):
    """
    Attributes:
        files (list[str]):
        external_ids (list[str] | Unset):
        file_names (list[str] | Unset):
        training_data_id (str | Unset):
        training_data_name (str | Unset):
        visibility (str | Unset):
    """

    files: list[str]
    external_ids: list[str] | Unset = UNSET
    file_names: list[str] | Unset = UNSET
    training_data_id: str | Unset = UNSET
    training_data_name: str | Unset = UNSET
    visibility: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files = self.files

        external_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = self.external_ids

        file_names: list[str] | Unset = UNSET
        if not isinstance(self.file_names, Unset):
            file_names = self.file_names

        training_data_id = self.training_data_id

        training_data_name = self.training_data_name

        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "files": files,
            }
        )
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if file_names is not UNSET:
            field_dict["file_names"] = file_names
        if training_data_id is not UNSET:
            field_dict["training_data_id"] = training_data_id
        if training_data_name is not UNSET:
            field_dict["training_data_name"] = training_data_name
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for files_item_element in self.files:
            files.append(("files", (None, str(files_item_element).encode(), "text/plain")))

        if not isinstance(self.external_ids, Unset):
            for external_ids_item_element in self.external_ids:
                files.append(
                    ("external_ids", (None, str(external_ids_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.file_names, Unset):
            for file_names_item_element in self.file_names:
                files.append(
                    ("file_names", (None, str(file_names_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.training_data_id, Unset):
            files.append(
                ("training_data_id", (None, str(self.training_data_id).encode(), "text/plain"))
            )

        if not isinstance(self.training_data_name, Unset):
            files.append(
                ("training_data_name", (None, str(self.training_data_name).encode(), "text/plain"))
            )

        if not isinstance(self.visibility, Unset):
            files.append(("visibility", (None, str(self.visibility).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

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
def _UploadTrainingDataFilesBody_read_files(d: dict[str, Any]) -> Any:
    files = cast(list[str], d["files"])
    return files


def _UploadTrainingDataFilesBody_read_external_ids(d: dict[str, Any]) -> Any:
    external_ids = cast(list[str], d.get("external_ids", UNSET))
    return external_ids


def _UploadTrainingDataFilesBody_read_file_names(d: dict[str, Any]) -> Any:
    file_names = cast(list[str], d.get("file_names", UNSET))
    return file_names


def _UploadTrainingDataFilesBody_read_training_data_id(d: dict[str, Any]) -> Any:
    training_data_id = d.get("training_data_id", UNSET)
    return training_data_id


def _UploadTrainingDataFilesBody_read_training_data_name(d: dict[str, Any]) -> Any:
    training_data_name = d.get("training_data_name", UNSET)
    return training_data_name


def _UploadTrainingDataFilesBody_read_visibility(d: dict[str, Any]) -> Any:
    visibility = d.get("visibility", UNSET)
    return visibility


def _UploadTrainingDataFilesBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "external_ids",
            "file_names",
            "files",
            "training_data_id",
            "training_data_name",
            "visibility",
        }
    }
    _extra = d
    return _extra


UploadTrainingDataFilesBody._lazy_readers = {
    "files": _UploadTrainingDataFilesBody_read_files,
    "external_ids": _UploadTrainingDataFilesBody_read_external_ids,
    "file_names": _UploadTrainingDataFilesBody_read_file_names,
    "training_data_id": _UploadTrainingDataFilesBody_read_training_data_id,
    "training_data_name": _UploadTrainingDataFilesBody_read_training_data_name,
    "visibility": _UploadTrainingDataFilesBody_read_visibility,
    "additional_properties": _UploadTrainingDataFilesBody_read_additional_properties,
}
UploadTrainingDataFilesBody._lazy_required = frozenset(["files"])
