from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="ErrorApiResponseBody")


@_attrs_define
class ErrorApiResponseBody(LazyModel):
    """
    Attributes:
        errors (list[str] | Unset):
        exists_id (str | Unset):
        request_id (str | Unset):
    """

    errors: list[str] | Unset = UNSET
    exists_id: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        exists_id = self.exists_id

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if exists_id is not UNSET:
            field_dict["exists_id"] = exists_id
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
def _ErrorApiResponseBody_read_errors(d: dict[str, Any]) -> Any:
    errors = cast(list[str], d.get("errors", UNSET))
    return errors


def _ErrorApiResponseBody_read_exists_id(d: dict[str, Any]) -> Any:
    exists_id = d.get("exists_id", UNSET)
    return exists_id


def _ErrorApiResponseBody_read_request_id(d: dict[str, Any]) -> Any:
    request_id = d.get("request_id", UNSET)
    return request_id


def _ErrorApiResponseBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"errors", "exists_id", "request_id"}}
    _extra = d
    return _extra


ErrorApiResponseBody._lazy_readers = {
    "errors": _ErrorApiResponseBody_read_errors,
    "exists_id": _ErrorApiResponseBody_read_exists_id,
    "request_id": _ErrorApiResponseBody_read_request_id,
    "additional_properties": _ErrorApiResponseBody_read_additional_properties,
}
