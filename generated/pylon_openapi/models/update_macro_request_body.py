from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.visibility_input import VisibilityInput


T = TypeVar("T", bound="UpdateMacroRequestBody")


@_attrs_define
class UpdateMacroRequestBody(LazyModel):
    """
    Attributes:
        conditions (Filter | Unset):
        macro_group_id (str | Unset):
        name (str | Unset):
        text_html (str | Unset):
        text_type (str | Unset):
        visibility (VisibilityInput | Unset):
    """

    conditions: Filter | Unset = UNSET
    macro_group_id: str | Unset = UNSET
    name: str | Unset = UNSET
    text_html: str | Unset = UNSET
    text_type: str | Unset = UNSET
    visibility: VisibilityInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        macro_group_id = self.macro_group_id

        name = self.name

        text_html = self.text_html

        text_type = self.text_type

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if macro_group_id is not UNSET:
            field_dict["macro_group_id"] = macro_group_id
        if name is not UNSET:
            field_dict["name"] = name
        if text_html is not UNSET:
            field_dict["text_html"] = text_html
        if text_type is not UNSET:
            field_dict["text_type"] = text_type
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

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
def _UpdateMacroRequestBody_read_conditions(d: dict[str, Any]) -> Any:
    from ..models.filter_ import Filter

    _conditions = d.get("conditions", UNSET)
    conditions: Filter | Unset
    if isinstance(_conditions, Unset):
        conditions = UNSET
    else:
        conditions = Filter.from_dict(_conditions)
    return conditions


def _UpdateMacroRequestBody_read_macro_group_id(d: dict[str, Any]) -> Any:
    macro_group_id = d.get("macro_group_id", UNSET)
    return macro_group_id


def _UpdateMacroRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _UpdateMacroRequestBody_read_text_html(d: dict[str, Any]) -> Any:
    text_html = d.get("text_html", UNSET)
    return text_html


def _UpdateMacroRequestBody_read_text_type(d: dict[str, Any]) -> Any:
    text_type = d.get("text_type", UNSET)
    return text_type


def _UpdateMacroRequestBody_read_visibility(d: dict[str, Any]) -> Any:
    from ..models.visibility_input import VisibilityInput

    _visibility = d.get("visibility", UNSET)
    visibility: VisibilityInput | Unset
    if isinstance(_visibility, Unset):
        visibility = UNSET
    else:
        visibility = VisibilityInput.from_dict(_visibility)
    return visibility


def _UpdateMacroRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"conditions", "macro_group_id", "name", "text_html", "text_type", "visibility"}
    }
    _extra = d
    return _extra


UpdateMacroRequestBody._lazy_readers = {
    "conditions": _UpdateMacroRequestBody_read_conditions,
    "macro_group_id": _UpdateMacroRequestBody_read_macro_group_id,
    "name": _UpdateMacroRequestBody_read_name,
    "text_html": _UpdateMacroRequestBody_read_text_html,
    "text_type": _UpdateMacroRequestBody_read_text_type,
    "visibility": _UpdateMacroRequestBody_read_visibility,
    "additional_properties": _UpdateMacroRequestBody_read_additional_properties,
}
