from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTrainingDataRequestBody")


@_attrs_define
class CreateTrainingDataRequestBody:
    """
    Attributes:
        training_data_name (str | Unset):
        visibility (str | Unset):
    """

    training_data_name: str | Unset = UNSET
    visibility: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        training_data_name = self.training_data_name

        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if training_data_name is not UNSET:
            field_dict["training_data_name"] = training_data_name
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        training_data_name = d.pop("training_data_name", UNSET)

        visibility = d.pop("visibility", UNSET)

        create_training_data_request_body = cls(
            training_data_name=training_data_name,
            visibility=visibility,
        )

        create_training_data_request_body.additional_properties = d
        return create_training_data_request_body

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
