from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from .._lazy import LazyModel

T = TypeVar("T", bound="ImportExternalIssue")


@_attrs_define
class ImportExternalIssue(LazyModel):
    """
    Attributes:
        external_issue_id (str):
        source (str):
    """

    external_issue_id: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_issue_id = self.external_issue_id

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_issue_id": external_issue_id,
                "source": source,
            }
        )

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
def _ImportExternalIssue_read_external_issue_id(d: dict[str, Any]) -> Any:
    external_issue_id = d["external_issue_id"]
    return external_issue_id


def _ImportExternalIssue_read_source(d: dict[str, Any]) -> Any:
    source = d["source"]
    return source


def _ImportExternalIssue_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"external_issue_id", "source"}}
    _extra = d
    return _extra


ImportExternalIssue._lazy_readers = {
    "external_issue_id": _ImportExternalIssue_read_external_issue_id,
    "source": _ImportExternalIssue_read_source,
    "additional_properties": _ImportExternalIssue_read_additional_properties,
}
ImportExternalIssue._lazy_required = frozenset(["external_issue_id", "source"])
