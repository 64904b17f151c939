from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue


T = TypeVar("T", bound="UpdateTaskRequestBody")


@_attrs_define
class UpdateTaskRequestBody:
    """
    Attributes:
        assignee_id (str | Unset):
        body_html (str | Unset):
        custom_fields (list[CustomFieldValue] | Unset):
        customer_portal_visible (bool | Unset):
        due_date (str | Unset):
        milestone_id (str | Unset):
        project_id (str | Unset):
        status (str | Unset):
        title (str | Unset):
    """

    assignee_id: str | Unset = UNSET
    body_html: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    customer_portal_visible: bool | Unset = UNSET
    due_date: str | Unset = UNSET
    milestone_id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    status: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee_id = self.assignee_id

        body_html = self.body_html

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        customer_portal_visible = self.customer_portal_visible

        due_date = self.due_date

        milestone_id = self.milestone_id

        project_id = self.project_id

        status = self.status

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if customer_portal_visible is not UNSET:
            field_dict["customer_portal_visible"] = customer_portal_visible
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if milestone_id is not UNSET:
            field_dict["milestone_id"] = milestone_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        assignee_id = d.pop("assignee_id", UNSET)

        body_html = d.pop("body_html", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        customer_portal_visible = d.pop("customer_portal_visible", UNSET)

        due_date = d.pop("due_date", UNSET)

        milestone_id = d.pop("milestone_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        update_task_request_body = cls(
            assignee_id=assignee_id,
            body_html=body_html,
            custom_fields=custom_fields,
            customer_portal_visible=customer_portal_visible,
            due_date=due_date,
            milestone_id=milestone_id,
            project_id=project_id,
            status=status,
            title=title,
        )

        update_task_request_body.additional_properties = d
        return update_task_request_body

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
from ..models.custom_field_value import CustomFieldValue
