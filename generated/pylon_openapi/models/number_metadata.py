from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_metadata_format import NumberMetadataFormat
from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="NumberMetadata")


@_attrs_define
class NumberMetadata(LazyModel):
    """
    Attributes:
        currency (str | Unset):
        decimal_places (int | Unset):
        duration_display_format (str | Unset):
        duration_input_unit (str | Unset):
        format_ (NumberMetadataFormat | Unset):
    """

    currency: str | Unset = UNSET
    decimal_places: int | Unset = UNSET
    duration_display_format: str | Unset = UNSET
    duration_input_unit: str | Unset = UNSET
    format_: NumberMetadataFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        decimal_places = self.decimal_places

        duration_display_format = self.duration_display_format

        duration_input_unit = self.duration_input_unit

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if decimal_places is not UNSET:
            field_dict["decimal_places"] = decimal_places
        if duration_display_format is not UNSET:
            field_dict["duration_display_format"] = duration_display_format
        if duration_input_unit is not UNSET:
            field_dict["duration_input_unit"] = duration_input_unit
        if format_ is not UNSET:
            field_dict["format"] = format_

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
def _NumberMetadata_read_currency(d: dict[str, Any]) -> Any:
    currency = d.get("currency", UNSET)
    return currency


def _NumberMetadata_read_decimal_places(d: dict[str, Any]) -> Any:
    decimal_places = d.get("decimal_places", UNSET)
    return decimal_places


def _NumberMetadata_read_duration_display_format(d: dict[str, Any]) -> Any:
    duration_display_format = d.get("duration_display_format", UNSET)
    return duration_display_format


def _NumberMetadata_read_duration_input_unit(d: dict[str, Any]) -> Any:
    duration_input_unit = d.get("duration_input_unit", UNSET)
    return duration_input_unit


def _NumberMetadata_read_format_(d: dict[str, Any]) -> Any:
    _format_ = d.get("format", UNSET)
    format_: NumberMetadataFormat | Unset
    if isinstance(_format_, Unset):
        format_ = UNSET
    else:
        format_ = NumberMetadataFormat(_format_)
    return format_


def _NumberMetadata_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "currency",
            "decimal_places",
            "duration_display_format",
            "duration_input_unit",
            "format",
        }
    }
    _extra = d
    return _extra


NumberMetadata._lazy_readers = {
    "currency": _NumberMetadata_read_currency,
    "decimal_places": _NumberMetadata_read_decimal_places,
    "duration_display_format": _NumberMetadata_read_duration_display_format,
    "duration_input_unit": _NumberMetadata_read_duration_input_unit,
    "format_": _NumberMetadata_read_format_,
    "additional_properties": _NumberMetadata_read_additional_properties,
}
