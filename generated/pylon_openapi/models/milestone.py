from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.mini_account import MiniAccount
    from ..models.mini_project import MiniProject


T = TypeVar("T", bound="Milestone")


@_attrs_define
class Milestone(LazyModel):
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
def _Milestone_read_account(d: dict[str, Any]) -> Any:
    from ..models.mini_account import MiniAccount

    _account = d.get("account", UNSET)
    account: MiniAccount | Unset
    if isinstance(_account, Unset):
        account = UNSET
    else:
        account = MiniAccount.from_dict(_account)
    return account


def _Milestone_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _Milestone_read_due_date(d: dict[str, Any]) -> Any:
    due_date = d.get("due_date", UNSET)
    return due_date


def _Milestone_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _Milestone_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _Milestone_read_project(d: dict[str, Any]) -> Any:
    from ..models.mini_project import MiniProject

    _project = d.get("project", UNSET)
    project: MiniProject | Unset
    if isinstance(_project, Unset):
        project = UNSET
    else:
        project = MiniProject.from_dict(_project)
    return project


def _Milestone_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _Milestone_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"account", "created_at", "due_date", "id", "name", "project", "updated_at"}
    }
    _extra = d
    return _extra


Milestone._lazy_readers = {
    "account": _Milestone_read_account,
    "created_at": _Milestone_read_created_at,
    "due_date": _Milestone_read_due_date,
    "id": _Milestone_read_id,
    "name": _Milestone_read_name,
    "project": _Milestone_read_project,
    "updated_at": _Milestone_read_updated_at,
    "additional_properties": _Milestone_read_additional_properties,
}
