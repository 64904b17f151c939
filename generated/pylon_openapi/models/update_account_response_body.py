from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="UpdateAccountResponseBody")


@_attrs_define
class UpdateAccountResponseBody(LazyModel):
    """
    Attributes:
        data (Account | Unset):
        request_id (str | Unset):
    """

    data: Account | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

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
def _UpdateAccountResponseBody_read_data(d: dict[str, Any]) -> Any:
    from ..models.account import Account

    _data = d.get("data", UNSET)
    data: Account | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = Account.from_dict(_data)
    return data


def _UpdateAccountResponseBody_read_request_id(d: dict[str, Any]) -> Any:
    request_id = d.get("request_id", UNSET)
    return request_id


def _UpdateAccountResponseBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"data", "request_id"}}
    _extra = d
    return _extra


UpdateAccountResponseBody._lazy_readers = {
    "data": _UpdateAccountResponseBody_read_data,
    "request_id": _UpdateAccountResponseBody_read_request_id,
    "additional_properties": _UpdateAccountResponseBody_read_additional_properties,
}
