from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_request_search_result_custom_fields import (
        FeatureRequestSearchResultCustomFields,
    )


T = TypeVar("T", bound="FeatureRequestSearchResult")


@_attrs_define
class FeatureRequestSearchResult:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        account_ids = cast(list[str], d.pop("account_ids", UNSET))

        created_at = d.pop("created_at", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: FeatureRequestSearchResultCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = FeatureRequestSearchResultCustomFields.from_dict(_custom_fields)

        description = d.pop("description", UNSET)

        evidence_count = d.pop("evidence_count", UNSET)

        id = d.pop("id", UNSET)

        request_status = d.pop("request_status", UNSET)

        title = d.pop("title", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        feature_request_search_result = cls(
            account_ids=account_ids,
            created_at=created_at,
            custom_fields=custom_fields,
            description=description,
            evidence_count=evidence_count,
            id=id,
            request_status=request_status,
            title=title,
            updated_at=updated_at,
        )

        feature_request_search_result.additional_properties = d
        return feature_request_search_result

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


# Imported once here rather than on every from_dict call (codegen/optimize.py).
from ..models.feature_request_search_result_custom_fields import (
    FeatureRequestSearchResultCustomFields,
)
