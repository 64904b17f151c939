from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkExternalIssueRequestBody")


@_attrs_define
class LinkExternalIssueRequestBody:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_issue_id = d.pop("external_issue_id")

        source = d.pop("source")

        operation = d.pop("operation", UNSET)

        link_external_issue_request_body = cls(
            external_issue_id=external_issue_id,
            source=source,
            operation=operation,
        )

        link_external_issue_request_body.additional_properties = d
        return link_external_issue_request_body

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
