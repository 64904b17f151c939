from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_metadata_format import NumberMetadataFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberMetadata")


@_attrs_define
class NumberMetadata:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        decimal_places = d.pop("decimal_places", UNSET)

        duration_display_format = d.pop("duration_display_format", UNSET)

        duration_input_unit = d.pop("duration_input_unit", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: NumberMetadataFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = NumberMetadataFormat(_format_)

        number_metadata = cls(
            currency=currency,
            decimal_places=decimal_places,
            duration_display_format=duration_display_format,
            duration_input_unit=duration_input_unit,
            format_=format_,
        )

        number_metadata.additional_properties = d
        return number_metadata

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
