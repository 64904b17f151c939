from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.visibility_input import VisibilityInput


T = TypeVar("T", bound="CreateMacroRequestBody")


@_attrs_define
class CreateMacroRequestBody:
    """
    Attributes:
        macro_group_id (str):
        name (str):
        text_html (str):
        conditions (Filter | Unset):
        text_type (str | Unset):
        visibility (VisibilityInput | Unset):
    """

    macro_group_id: str
    name: str
    text_html: str
    conditions: Filter | Unset = UNSET
    text_type: str | Unset = UNSET
    visibility: VisibilityInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        macro_group_id = self.macro_group_id

        name = self.name

        text_html = self.text_html

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        text_type = self.text_type

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "macro_group_id": macro_group_id,
                "name": name,
                "text_html": text_html,
            }
        )
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if text_type is not UNSET:
            field_dict["text_type"] = text_type
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        macro_group_id = d.pop("macro_group_id")

        name = d.pop("name")

        text_html = d.pop("text_html")

        _conditions = d.pop("conditions", UNSET)
        conditions: Filter | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = Filter.from_dict(_conditions)

        text_type = d.pop("text_type", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: VisibilityInput | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = VisibilityInput.from_dict(_visibility)

        create_macro_request_body = cls(
            macro_group_id=macro_group_id,
            name=name,
            text_html=text_html,
            conditions=conditions,
            text_type=text_type,
            visibility=visibility,
        )

        create_macro_request_body.additional_properties = d
        return create_macro_request_body

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
from ..models.filter_ import Filter
from ..models.visibility_input import VisibilityInput
