from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProjectRequestBody")


@_attrs_define
class CreateProjectRequestBody:
    """
    Attributes:
        account_id (str):
        name (str):
        customer_portal_visible (bool | Unset):  Default: False.
        description_html (str | Unset):
        end_date (str | Unset):
        owner_id (str | Unset):
        project_template_id (str | Unset):
        start_date (str | Unset):
    """

    account_id: str
    name: str
    customer_portal_visible: bool | Unset = False
    description_html: str | Unset = UNSET
    end_date: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    project_template_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        name = self.name

        customer_portal_visible = self.customer_portal_visible

        description_html = self.description_html

        end_date = self.end_date

        owner_id = self.owner_id

        project_template_id = self.project_template_id

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "name": name,
            }
        )
        if customer_portal_visible is not UNSET:
            field_dict["customer_portal_visible"] = customer_portal_visible
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if project_template_id is not UNSET:
            field_dict["project_template_id"] = project_template_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        name = d.pop("name")

        customer_portal_visible = d.pop("customer_portal_visible", UNSET)

        description_html = d.pop("description_html", UNSET)

        end_date = d.pop("end_date", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        project_template_id = d.pop("project_template_id", UNSET)

        start_date = d.pop("start_date", UNSET)

        create_project_request_body = cls(
            account_id=account_id,
            name=name,
            customer_portal_visible=customer_portal_visible,
            description_html=description_html,
            end_date=end_date,
            owner_id=owner_id,
            project_template_id=project_template_id,
            start_date=start_date,
        )

        create_project_request_body.additional_properties = d
        return create_project_request_body

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
