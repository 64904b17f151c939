from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="UploadAccountFileBody")


@_attrs_define
class UploadAccountFileBody(LazyModel):
    """
    Attributes:
        file (File | Unset):
        file_url (str | Unset):
    """

    file: File | Unset = UNSET
    file_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        file_url = self.file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if file_url is not UNSET:
            field_dict["file_url"] = file_url

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.file_url, Unset):
            files.append(("file_url", (None, str(self.file_url).encode(), "text/plain")))

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
def _UploadAccountFileBody_read_file(d: dict[str, Any]) -> Any:
    _file = d.get("file", UNSET)
    file: File | Unset
    if isinstance(_file, Unset):
        file = UNSET
    else:
        file = File(payload=BytesIO(_file))
    return file


def _UploadAccountFileBody_read_file_url(d: dict[str, Any]) -> Any:
    file_url = d.get("file_url", UNSET)
    return file_url


def _UploadAccountFileBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"file", "file_url"}}
    _extra = d
    return _extra


UploadAccountFileBody._lazy_readers = {
    "file": _UploadAccountFileBody_read_file,
    "file_url": _UploadAccountFileBody_read_file_url,
    "additional_properties": _UploadAccountFileBody_read_additional_properties,
}
