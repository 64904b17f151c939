from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIssueAIResponseResponseBody")


@_attrs_define
class CreateIssueAIResponseResponseBody:
    """
    Attributes:
        request_id (str | Unset):
        response_html (str | Unset):
        response_valid (bool | Unset):
    """

    request_id: str | Unset = UNSET
    response_html: str | Unset = UNSET
    response_valid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        response_html = self.response_html

        response_valid = self.response_valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if response_html is not UNSET:
            field_dict["response_html"] = response_html
        if response_valid is not UNSET:
            field_dict["response_valid"] = response_valid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)

        response_html = d.pop("response_html", UNSET)

        response_valid = d.pop("response_valid", UNSET)

        create_issue_ai_response_response_body = cls(
            request_id=request_id,
            response_html=response_html,
            response_valid=response_valid,
        )

        create_issue_ai_response_response_body.additional_properties = d
        return create_issue_ai_response_response_body

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
