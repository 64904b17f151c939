from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="UpdateProjectRequestBody")


@_attrs_define
class UpdateProjectRequestBody(LazyModel):
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
def _UpdateProjectRequestBody_read_customer_portal_visible(d: dict[str, Any]) -> Any:
    customer_portal_visible = d.get("customer_portal_visible", UNSET)
    return customer_portal_visible


def _UpdateProjectRequestBody_read_description_html(d: dict[str, Any]) -> Any:
    description_html = d.get("description_html", UNSET)
    return description_html


def _UpdateProjectRequestBody_read_end_date(d: dict[str, Any]) -> Any:
    end_date = d.get("end_date", UNSET)
    return end_date


def _UpdateProjectRequestBody_read_is_archived(d: dict[str, Any]) -> Any:
    is_archived = d.get("is_archived", UNSET)
    return is_archived


def _UpdateProjectRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _UpdateProjectRequestBody_read_owner_id(d: dict[str, Any]) -> Any:
    owner_id = d.get("owner_id", UNSET)
    return owner_id


def _UpdateProjectRequestBody_read_start_date(d: dict[str, Any]) -> Any:
    start_date = d.get("start_date", UNSET)
    return start_date


def _UpdateProjectRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "customer_portal_visible",
            "description_html",
            "end_date",
            "is_archived",
            "name",
            "owner_id",
            "start_date",
        }
    }
    _extra = d
    return _extra


UpdateProjectRequestBody._lazy_readers = {
    "customer_portal_visible": _UpdateProjectRequestBody_read_customer_portal_visible,
    "description_html": _UpdateProjectRequestBody_read_description_html,
    "end_date": _UpdateProjectRequestBody_read_end_date,
    "is_archived": _UpdateProjectRequestBody_read_is_archived,
    "name": _UpdateProjectRequestBody_read_name,
    "owner_id": _UpdateProjectRequestBody_read_owner_id,
    "start_date": _UpdateProjectRequestBody_read_start_date,
    "additional_properties": _UpdateProjectRequestBody_read_additional_properties,
}
