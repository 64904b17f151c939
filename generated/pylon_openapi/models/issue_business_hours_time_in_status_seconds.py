from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from .._lazy import LazyModel

T = TypeVar("T", bound="IssueBusinessHoursTimeInStatusSeconds")


@_attrs_define
class IssueBusinessHoursTimeInStatusSeconds(LazyModel):
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    # from_dict comes from LazyModel: each field is parsed from the payload when
    # first read, by the reader functions below the class.

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Field readers: the generator's own parsing code, one field each (codegen/lazy_models.py).
def _IssueBusinessHoursTimeInStatusSeconds_read_additional_properties(d: dict[str, Any]) -> Any:
    _extra = d
    return _extra


IssueBusinessHoursTimeInStatusSeconds._lazy_readers = {
    "additional_properties": _IssueBusinessHoursTimeInStatusSeconds_read_additional_properties,
}
