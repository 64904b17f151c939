from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue


T = TypeVar("T", bound="CreateTaskRequestBody")


@_attrs_define
class CreateTaskRequestBody(LazyModel):
    """
    Attributes:
        title (str):
        account_id (str | Unset):
        assignee_id (str | Unset):
        body_html (str | Unset):
        custom_fields (list[CustomFieldValue] | Unset):
        customer_portal_visible (bool | Unset):  Default: False.
        due_date (str | Unset):
        milestone_id (str | Unset):
        project_id (str | Unset):
        status (str | Unset):
    """

    title: str
    account_id: str | Unset = UNSET
    assignee_id: str | Unset = UNSET
    body_html: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    customer_portal_visible: bool | Unset = False
    due_date: str | Unset = UNSET
    milestone_id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        account_id = self.account_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
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
def _CreateTaskRequestBody_read_title(d: dict[str, Any]) -> Any:
    title = d["title"]
    return title


def _CreateTaskRequestBody_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d.get("account_id", UNSET)
    return account_id


def _CreateTaskRequestBody_read_assignee_id(d: dict[str, Any]) -> Any:
    assignee_id = d.get("assignee_id", UNSET)
    return assignee_id


def _CreateTaskRequestBody_read_body_html(d: dict[str, Any]) -> Any:
    body_html = d.get("body_html", UNSET)
    return body_html


def _CreateTaskRequestBody_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.custom_field_value import CustomFieldValue

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = []
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)
            custom_fields.append(custom_fields_item)
    return custom_fields


def _CreateTaskRequestBody_read_customer_portal_visible(d: dict[str, Any]) -> Any:
    customer_portal_visible = d.get("customer_portal_visible", UNSET)
    return customer_portal_visible


def _CreateTaskRequestBody_read_due_date(d: dict[str, Any]) -> Any:
    due_date = d.get("due_date", UNSET)
    return due_date


def _CreateTaskRequestBody_read_milestone_id(d: dict[str, Any]) -> Any:
    milestone_id = d.get("milestone_id", UNSET)
    return milestone_id


def _CreateTaskRequestBody_read_project_id(d: dict[str, Any]) -> Any:
    project_id = d.get("project_id", UNSET)
    return project_id


def _CreateTaskRequestBody_read_status(d: dict[str, Any]) -> Any:
    status = d.get("status", UNSET)
    return status


def _CreateTaskRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account_id",
            "assignee_id",
            "body_html",
            "custom_fields",
            "customer_portal_visible",
            "due_date",
            "milestone_id",
            "project_id",
            "status",
            "title",
        }
    }
    _extra = d
    return _extra


CreateTaskRequestBody._lazy_readers = {
    "title": _CreateTaskRequestBody_read_title,
    "account_id": _CreateTaskRequestBody_read_account_id,
    "assignee_id": _CreateTaskRequestBody_read_assignee_id,
    "body_html": _CreateTaskRequestBody_read_body_html,
    "custom_fields": _CreateTaskRequestBody_read_custom_fields,
    "customer_portal_visible": _CreateTaskRequestBody_read_customer_portal_visible,
    "due_date": _CreateTaskRequestBody_read_due_date,
    "milestone_id": _CreateTaskRequestBody_read_milestone_id,
    "project_id": _CreateTaskRequestBody_read_project_id,
    "status": _CreateTaskRequestBody_read_status,
    "additional_properties": _CreateTaskRequestBody_read_additional_properties,
}
CreateTaskRequestBody._lazy_required = frozenset(["title"])
