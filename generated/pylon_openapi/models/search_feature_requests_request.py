from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchFeatureRequestsRequest")


@_attrs_define
class SearchFeatureRequestsRequest:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_ids = cast(list[str], d.pop("account_ids", UNSET))

        limit = d.pop("limit", UNSET)

        query = d.pop("query", UNSET)

        request_statuses = cast(list[str], d.pop("request_statuses", UNSET))

        search_feature_requests_request = cls(
            account_ids=account_ids,
            limit=limit,
            query=query,
            request_statuses=request_statuses,
        )

        search_feature_requests_request.additional_properties = d
        return search_feature_requests_request

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
