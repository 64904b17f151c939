from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_issue_request_body_type import UpdateIssueRequestBodyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue


T = TypeVar("T", bound="UpdateIssueRequestBody")


@_attrs_define
class UpdateIssueRequestBody:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        assignee_id = d.pop("assignee_id", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        customer_portal_visible = d.pop("customer_portal_visible", UNSET)

        requester_id = d.pop("requester_id", UNSET)

        requestor_id = d.pop("requestor_id", UNSET)

        state = d.pop("state", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        team_id = d.pop("team_id", UNSET)

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UpdateIssueRequestBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = UpdateIssueRequestBodyType(_type_)

        update_issue_request_body = cls(
            account_id=account_id,
            assignee_id=assignee_id,
            custom_fields=custom_fields,
            customer_portal_visible=customer_portal_visible,
            requester_id=requester_id,
            requestor_id=requestor_id,
            state=state,
            tags=tags,
            team_id=team_id,
            title=title,
            type_=type_,
        )

        update_issue_request_body.additional_properties = d
        return update_issue_request_body

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
