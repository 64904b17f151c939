from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateIssueAIResponseRequestBody")


@_attrs_define
class CreateIssueAIResponseRequestBody(LazyModel):
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
def _CreateIssueAIResponseRequestBody_read_ai_agent_id(d: dict[str, Any]) -> Any:
    ai_agent_id = d["ai_agent_id"]
    return ai_agent_id


def _CreateIssueAIResponseRequestBody_read_post_as_internal_note(d: dict[str, Any]) -> Any:
    post_as_internal_note = d.get("post_as_internal_note", UNSET)
    return post_as_internal_note


def _CreateIssueAIResponseRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"ai_agent_id", "post_as_internal_note"}}
    _extra = d
    return _extra


CreateIssueAIResponseRequestBody._lazy_readers = {
    "ai_agent_id": _CreateIssueAIResponseRequestBody_read_ai_agent_id,
    "post_as_internal_note": _CreateIssueAIResponseRequestBody_read_post_as_internal_note,
    "additional_properties": _CreateIssueAIResponseRequestBody_read_additional_properties,
}
CreateIssueAIResponseRequestBody._lazy_required = frozenset(["ai_agent_id"])
