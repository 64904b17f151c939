from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingDataDocument")


@_attrs_define
class TrainingDataDocument:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id", UNSET)

        file_name = d.pop("file_name", UNSET)

        file_size = d.pop("file_size", UNSET)

        file_type = d.pop("file_type", UNSET)

        id = d.pop("id", UNSET)

        s3_key = d.pop("s3_key", UNSET)

        training_data_document = cls(
            external_id=external_id,
            file_name=file_name,
            file_size=file_size,
            file_type=file_type,
            id=id,
            s3_key=s3_key,
        )

        training_data_document.additional_properties = d
        return training_data_document

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
