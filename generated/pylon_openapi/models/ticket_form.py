from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.ticket_form_layout_field import TicketFormLayoutField


T = TypeVar("T", bound="TicketForm")


@_attrs_define
class TicketForm(LazyModel):
    """
    Attributes:
        description_html (str | Unset):
        fields (list[TicketFormLayoutField] | Unset):
        id (str | Unset):
        is_public (bool | Unset):
        name (str | Unset):
        slug (str | Unset):
        url (str | Unset):
    """

    description_html: str | Unset = UNSET
    fields: list[TicketFormLayoutField] | Unset = UNSET
    id: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description_html = self.description_html

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        id = self.id

        is_public = self.is_public

        name = self.name

        slug = self.slug

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if fields is not UNSET:
            field_dict["fields"] = fields
        if id is not UNSET:
            field_dict["id"] = id
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if url is not UNSET:
            field_dict["url"] = url

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
def _TicketForm_read_description_html(d: dict[str, Any]) -> Any:
    description_html = d.get("description_html", UNSET)
    return description_html


def _TicketForm_read_fields(d: dict[str, Any]) -> Any:
    from ..models.ticket_form_layout_field import TicketFormLayoutField

    _fields = d.get("fields", UNSET)
    fields: list[TicketFormLayoutField] | Unset = UNSET
    if _fields is not UNSET:
        fields = []
        for fields_item_data in _fields:
            fields_item = TicketFormLayoutField.from_dict(fields_item_data)
            fields.append(fields_item)
    return fields


def _TicketForm_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _TicketForm_read_is_public(d: dict[str, Any]) -> Any:
    is_public = d.get("is_public", UNSET)
    return is_public


def _TicketForm_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _TicketForm_read_slug(d: dict[str, Any]) -> Any:
    slug = d.get("slug", UNSET)
    return slug


def _TicketForm_read_url(d: dict[str, Any]) -> Any:
    url = d.get("url", UNSET)
    return url


def _TicketForm_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"description_html", "fields", "id", "is_public", "name", "slug", "url"}
    }
    _extra = d
    return _extra


TicketForm._lazy_readers = {
    "description_html": _TicketForm_read_description_html,
    "fields": _TicketForm_read_fields,
    "id": _TicketForm_read_id,
    "is_public": _TicketForm_read_is_public,
    "name": _TicketForm_read_name,
    "slug": _TicketForm_read_slug,
    "url": _TicketForm_read_url,
    "additional_properties": _TicketForm_read_additional_properties,
}
