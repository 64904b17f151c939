from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_issue_request_body_type import UpdateIssueRequestBodyType
from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue


T = TypeVar("T", bound="UpdateIssueRequestBody")


@_attrs_define
class UpdateIssueRequestBody(LazyModel):
    """
    Attributes:
        account_id (str | Unset):
        assignee_id (str | Unset):
        custom_fields (list[CustomFieldValue] | Unset):
        customer_portal_visible (bool | Unset):
        requester_id (str | Unset):
        requestor_id (str | Unset):
        state (str | Unset):
        tags (list[str] | Unset):
        team_id (str | Unset):
        title (str | Unset):
        type_ (UpdateIssueRequestBodyType | Unset):
    """

    account_id: str | Unset = UNSET
    assignee_id: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    customer_portal_visible: bool | Unset = UNSET
    requester_id: str | Unset = UNSET
    requestor_id: str | Unset = UNSET
    state: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    team_id: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: UpdateIssueRequestBodyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        assignee_id = self.assignee_id

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        customer_portal_visible = self.customer_portal_visible

        requester_id = self.requester_id

        requestor_id = self.requestor_id

        state = self.state

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        team_id = self.team_id

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if customer_portal_visible is not UNSET:
            field_dict["customer_portal_visible"] = customer_portal_visible
        if requester_id is not UNSET:
            field_dict["requester_id"] = requester_id
        if requestor_id is not UNSET:
            field_dict["requestor_id"] = requestor_id
        if state is not UNSET:
            field_dict["state"] = state
        if tags is not UNSET:
            field_dict["tags"] = tags
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

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
def _UpdateIssueRequestBody_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d.get("account_id", UNSET)
    return account_id


def _UpdateIssueRequestBody_read_assignee_id(d: dict[str, Any]) -> Any:
    assignee_id = d.get("assignee_id", UNSET)
    return assignee_id


def _UpdateIssueRequestBody_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.custom_field_value import CustomFieldValue

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = []
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)
            custom_fields.append(custom_fields_item)
    return custom_fields


def _UpdateIssueRequestBody_read_customer_portal_visible(d: dict[str, Any]) -> Any:
    customer_portal_visible = d.get("customer_portal_visible", UNSET)
    return customer_portal_visible


def _UpdateIssueRequestBody_read_requester_id(d: dict[str, Any]) -> Any:
    requester_id = d.get("requester_id", UNSET)
    return requester_id


def _UpdateIssueRequestBody_read_requestor_id(d: dict[str, Any]) -> Any:
    requestor_id = d.get("requestor_id", UNSET)
    return requestor_id


def _UpdateIssueRequestBody_read_state(d: dict[str, Any]) -> Any:
    state = d.get("state", UNSET)
    return state


def _UpdateIssueRequestBody_read_tags(d: dict[str, Any]) -> Any:
    tags = cast(list[str], d.get("tags", UNSET))
    return tags


def _UpdateIssueRequestBody_read_team_id(d: dict[str, Any]) -> Any:
    team_id = d.get("team_id", UNSET)
    return team_id


def _UpdateIssueRequestBody_read_title(d: dict[str, Any]) -> Any:
    title = d.get("title", UNSET)
    return title


def _UpdateIssueRequestBody_read_type_(d: dict[str, Any]) -> Any:
    _type_ = d.get("type", UNSET)
    type_: UpdateIssueRequestBodyType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = UpdateIssueRequestBodyType(_type_)
    return type_


def _UpdateIssueRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account_id",
            "assignee_id",
            "custom_fields",
            "customer_portal_visible",
            "requester_id",
            "requestor_id",
            "state",
            "tags",
            "team_id",
            "title",
            "type",
        }
    }
    _extra = d
    return _extra


UpdateIssueRequestBody._lazy_readers = {
    "account_id": _UpdateIssueRequestBody_read_account_id,
    "assignee_id": _UpdateIssueRequestBody_read_assignee_id,
    "custom_fields": _UpdateIssueRequestBody_read_custom_fields,
    "customer_portal_visible": _UpdateIssueRequestBody_read_customer_portal_visible,
    "requester_id": _UpdateIssueRequestBody_read_requester_id,
    "requestor_id": _UpdateIssueRequestBody_read_requestor_id,
    "state": _UpdateIssueRequestBody_read_state,
    "tags": _UpdateIssueRequestBody_read_tags,
    "team_id": _UpdateIssueRequestBody_read_team_id,
    "title": _UpdateIssueRequestBody_read_title,
    "type_": _UpdateIssueRequestBody_read_type_,
    "additional_properties": _UpdateIssueRequestBody_read_additional_properties,
}
