from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProjectRequestBody")


@_attrs_define
class UpdateProjectRequestBody:
    """
    Attributes:
        customer_portal_visible (bool | Unset):
        description_html (str | Unset):
        end_date (str | Unset):
        is_archived (bool | Unset):
        name (str | Unset):
        owner_id (str | Unset):
        start_date (str | Unset):
    """

    customer_portal_visible: bool | Unset = UNSET
    description_html: str | Unset = UNSET
    end_date: str | Unset = UNSET
    is_archived: bool | Unset = UNSET
    name: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_portal_visible = self.customer_portal_visible

        description_html = self.description_html

        end_date = self.end_date

        is_archived = self.is_archived

        name = self.name

        owner_id = self.owner_id

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_portal_visible is not UNSET:
            field_dict["customer_portal_visible"] = customer_portal_visible
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if name is not UNSET:
            field_dict["name"] = name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_portal_visible = d.pop("customer_portal_visible", UNSET)

        description_html = d.pop("description_html", UNSET)

        end_date = d.pop("end_date", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        name = d.pop("name", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        start_date = d.pop("start_date", UNSET)

        update_project_request_body = cls(
            customer_portal_visible=customer_portal_visible,
            description_html=description_html,
            end_date=end_date,
            is_archived=is_archived,
            name=name,
            owner_id=owner_id,
            start_date=start_date,
        )

        update_project_request_body.additional_properties = d
        return update_project_request_body

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
