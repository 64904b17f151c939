from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateTrainingDataRequestBody")


@_attrs_define
class CreateTrainingDataRequestBody(LazyModel):
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
def _CreateTrainingDataRequestBody_read_training_data_name(d: dict[str, Any]) -> Any:
    training_data_name = d.get("training_data_name", UNSET)
    return training_data_name


def _CreateTrainingDataRequestBody_read_visibility(d: dict[str, Any]) -> Any:
    visibility = d.get("visibility", UNSET)
    return visibility


def _CreateTrainingDataRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"training_data_name", "visibility"}}
    _extra = d
    return _extra


CreateTrainingDataRequestBody._lazy_readers = {
    "training_data_name": _CreateTrainingDataRequestBody_read_training_data_name,
    "visibility": _CreateTrainingDataRequestBody_read_visibility,
    "additional_properties": _CreateTrainingDataRequestBody_read_additional_properties,
}
