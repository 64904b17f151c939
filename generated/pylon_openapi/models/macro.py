from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.macro_action import MacroAction
    from ..models.visibility import Visibility


T = TypeVar("T", bound="Macro")


@_attrs_define
class Macro(LazyModel):
    """
    Attributes:
        actions (list[MacroAction] | Unset):
        created_at (str | Unset):
        has_actions (bool | Unset):
        id (str | Unset):
        macro_group_id (str | Unset):
        name (str | Unset):
        text_html (str | Unset):
        text_type (str | Unset):
        updated_at (str | Unset):
        visibility (Visibility | Unset):
    """

    actions: list[MacroAction] | Unset = UNSET
    created_at: str | Unset = UNSET
    has_actions: bool | Unset = UNSET
    id: str | Unset = UNSET
    macro_group_id: str | Unset = UNSET
    name: str | Unset = UNSET
    text_html: str | Unset = UNSET
    text_type: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    visibility: Visibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        created_at = self.created_at

        has_actions = self.has_actions

        id = self.id

        macro_group_id = self.macro_group_id

        name = self.name

        text_html = self.text_html

        text_type = self.text_type

        updated_at = self.updated_at

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actions is not UNSET:
            field_dict["actions"] = actions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if has_actions is not UNSET:
            field_dict["has_actions"] = has_actions
        if id is not UNSET:
            field_dict["id"] = id
        if macro_group_id is not UNSET:
            field_dict["macro_group_id"] = macro_group_id
        if name is not UNSET:
            field_dict["name"] = name
        if text_html is not UNSET:
            field_dict["text_html"] = text_html
        if text_type is not UNSET:
            field_dict["text_type"] = text_type
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
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
def _Macro_read_actions(d: dict[str, Any]) -> Any:
    from ..models.macro_action import MacroAction

    _actions = d.get("actions", UNSET)
    actions: list[MacroAction] | Unset = UNSET
    if _actions is not UNSET:
        actions = []
        for actions_item_data in _actions:
            actions_item = MacroAction.from_dict(actions_item_data)
            actions.append(actions_item)
    return actions


def _Macro_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _Macro_read_has_actions(d: dict[str, Any]) -> Any:
    has_actions = d.get("has_actions", UNSET)
    return has_actions


def _Macro_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _Macro_read_macro_group_id(d: dict[str, Any]) -> Any:
    macro_group_id = d.get("macro_group_id", UNSET)
    return macro_group_id


def _Macro_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _Macro_read_text_html(d: dict[str, Any]) -> Any:
    text_html = d.get("text_html", UNSET)
    return text_html


def _Macro_read_text_type(d: dict[str, Any]) -> Any:
    text_type = d.get("text_type", UNSET)
    return text_type


def _Macro_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _Macro_read_visibility(d: dict[str, Any]) -> Any:
    from ..models.visibility import Visibility

    _visibility = d.get("visibility", UNSET)
    visibility: Visibility | Unset
    if isinstance(_visibility, Unset):
        visibility = UNSET
    else:
        visibility = Visibility.from_dict(_visibility)
    return visibility


def _Macro_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "actions",
            "created_at",
            "has_actions",
            "id",
            "macro_group_id",
            "name",
            "text_html",
            "text_type",
            "updated_at",
            "visibility",
        }
    }
    _extra = d
    return _extra


Macro._lazy_readers = {
    "actions": _Macro_read_actions,
    "created_at": _Macro_read_created_at,
    "has_actions": _Macro_read_has_actions,
    "id": _Macro_read_id,
    "macro_group_id": _Macro_read_macro_group_id,
    "name": _Macro_read_name,
    "text_html": _Macro_read_text_html,
    "text_type": _Macro_read_text_type,
    "updated_at": _Macro_read_updated_at,
    "visibility": _Macro_read_visibility,
    "additional_properties": _Macro_read_additional_properties,
}
