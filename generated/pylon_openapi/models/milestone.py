from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mini_account import MiniAccount
    from ..models.mini_project import MiniProject


T = TypeVar("T", bound="Milestone")


@_attrs_define
class Milestone:
    """
    Attributes:
        account (MiniAccount | Unset):
        created_at (str | Unset):
        due_date (str | Unset):
        id (str | Unset):
        name (str | Unset):
        project (MiniProject | Unset):
        updated_at (str | Unset):
    """

    account: MiniAccount | Unset = UNSET
    created_at: str | Unset = UNSET
    due_date: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    project: MiniProject | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        created_at = self.created_at

        due_date = self.due_date

        id = self.id

        name = self.name

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if project is not UNSET:
            field_dict["project"] = project
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: MiniAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = MiniAccount.from_dict(_account)

        created_at = d.pop("created_at", UNSET)

        due_date = d.pop("due_date", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _project = d.pop("project", UNSET)
        project: MiniProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = MiniProject.from_dict(_project)

        updated_at = d.pop("updated_at", UNSET)

        milestone = cls(
            account=account,
            created_at=created_at,
            due_date=due_date,
            id=id,
            name=name,
            project=project,
            updated_at=updated_at,
        )

        milestone.additional_properties = d
        return milestone

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


# Imported once here rather than on every from_dict call (codegen/optimize.py).
from ..models.mini_account import MiniAccount
from ..models.mini_project import MiniProject
