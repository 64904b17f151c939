from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mini_account import MiniAccount
    from ..models.mini_project_template import MiniProjectTemplate


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: MiniAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = MiniAccount.from_dict(_account)

        archived_at = d.pop("archived_at", UNSET)

        created_at = d.pop("created_at", UNSET)

        customer_portal_visible = d.pop("customer_portal_visible", UNSET)

        description_html = d.pop("description_html", UNSET)

        end_date = d.pop("end_date", UNSET)

        id = d.pop("id", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        name = d.pop("name", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        _project_template = d.pop("project_template", UNSET)
        project_template: MiniProjectTemplate | Unset
        if isinstance(_project_template, Unset):
            project_template = UNSET
        else:
            project_template = MiniProjectTemplate.from_dict(_project_template)

        start_date = d.pop("start_date", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        project = cls(
            account=account,
            archived_at=archived_at,
            created_at=created_at,
            customer_portal_visible=customer_portal_visible,
            description_html=description_html,
            end_date=end_date,
            id=id,
            is_archived=is_archived,
            name=name,
            owner_id=owner_id,
            project_template=project_template,
            start_date=start_date,
            updated_at=updated_at,
        )

        project.additional_properties = d
        return project

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
from ..models.mini_project_template import MiniProjectTemplate
