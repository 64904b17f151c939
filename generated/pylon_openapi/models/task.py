from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.mini_account import MiniAccount
    from ..models.mini_milestone import MiniMilestone
    from ..models.mini_project import MiniProject
    from ..models.task_assignee import TaskAssignee
    from ..models.task_custom_fields import TaskCustomFields


T = TypeVar("T", bound="Task")


@_attrs_define
class Task(LazyModel):
    """
    Attributes:
        account (MiniAccount | Unset):
        assignee (TaskAssignee | Unset):
        body_html (str | Unset):
        created_at (str | Unset):
        custom_fields (TaskCustomFields | Unset):
        customer_portal_visible (bool | Unset):
        due_date (str | Unset):
        id (str | Unset):
        milestone (MiniMilestone | Unset):
        parent_task_id (str | Unset):
        project (MiniProject | Unset):
        status (str | Unset):
        subtask_ids (list[str] | Unset):
        title (str | Unset):
        updated_at (str | Unset):
    """

    account: MiniAccount | Unset = UNSET
    assignee: TaskAssignee | Unset = UNSET
    body_html: str | Unset = UNSET
    created_at: str | Unset = UNSET
    custom_fields: TaskCustomFields | Unset = UNSET
    customer_portal_visible: bool | Unset = UNSET
    due_date: str | Unset = UNSET
    id: str | Unset = UNSET
    milestone: MiniMilestone | Unset = UNSET
    parent_task_id: str | Unset = UNSET
    project: MiniProject | Unset = UNSET
    status: str | Unset = UNSET
    subtask_ids: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        assignee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignee, Unset):
            assignee = self.assignee.to_dict()

        body_html = self.body_html

        created_at = self.created_at

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        customer_portal_visible = self.customer_portal_visible

        due_date = self.due_date

        id = self.id

        milestone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.milestone, Unset):
            milestone = self.milestone.to_dict()

        parent_task_id = self.parent_task_id

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        status = self.status

        subtask_ids: list[str] | Unset = UNSET
        if not isinstance(self.subtask_ids, Unset):
            subtask_ids = self.subtask_ids

        title = self.title

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if customer_portal_visible is not UNSET:
            field_dict["customer_portal_visible"] = customer_portal_visible
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if id is not UNSET:
            field_dict["id"] = id
        if milestone is not UNSET:
            field_dict["milestone"] = milestone
        if parent_task_id is not UNSET:
            field_dict["parent_task_id"] = parent_task_id
        if project is not UNSET:
            field_dict["project"] = project
        if status is not UNSET:
            field_dict["status"] = status
        if subtask_ids is not UNSET:
            field_dict["subtask_ids"] = subtask_ids
        if title is not UNSET:
            field_dict["title"] = title
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
def _Task_read_account(d: dict[str, Any]) -> Any:
    from ..models.mini_account import MiniAccount

    _account = d.get("account", UNSET)
    account: MiniAccount | Unset
    if isinstance(_account, Unset):
        account = UNSET
    else:
        account = MiniAccount.from_dict(_account)
    return account


def _Task_read_assignee(d: dict[str, Any]) -> Any:
    from ..models.task_assignee import TaskAssignee

    _assignee = d.get("assignee", UNSET)
    assignee: TaskAssignee | Unset
    if isinstance(_assignee, Unset):
        assignee = UNSET
    else:
        assignee = TaskAssignee.from_dict(_assignee)
    return assignee


def _Task_read_body_html(d: dict[str, Any]) -> Any:
    body_html = d.get("body_html", UNSET)
    return body_html


def _Task_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _Task_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.task_custom_fields import TaskCustomFields

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: TaskCustomFields | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = TaskCustomFields.from_dict(_custom_fields)
    return custom_fields


def _Task_read_customer_portal_visible(d: dict[str, Any]) -> Any:
    customer_portal_visible = d.get("customer_portal_visible", UNSET)
    return customer_portal_visible


def _Task_read_due_date(d: dict[str, Any]) -> Any:
    due_date = d.get("due_date", UNSET)
    return due_date


def _Task_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _Task_read_milestone(d: dict[str, Any]) -> Any:
    from ..models.mini_milestone import MiniMilestone

    _milestone = d.get("milestone", UNSET)
    milestone: MiniMilestone | Unset
    if isinstance(_milestone, Unset):
        milestone = UNSET
    else:
        milestone = MiniMilestone.from_dict(_milestone)
    return milestone


def _Task_read_parent_task_id(d: dict[str, Any]) -> Any:
    parent_task_id = d.get("parent_task_id", UNSET)
    return parent_task_id


def _Task_read_project(d: dict[str, Any]) -> Any:
    from ..models.mini_project import MiniProject

    _project = d.get("project", UNSET)
    project: MiniProject | Unset
    if isinstance(_project, Unset):
        project = UNSET
    else:
        project = MiniProject.from_dict(_project)
    return project


def _Task_read_status(d: dict[str, Any]) -> Any:
    status = d.get("status", UNSET)
    return status


def _Task_read_subtask_ids(d: dict[str, Any]) -> Any:
    subtask_ids = cast(list[str], d.get("subtask_ids", UNSET))
    return subtask_ids


def _Task_read_title(d: dict[str, Any]) -> Any:
    title = d.get("title", UNSET)
    return title


def _Task_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _Task_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account",
            "assignee",
            "body_html",
            "created_at",
            "custom_fields",
            "customer_portal_visible",
            "due_date",
            "id",
            "milestone",
            "parent_task_id",
            "project",
            "status",
            "subtask_ids",
            "title",
            "updated_at",
        }
    }
    _extra = d
    return _extra


Task._lazy_readers = {
    "account": _Task_read_account,
    "assignee": _Task_read_assignee,
    "body_html": _Task_read_body_html,
    "created_at": _Task_read_created_at,
    "custom_fields": _Task_read_custom_fields,
    "customer_portal_visible": _Task_read_customer_portal_visible,
    "due_date": _Task_read_due_date,
    "id": _Task_read_id,
    "milestone": _Task_read_milestone,
    "parent_task_id": _Task_read_parent_task_id,
    "project": _Task_read_project,
    "status": _Task_read_status,
    "subtask_ids": _Task_read_subtask_ids,
    "title": _Task_read_title,
    "updated_at": _Task_read_updated_at,
    "additional_properties": _Task_read_additional_properties,
}
