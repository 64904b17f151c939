from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="TicketFormLayoutField")


@_attrs_define
class TicketFormLayoutField(LazyModel):
    """
    Attributes:
        description_html (str | Unset):
        name (str | Unset):
        slug (str | Unset):
        type_ (str | Unset):
    """

    description_html: str | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description_html = self.description_html

        name = self.name

        slug = self.slug

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
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
def _TicketFormLayoutField_read_description_html(d: dict[str, Any]) -> Any:
    description_html = d.get("description_html", UNSET)
    return description_html


def _TicketFormLayoutField_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _TicketFormLayoutField_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _TicketFormLayoutField_read_type_(d: dict[str, Any]) -> Any:
    type_ = d.get("type", UNSET)
    return type_


def _TicketFormLayoutField_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"description_html", "name", "slug", "type"}}
    _extra = d
    return _extra


TicketFormLayoutField._lazy_readers = {
    "description_html": _TicketFormLayoutField_read_description_html,
    "name": _TicketFormLayoutField_read_name,
    "slug": _TicketFormLayoutField_read_slug,
    "type_": _TicketFormLayoutField_read_type_,
    "additional_properties": _TicketFormLayoutField_read_additional_properties,
}
