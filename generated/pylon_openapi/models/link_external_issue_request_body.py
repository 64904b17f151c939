from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="LinkExternalIssueRequestBody")


@_attrs_define
class LinkExternalIssueRequestBody(LazyModel):
    """
    Attributes:
        external_issue_id (str):
        source (str):
        operation (str | Unset):
    """

    external_issue_id: str
    source: str
    operation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_issue_id = self.external_issue_id

        source = self.source

        operation = self.operation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_issue_id": external_issue_id,
                "source": source,
            }
        )
        if operation is not UNSET:
            field_dict["operation"] = operation

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
def _LinkExternalIssueRequestBody_read_external_issue_id(d: dict[str, Any]) -> Any:
    external_issue_id = d["external_issue_id"]
    return external_issue_id


def _LinkExternalIssueRequestBody_read_source(d: dict[str, Any]) -> Any:
    source = d["source"]
    return source


def _LinkExternalIssueRequestBody_read_operation(d: dict[str, Any]) -> Any:
    operation = d.get("operation", UNSET)
    return operation


def _LinkExternalIssueRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"external_issue_id", "operation", "source"}}
    _extra = d
    return _extra


LinkExternalIssueRequestBody._lazy_readers = {
    "external_issue_id": _LinkExternalIssueRequestBody_read_external_issue_id,
    "source": _LinkExternalIssueRequestBody_read_source,
    "operation": _LinkExternalIssueRequestBody_read_operation,
    "additional_properties": _LinkExternalIssueRequestBody_read_additional_properties,
}
LinkExternalIssueRequestBody._lazy_required = frozenset(["external_issue_id", "source"])
