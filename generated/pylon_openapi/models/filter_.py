from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_operator import FilterOperator
from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter(LazyModel):
    """
    Attributes:
        operator (FilterOperator):
        field (str | Unset):
        subfilters (list[Filter] | Unset):
        value (str | Unset):
        values (list[str] | Unset):
    """

    operator: FilterOperator
    field: str | Unset = UNSET
    subfilters: list[Filter] | Unset = UNSET
    value: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator.value

        field = self.field

        subfilters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subfilters, Unset):
            subfilters = []
            for subfilters_item_data in self.subfilters:
                subfilters_item = subfilters_item_data.to_dict()
                subfilters.append(subfilters_item)

        value = self.value

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if subfilters is not UNSET:
            field_dict["subfilters"] = subfilters
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values

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
def _Filter_read_operator(d: dict[str, Any]) -> Any:
    operator = FilterOperator(d["operator"])
    return operator


def _Filter_read_field(d: dict[str, Any]) -> Any:
    field = d.get("field", UNSET)
    return field


def _Filter_read_subfilters(d: dict[str, Any]) -> Any:
    _subfilters = d.get("subfilters", UNSET)
    subfilters: list[Filter] | Unset = UNSET
    if _subfilters is not UNSET:
        subfilters = []
        for subfilters_item_data in _subfilters:
            subfilters_item = Filter.from_dict(subfilters_item_data)
            subfilters.append(subfilters_item)
    return subfilters


def _Filter_read_value(d: dict[str, Any]) -> Any:
    value = d.get("value", UNSET)
    return value


def _Filter_read_values(d: dict[str, Any]) -> Any:
    values = cast(list[str], d.get("values", UNSET))
    return values


def _Filter_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"field", "operator", "subfilters", "value", "values"}
    }
    _extra = d
    return _extra


Filter._lazy_readers = {
    "operator": _Filter_read_operator,
    "field": _Filter_read_field,
    "subfilters": _Filter_read_subfilters,
    "value": _Filter_read_value,
    "values": _Filter_read_values,
    "additional_properties": _Filter_read_additional_properties,
}
Filter._lazy_required = frozenset(["operator"])
