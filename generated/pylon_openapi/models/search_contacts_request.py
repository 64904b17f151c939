from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.filter_ import Filter


T = TypeVar("T", bound="SearchContactsRequest")


@_attrs_define
class SearchContactsRequest(LazyModel):
    """
    Attributes:
        filter_ (Filter):
        cursor (str | Unset):
        limit (int | Unset):
    """

    filter_: Filter
    cursor: str | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        cursor = self.cursor

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit

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
def _SearchContactsRequest_read_filter_(d: dict[str, Any]) -> Any:
    from ..models.filter_ import Filter

    filter_ = Filter.from_dict(d["filter"])
    return filter_


def _SearchContactsRequest_read_cursor(d: dict[str, Any]) -> Any:
    cursor = d.get("cursor", UNSET)
    return cursor


def _SearchContactsRequest_read_limit(d: dict[str, Any]) -> Any:
    limit = d.get("limit", UNSET)
    return limit


def _SearchContactsRequest_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"cursor", "filter", "limit"}}
    _extra = d
    return _extra


SearchContactsRequest._lazy_readers = {
    "filter_": _SearchContactsRequest_read_filter_,
    "cursor": _SearchContactsRequest_read_cursor,
    "limit": _SearchContactsRequest_read_limit,
    "additional_properties": _SearchContactsRequest_read_additional_properties,
}
SearchContactsRequest._lazy_required = frozenset(["filter"])
