from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddIssueFollowersRequestBody")


@_attrs_define
class AddIssueFollowersRequestBody:
    """
    Attributes:
        contact_ids (list[str] | Unset):
        operation (str | Unset):
        user_ids (list[str] | Unset):
    """

    contact_ids: list[str] | Unset = UNSET
    operation: str | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_ids: list[str] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        operation = self.operation

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_ids is not UNSET:
            field_dict["contact_ids"] = contact_ids
        if operation is not UNSET:
            field_dict["operation"] = operation
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_ids = cast(list[str], d.pop("contact_ids", UNSET))

        operation = d.pop("operation", UNSET)

        user_ids = cast(list[str], d.pop("user_ids", UNSET))

        add_issue_followers_request_body = cls(
            contact_ids=contact_ids,
            operation=operation,
            user_ids=user_ids,
        )

        add_issue_followers_request_body.additional_properties = d
        return add_issue_followers_request_body

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
