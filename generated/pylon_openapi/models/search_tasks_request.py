from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.filter_ import Filter


T = TypeVar("T", bound="SearchTasksRequest")


@_attrs_define
class SearchTasksRequest(LazyModel):
    """
    Attributes:
        cursor (str | Unset):
        filter_ (Filter | Unset):
        limit (int | Unset):
    """

    cursor: str | Unset = UNSET
    filter_: Filter | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
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
def _SearchTasksRequest_read_cursor(d: dict[str, Any]) -> Any:
    cursor = d.get("cursor", UNSET)
    return cursor


def _SearchTasksRequest_read_filter_(d: dict[str, Any]) -> Any:
    from ..models.filter_ import Filter

    _filter_ = d.get("filter", UNSET)
    filter_: Filter | Unset
    if isinstance(_filter_, Unset):
        filter_ = UNSET
    else:
        filter_ = Filter.from_dict(_filter_)
    return filter_


def _SearchTasksRequest_read_limit(d: dict[str, Any]) -> Any:
    limit = d.get("limit", UNSET)
    return limit


def _SearchTasksRequest_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"cursor", "filter", "limit"}}
    _extra = d
    return _extra


SearchTasksRequest._lazy_readers = {
    "cursor": _SearchTasksRequest_read_cursor,
    "filter_": _SearchTasksRequest_read_filter_,
    "limit": _SearchTasksRequest_read_limit,
    "additional_properties": _SearchTasksRequest_read_additional_properties,
}
