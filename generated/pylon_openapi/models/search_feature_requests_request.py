from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="SearchFeatureRequestsRequest")


@_attrs_define
class SearchFeatureRequestsRequest(LazyModel):
    """
    Attributes:
        account_ids (list[str] | Unset):
        limit (int | Unset):
        query (str | Unset):
        request_statuses (list[str] | Unset):
    """

    account_ids: list[str] | Unset = UNSET
    limit: int | Unset = UNSET
    query: str | Unset = UNSET
    request_statuses: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_ids: list[str] | Unset = UNSET
        if not isinstance(self.account_ids, Unset):
            account_ids = self.account_ids

        limit = self.limit

        query = self.query

        request_statuses: list[str] | Unset = UNSET
        if not isinstance(self.request_statuses, Unset):
            request_statuses = self.request_statuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_ids is not UNSET:
            field_dict["account_ids"] = account_ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if query is not UNSET:
            field_dict["query"] = query
        if request_statuses is not UNSET:
            field_dict["request_statuses"] = request_statuses

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
def _SearchFeatureRequestsRequest_read_account_ids(d: dict[str, Any]) -> Any:
    account_ids = cast(list[str], d.get("account_ids", UNSET))
    return account_ids


def _SearchFeatureRequestsRequest_read_limit(d: dict[str, Any]) -> Any:
    limit = d.get("limit", UNSET)
    return limit


def _SearchFeatureRequestsRequest_read_query(d: dict[str, Any]) -> Any:
    query = d.get("query", UNSET)
    return query


def _SearchFeatureRequestsRequest_read_request_statuses(d: dict[str, Any]) -> Any:
    request_statuses = cast(list[str], d.get("request_statuses", UNSET))
    return request_statuses


def _SearchFeatureRequestsRequest_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v for k, v in d.items() if k not in {"account_ids", "limit", "query", "request_statuses"}
    }
    _extra = d
    return _extra


SearchFeatureRequestsRequest._lazy_readers = {
    "account_ids": _SearchFeatureRequestsRequest_read_account_ids,
    "limit": _SearchFeatureRequestsRequest_read_limit,
    "query": _SearchFeatureRequestsRequest_read_query,
    "request_statuses": _SearchFeatureRequestsRequest_read_request_statuses,
    "additional_properties": _SearchFeatureRequestsRequest_read_additional_properties,
}
