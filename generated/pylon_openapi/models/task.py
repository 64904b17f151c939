from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mini_account import MiniAccount
    from ..models.mini_milestone import MiniMilestone
    from ..models.mini_project import MiniProject
    from ..models.task_assignee import TaskAssignee
    from ..models.task_custom_fields import TaskCustomFields


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: MiniAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = MiniAccount.from_dict(_account)

        _assignee = d.pop("assignee", UNSET)
        assignee: TaskAssignee | Unset
        if isinstance(_assignee, Unset):
            assignee = UNSET
        else:
            assignee = TaskAssignee.from_dict(_assignee)

        body_html = d.pop("body_html", UNSET)

        created_at = d.pop("created_at", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: TaskCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = TaskCustomFields.from_dict(_custom_fields)

        customer_portal_visible = d.pop("customer_portal_visible", UNSET)

        due_date = d.pop("due_date", UNSET)

        id = d.pop("id", UNSET)

        _milestone = d.pop("milestone", UNSET)
        milestone: MiniMilestone | Unset
        if isinstance(_milestone, Unset):
            milestone = UNSET
        else:
            milestone = MiniMilestone.from_dict(_milestone)

        parent_task_id = d.pop("parent_task_id", UNSET)

        _project = d.pop("project", UNSET)
        project: MiniProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = MiniProject.from_dict(_project)

        status = d.pop("status", UNSET)

        subtask_ids = cast(list[str], d.pop("subtask_ids", UNSET))

        title = d.pop("title", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        task = cls(
            account=account,
            assignee=assignee,
            body_html=body_html,
            created_at=created_at,
            custom_fields=custom_fields,
            customer_portal_visible=customer_portal_visible,
            due_date=due_date,
            id=id,
            milestone=milestone,
            parent_task_id=parent_task_id,
            project=project,
            status=status,
            subtask_ids=subtask_ids,
            title=title,
            updated_at=updated_at,
        )

        task.additional_properties = d
        return task

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
from ..models.mini_milestone import MiniMilestone
from ..models.mini_project import MiniProject
from ..models.task_assignee import TaskAssignee
from ..models.task_custom_fields import TaskCustomFields
