from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue


T = TypeVar("T", bound="UpdateFeatureRequestRequestBody")


@_attrs_define
class UpdateFeatureRequestRequestBody(LazyModel):
    """
    Attributes:
        custom_fields (list[CustomFieldValue] | Unset):
        request_status (str | Unset):
    """

    custom_fields: list[CustomFieldValue] | Unset = UNSET
    request_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        request_status = self.request_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if request_status is not UNSET:
            field_dict["request_status"] = request_status

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
def _UpdateFeatureRequestRequestBody_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.custom_field_value import CustomFieldValue

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = []
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)
            custom_fields.append(custom_fields_item)
    return custom_fields


def _UpdateFeatureRequestRequestBody_read_request_status(d: dict[str, Any]) -> Any:
    request_status = d.get("request_status", UNSET)
    return request_status


def _UpdateFeatureRequestRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"custom_fields", "request_status"}}
    _extra = d
    return _extra


UpdateFeatureRequestRequestBody._lazy_readers = {
    "custom_fields": _UpdateFeatureRequestRequestBody_read_custom_fields,
    "request_status": _UpdateFeatureRequestRequestBody_read_request_status,
    "additional_properties": _UpdateFeatureRequestRequestBody_read_additional_properties,
}
