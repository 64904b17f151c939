from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIssueAIResponseRequestBody")


@_attrs_define
class CreateIssueAIResponseRequestBody:
    """
    Attributes:
        ai_agent_id (str):
        post_as_internal_note (bool | Unset):
    """

    ai_agent_id: str
    post_as_internal_note: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_agent_id = self.ai_agent_id

        post_as_internal_note = self.post_as_internal_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ai_agent_id": ai_agent_id,
            }
        )
        if post_as_internal_note is not UNSET:
            field_dict["post_as_internal_note"] = post_as_internal_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ai_agent_id = d.pop("ai_agent_id")

        post_as_internal_note = d.pop("post_as_internal_note", UNSET)

        create_issue_ai_response_request_body = cls(
            ai_agent_id=ai_agent_id,
            post_as_internal_note=post_as_internal_note,
        )

        create_issue_ai_response_request_body.additional_properties = d
        return create_issue_ai_response_request_body

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
