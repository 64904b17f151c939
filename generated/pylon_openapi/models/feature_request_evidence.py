from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="FeatureRequestEvidence")


@_attrs_define
class FeatureRequestEvidence(LazyModel):
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
def _FeatureRequestEvidence_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d.get("account_id", UNSET)
    return account_id


def _FeatureRequestEvidence_read_external_url(d: dict[str, Any]) -> Any:
    external_url = d.get("external_url", UNSET)
    return external_url


def _FeatureRequestEvidence_read_source_id(d: dict[str, Any]) -> Any:
    source_id = d.get("source_id", UNSET)
    return source_id


def _FeatureRequestEvidence_read_source_type(d: dict[str, Any]) -> Any:
    source_type = d.get("source_type", UNSET)
    return source_type


def _FeatureRequestEvidence_read_summary(d: dict[str, Any]) -> Any:
    summary = d.get("summary", UNSET)
    return summary


def _FeatureRequestEvidence_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"account_id", "external_url", "source_id", "source_type", "summary"}
    }
    _extra = d
    return _extra


FeatureRequestEvidence._lazy_readers = {
    "account_id": _FeatureRequestEvidence_read_account_id,
    "external_url": _FeatureRequestEvidence_read_external_url,
    "source_id": _FeatureRequestEvidence_read_source_id,
    "source_type": _FeatureRequestEvidence_read_source_type,
    "summary": _FeatureRequestEvidence_read_summary,
    "additional_properties": _FeatureRequestEvidence_read_additional_properties,
}
