from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.crm_details import CRMDetails


T = TypeVar("T", bound="CRMSettings")


@_attrs_define
class CRMSettings(LazyModel):
    """
    Attributes:
        details (list[CRMDetails] | Unset):
    """

    details: list[CRMDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if details is not UNSET:
            field_dict["details"] = details

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
def _CRMSettings_read_details(d: dict[str, Any]) -> Any:
    from ..models.crm_details import CRMDetails

    _details = d.get("details", UNSET)
    details: list[CRMDetails] | Unset = UNSET
    if _details is not UNSET:
        details = []
        for details_item_data in _details:
            details_item = CRMDetails.from_dict(details_item_data)
            details.append(details_item)
    return details


def _CRMSettings_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"details"}}
    _extra = d
    return _extra


CRMSettings._lazy_readers = {
    "details": _CRMSettings_read_details,
    "additional_properties": _CRMSettings_read_additional_properties,
}
