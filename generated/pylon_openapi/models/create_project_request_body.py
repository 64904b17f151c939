from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="CreateProjectRequestBody")


@_attrs_define
class CreateProjectRequestBody(LazyModel):
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
def _CreateProjectRequestBody_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d["account_id"]
    return account_id


def _CreateProjectRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d["name"]
    return name


def _CreateProjectRequestBody_read_customer_portal_visible(d: dict[str, Any]) -> Any:
    customer_portal_visible = d.get("customer_portal_visible", UNSET)
    return customer_portal_visible


def _CreateProjectRequestBody_read_description_html(d: dict[str, Any]) -> Any:
    description_html = d.get("description_html", UNSET)
    return description_html


def _CreateProjectRequestBody_read_end_date(d: dict[str, Any]) -> Any:
    end_date = d.get("end_date", UNSET)
    return end_date


def _CreateProjectRequestBody_read_owner_id(d: dict[str, Any]) -> Any:
    owner_id = d.get("owner_id", UNSET)
    return owner_id


def _CreateProjectRequestBody_read_project_template_id(d: dict[str, Any]) -> Any:
    project_template_id = d.get("project_template_id", UNSET)
    return project_template_id


def _CreateProjectRequestBody_read_start_date(d: dict[str, Any]) -> Any:
    start_date = d.get("start_date", UNSET)
    return start_date


def _CreateProjectRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account_id",
            "customer_portal_visible",
            "description_html",
            "end_date",
            "name",
            "owner_id",
            "project_template_id",
            "start_date",
        }
    }
    _extra = d
    return _extra


CreateProjectRequestBody._lazy_readers = {
    "account_id": _CreateProjectRequestBody_read_account_id,
    "name": _CreateProjectRequestBody_read_name,
    "customer_portal_visible": _CreateProjectRequestBody_read_customer_portal_visible,
    "description_html": _CreateProjectRequestBody_read_description_html,
    "end_date": _CreateProjectRequestBody_read_end_date,
    "owner_id": _CreateProjectRequestBody_read_owner_id,
    "project_template_id": _CreateProjectRequestBody_read_project_template_id,
    "start_date": _CreateProjectRequestBody_read_start_date,
    "additional_properties": _CreateProjectRequestBody_read_additional_properties,
}
CreateProjectRequestBody._lazy_required = frozenset(["account_id", "name"])
