from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureRequestEvidence")


@_attrs_define
class FeatureRequestEvidence:
    """
    Attributes:
        account_id (str | Unset):
        external_url (str | Unset):
        source_id (str | Unset):
        source_type (str | Unset):
        summary (str | Unset):
    """

    account_id: str | Unset = UNSET
    external_url: str | Unset = UNSET
    source_id: str | Unset = UNSET
    source_type: str | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        external_url = self.external_url

        source_id = self.source_id

        source_type = self.source_type

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if external_url is not UNSET:
            field_dict["external_url"] = external_url
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        external_url = d.pop("external_url", UNSET)

        source_id = d.pop("source_id", UNSET)

        source_type = d.pop("source_type", UNSET)

        summary = d.pop("summary", UNSET)

        feature_request_evidence = cls(
            account_id=account_id,
            external_url=external_url,
            source_id=source_id,
            source_type=source_type,
            summary=summary,
        )

        feature_request_evidence.additional_properties = d
        return feature_request_evidence

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
