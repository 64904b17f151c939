from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.macro_action import MacroAction
    from ..models.visibility import Visibility


T = TypeVar("T", bound="Macro")


@_attrs_define
class Macro:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _actions = d.pop("actions", UNSET)
        actions: list[MacroAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = MacroAction.from_dict(actions_item_data)

                actions.append(actions_item)

        created_at = d.pop("created_at", UNSET)

        has_actions = d.pop("has_actions", UNSET)

        id = d.pop("id", UNSET)

        macro_group_id = d.pop("macro_group_id", UNSET)

        name = d.pop("name", UNSET)

        text_html = d.pop("text_html", UNSET)

        text_type = d.pop("text_type", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: Visibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = Visibility.from_dict(_visibility)

        macro = cls(
            actions=actions,
            created_at=created_at,
            has_actions=has_actions,
            id=id,
            macro_group_id=macro_group_id,
            name=name,
            text_html=text_html,
            text_type=text_type,
            updated_at=updated_at,
            visibility=visibility,
        )

        macro.additional_properties = d
        return macro

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
from ..models.macro_action import MacroAction
from ..models.visibility import Visibility
