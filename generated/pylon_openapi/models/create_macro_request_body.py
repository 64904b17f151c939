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


T = TypeVar("T", bound="CreateMacroRequestBody")


@_attrs_define
class CreateMacroRequestBody(LazyModel):
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
def _CreateMacroRequestBody_read_macro_group_id(d: dict[str, Any]) -> Any:
    macro_group_id = d["macro_group_id"]
    return macro_group_id


def _CreateMacroRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d["name"]
    return name


def _CreateMacroRequestBody_read_text_html(d: dict[str, Any]) -> Any:
    text_html = d["text_html"]
    return text_html


def _CreateMacroRequestBody_read_conditions(d: dict[str, Any]) -> Any:
    from ..models.filter_ import Filter

    _conditions = d.get("conditions", UNSET)
    conditions: Filter | Unset
    if isinstance(_conditions, Unset):
        conditions = UNSET
    else:
        conditions = Filter.from_dict(_conditions)
    return conditions


def _CreateMacroRequestBody_read_text_type(d: dict[str, Any]) -> Any:
    text_type = d.get("text_type", UNSET)
    return text_type


def _CreateMacroRequestBody_read_visibility(d: dict[str, Any]) -> Any:
    from ..models.visibility_input import VisibilityInput

    _visibility = d.get("visibility", UNSET)
    visibility: VisibilityInput | Unset
    if isinstance(_visibility, Unset):
        visibility = UNSET
    else:
        visibility = VisibilityInput.from_dict(_visibility)
    return visibility


def _CreateMacroRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"conditions", "macro_group_id", "name", "text_html", "text_type", "visibility"}
    }
    _extra = d
    return _extra


CreateMacroRequestBody._lazy_readers = {
    "macro_group_id": _CreateMacroRequestBody_read_macro_group_id,
    "name": _CreateMacroRequestBody_read_name,
    "text_html": _CreateMacroRequestBody_read_text_html,
    "conditions": _CreateMacroRequestBody_read_conditions,
    "text_type": _CreateMacroRequestBody_read_text_type,
    "visibility": _CreateMacroRequestBody_read_visibility,
    "additional_properties": _CreateMacroRequestBody_read_additional_properties,
}
CreateMacroRequestBody._lazy_required = frozenset(["macro_group_id", "name", "text_html"])
