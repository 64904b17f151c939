from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadTrainingDataFileContentRequestBody")


@_attrs_define
class UploadTrainingDataFileContentRequestBody:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        external_id = d.pop("external_id", UNSET)

        file_name = d.pop("file_name", UNSET)

        training_data_id = d.pop("training_data_id", UNSET)

        training_data_name = d.pop("training_data_name", UNSET)

        visibility = d.pop("visibility", UNSET)

        upload_training_data_file_content_request_body = cls(
            content=content,
            external_id=external_id,
            file_name=file_name,
            training_data_id=training_data_id,
            training_data_name=training_data_name,
            visibility=visibility,
        )

        upload_training_data_file_content_request_body.additional_properties = d
        return upload_training_data_file_content_request_body

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
