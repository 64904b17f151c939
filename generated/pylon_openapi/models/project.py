from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.mini_account import MiniAccount
    from ..models.mini_project_template import MiniProjectTemplate


T = TypeVar("T", bound="Project")


@_attrs_define
class Project(LazyModel):
    """
    Attributes:
        account (MiniAccount | Unset):
        archived_at (str | Unset):
        created_at (str | Unset):
        customer_portal_visible (bool | Unset):
        description_html (str | Unset):
        end_date (str | Unset):
        id (str | Unset):
        is_archived (bool | Unset):
        name (str | Unset):
        owner_id (str | Unset):
        project_template (MiniProjectTemplate | Unset):
        start_date (str | Unset):
        updated_at (str | Unset):
    """

    account: MiniAccount | Unset = UNSET
    archived_at: str | Unset = UNSET
    created_at: str | Unset = UNSET
    customer_portal_visible: bool | Unset = UNSET
    description_html: str | Unset = UNSET
    end_date: str | Unset = UNSET
    id: str | Unset = UNSET
    is_archived: bool | Unset = UNSET
    name: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    project_template: MiniProjectTemplate | Unset = UNSET
    start_date: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        archived_at = self.archived_at

        created_at = self.created_at

        customer_portal_visible = self.customer_portal_visible

        description_html = self.description_html

        end_date = self.end_date

        id = self.id

        is_archived = self.is_archived

        name = self.name

        owner_id = self.owner_id

        project_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_template, Unset):
            project_template = self.project_template.to_dict()

        start_date = self.start_date

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if customer_portal_visible is not UNSET:
            field_dict["customer_portal_visible"] = customer_portal_visible
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if id is not UNSET:
            field_dict["id"] = id
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if name is not UNSET:
            field_dict["name"] = name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if project_template is not UNSET:
            field_dict["project_template"] = project_template
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
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
def _Project_read_account(d: dict[str, Any]) -> Any:
    from ..models.mini_account import MiniAccount

    _account = d.get("account", UNSET)
    account: MiniAccount | Unset
    if isinstance(_account, Unset):
        account = UNSET
    else:
        account = MiniAccount.from_dict(_account)
    return account


def _Project_read_archived_at(d: dict[str, Any]) -> Any:
    archived_at = d.get("archived_at", UNSET)
    return archived_at


def _Project_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _Project_read_customer_portal_visible(d: dict[str, Any]) -> Any:
    customer_portal_visible = d.get("customer_portal_visible", UNSET)
    return customer_portal_visible


def _Project_read_description_html(d: dict[str, Any]) -> Any:
    description_html = d.get("description_html", UNSET)
    return description_html


def _Project_read_end_date(d: dict[str, Any]) -> Any:
    end_date = d.get("end_date", UNSET)
    return end_date


def _Project_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _Project_read_is_archived(d: dict[str, Any]) -> Any:
    is_archived = d.get("is_archived", UNSET)
    return is_archived


def _Project_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _Project_read_owner_id(d: dict[str, Any]) -> Any:
    owner_id = d.get("owner_id", UNSET)
    return owner_id


def _Project_read_project_template(d: dict[str, Any]) -> Any:
    from ..models.mini_project_template import MiniProjectTemplate

    _project_template = d.get("project_template", UNSET)
    project_template: MiniProjectTemplate | Unset
    if isinstance(_project_template, Unset):
        project_template = UNSET
    else:
        project_template = MiniProjectTemplate.from_dict(_project_template)
    return project_template


def _Project_read_start_date(d: dict[str, Any]) -> Any:
    start_date = d.get("start_date", UNSET)
    return start_date


def _Project_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _Project_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account",
            "archived_at",
            "created_at",
            "customer_portal_visible",
            "description_html",
            "end_date",
            "id",
            "is_archived",
            "name",
            "owner_id",
            "project_template",
            "start_date",
            "updated_at",
        }
    }
    _extra = d
    return _extra


Project._lazy_readers = {
    "account": _Project_read_account,
    "archived_at": _Project_read_archived_at,
    "created_at": _Project_read_created_at,
    "customer_portal_visible": _Project_read_customer_portal_visible,
    "description_html": _Project_read_description_html,
    "end_date": _Project_read_end_date,
    "id": _Project_read_id,
    "is_archived": _Project_read_is_archived,
    "name": _Project_read_name,
    "owner_id": _Project_read_owner_id,
    "project_template": _Project_read_project_template,
    "start_date": _Project_read_start_date,
    "updated_at": _Project_read_updated_at,
    "additional_properties": _Project_read_additional_properties,
}
