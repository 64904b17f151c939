from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateMilestoneRequestBody")


@_attrs_define
class CreateMilestoneRequestBody(LazyModel):
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
def _CreateMilestoneRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d["name"]
    return name


def _CreateMilestoneRequestBody_read_project_id(d: dict[str, Any]) -> Any:
    project_id = d["project_id"]
    return project_id


def _CreateMilestoneRequestBody_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d.get("account_id", UNSET)
    return account_id


def _CreateMilestoneRequestBody_read_due_date(d: dict[str, Any]) -> Any:
    due_date = d.get("due_date", UNSET)
    return due_date


def _CreateMilestoneRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"account_id", "due_date", "name", "project_id"}}
    _extra = d
    return _extra


CreateMilestoneRequestBody._lazy_readers = {
    "name": _CreateMilestoneRequestBody_read_name,
    "project_id": _CreateMilestoneRequestBody_read_project_id,
    "account_id": _CreateMilestoneRequestBody_read_account_id,
    "due_date": _CreateMilestoneRequestBody_read_due_date,
    "additional_properties": _CreateMilestoneRequestBody_read_additional_properties,
}
CreateMilestoneRequestBody._lazy_required = frozenset(["name", "project_id"])
