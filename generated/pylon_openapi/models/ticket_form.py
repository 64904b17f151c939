from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_form_layout_field import TicketFormLayoutField


T = TypeVar("T", bound="TicketForm")


@_attrs_define
class TicketForm:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        description_html = d.pop("description_html", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[TicketFormLayoutField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = TicketFormLayoutField.from_dict(fields_item_data)

                fields.append(fields_item)

        id = d.pop("id", UNSET)

        is_public = d.pop("is_public", UNSET)

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        url = d.pop("url", UNSET)

        ticket_form = cls(
            description_html=description_html,
            fields=fields,
            id=id,
            is_public=is_public,
            name=name,
            slug=slug,
            url=url,
        )

        ticket_form.additional_properties = d
        return ticket_form

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
from ..models.ticket_form_layout_field import TicketFormLayoutField
