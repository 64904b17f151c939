from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMilestoneRequestBody")


@_attrs_define
class CreateMilestoneRequestBody:
    """
    Attributes:
        name (str):
        project_id (str):
        account_id (str | Unset):
        due_date (str | Unset):
    """

    name: str
    project_id: str
    account_id: str | Unset = UNSET
    due_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        account_id = self.account_id

        due_date = self.due_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "project_id": project_id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if due_date is not UNSET:
            field_dict["due_date"] = due_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        project_id = d.pop("project_id")

        account_id = d.pop("account_id", UNSET)

        due_date = d.pop("due_date", UNSET)

        create_milestone_request_body = cls(
            name=name,
            project_id=project_id,
            account_id=account_id,
            due_date=due_date,
        )

        create_milestone_request_body.additional_properties = d
        return create_milestone_request_body

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
