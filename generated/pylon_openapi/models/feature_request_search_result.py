from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.feature_request_search_result_custom_fields import (
        FeatureRequestSearchResultCustomFields,
    )


T = TypeVar("T", bound="FeatureRequestSearchResult")


@_attrs_define
class FeatureRequestSearchResult(LazyModel):
    """
    Attributes:
        account_ids (list[str] | Unset):
        created_at (str | Unset):
        custom_fields (FeatureRequestSearchResultCustomFields | Unset):
        description (str | Unset):
        evidence_count (int | Unset):
        id (str | Unset):
        request_status (str | Unset):
        title (str | Unset):
        updated_at (str | Unset):
    """

    account_ids: list[str] | Unset = UNSET
    created_at: str | Unset = UNSET
    custom_fields: FeatureRequestSearchResultCustomFields | Unset = UNSET
    description: str | Unset = UNSET
    evidence_count: int | Unset = UNSET
    id: str | Unset = UNSET
    request_status: str | Unset = UNSET
    title: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_ids: list[str] | Unset = UNSET
        if not isinstance(self.account_ids, Unset):
            account_ids = self.account_ids

        created_at = self.created_at

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        description = self.description

        evidence_count = self.evidence_count

        id = self.id

        request_status = self.request_status

        title = self.title

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_ids is not UNSET:
            field_dict["account_ids"] = account_ids
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if description is not UNSET:
            field_dict["description"] = description
        if evidence_count is not UNSET:
            field_dict["evidence_count"] = evidence_count
        if id is not UNSET:
            field_dict["id"] = id
        if request_status is not UNSET:
            field_dict["request_status"] = request_status
        if title is not UNSET:
            field_dict["title"] = title
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
def _FeatureRequestSearchResult_read_account_ids(d: dict[str, Any]) -> Any:
    account_ids = cast(list[str], d.get("account_ids", UNSET))
    return account_ids


def _FeatureRequestSearchResult_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _FeatureRequestSearchResult_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.feature_request_search_result_custom_fields import (
        FeatureRequestSearchResultCustomFields,
    )

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: FeatureRequestSearchResultCustomFields | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = FeatureRequestSearchResultCustomFields.from_dict(_custom_fields)
    return custom_fields


def _FeatureRequestSearchResult_read_description(d: dict[str, Any]) -> Any:
    description = d.get("description", UNSET)
    return description


def _FeatureRequestSearchResult_read_evidence_count(d: dict[str, Any]) -> Any:
    evidence_count = d.get("evidence_count", UNSET)
    return evidence_count


def _FeatureRequestSearchResult_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _FeatureRequestSearchResult_read_request_status(d: dict[str, Any]) -> Any:
    request_status = d.get("request_status", UNSET)
    return request_status


def _FeatureRequestSearchResult_read_title(d: dict[str, Any]) -> Any:
    title = d.get("title", UNSET)
    return title


def _FeatureRequestSearchResult_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _FeatureRequestSearchResult_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account_ids",
            "created_at",
            "custom_fields",
            "description",
            "evidence_count",
            "id",
            "request_status",
            "title",
            "updated_at",
        }
    }
    _extra = d
    return _extra


FeatureRequestSearchResult._lazy_readers = {
    "account_ids": _FeatureRequestSearchResult_read_account_ids,
    "created_at": _FeatureRequestSearchResult_read_created_at,
    "custom_fields": _FeatureRequestSearchResult_read_custom_fields,
    "description": _FeatureRequestSearchResult_read_description,
    "evidence_count": _FeatureRequestSearchResult_read_evidence_count,
    "id": _FeatureRequestSearchResult_read_id,
    "request_status": _FeatureRequestSearchResult_read_request_status,
    "title": _FeatureRequestSearchResult_read_title,
    "updated_at": _FeatureRequestSearchResult_read_updated_at,
    "additional_properties": _FeatureRequestSearchResult_read_additional_properties,
}
