from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility_config_ai_agent_access import VisibilityConfigAiAgentAccess
from ..models.visibility_config_visibility import VisibilityConfigVisibility
from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.filter_ import Filter


T = TypeVar("T", bound="VisibilityConfig")


@_attrs_define
class VisibilityConfig(LazyModel):
    """
    Attributes:
        ai_agent_access (VisibilityConfigAiAgentAccess | Unset):
        allowed_agent_ids (list[str] | Unset):
        customer_visibility_condition (Filter | Unset):
        visibility (VisibilityConfigVisibility | Unset):
    """

    ai_agent_access: VisibilityConfigAiAgentAccess | Unset = UNSET
    allowed_agent_ids: list[str] | Unset = UNSET
    customer_visibility_condition: Filter | Unset = UNSET
    visibility: VisibilityConfigVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_agent_access: str | Unset = UNSET
        if not isinstance(self.ai_agent_access, Unset):
            ai_agent_access = self.ai_agent_access.value

        allowed_agent_ids: list[str] | Unset = UNSET
        if not isinstance(self.allowed_agent_ids, Unset):
            allowed_agent_ids = self.allowed_agent_ids

        customer_visibility_condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_visibility_condition, Unset):
            customer_visibility_condition = self.customer_visibility_condition.to_dict()

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_agent_access is not UNSET:
            field_dict["ai_agent_access"] = ai_agent_access
        if allowed_agent_ids is not UNSET:
            field_dict["allowed_agent_ids"] = allowed_agent_ids
        if customer_visibility_condition is not UNSET:
            field_dict["customer_visibility_condition"] = customer_visibility_condition
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
def _VisibilityConfig_read_ai_agent_access(d: dict[str, Any]) -> Any:
    _ai_agent_access = d.get("ai_agent_access", UNSET)
    ai_agent_access: VisibilityConfigAiAgentAccess | Unset
    if isinstance(_ai_agent_access, Unset):
        ai_agent_access = UNSET
    else:
        ai_agent_access = VisibilityConfigAiAgentAccess(_ai_agent_access)
    return ai_agent_access


def _VisibilityConfig_read_allowed_agent_ids(d: dict[str, Any]) -> Any:
    allowed_agent_ids = cast(list[str], d.get("allowed_agent_ids", UNSET))
    return allowed_agent_ids


def _VisibilityConfig_read_customer_visibility_condition(d: dict[str, Any]) -> Any:
    from ..models.filter_ import Filter

    _customer_visibility_condition = d.get("customer_visibility_condition", UNSET)
    customer_visibility_condition: Filter | Unset
    if isinstance(_customer_visibility_condition, Unset):
        customer_visibility_condition = UNSET
    else:
        customer_visibility_condition = Filter.from_dict(_customer_visibility_condition)
    return customer_visibility_condition


def _VisibilityConfig_read_visibility(d: dict[str, Any]) -> Any:
    _visibility = d.get("visibility", UNSET)
    visibility: VisibilityConfigVisibility | Unset
    if isinstance(_visibility, Unset):
        visibility = UNSET
    else:
        visibility = VisibilityConfigVisibility(_visibility)
    return visibility


def _VisibilityConfig_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "ai_agent_access",
            "allowed_agent_ids",
            "customer_visibility_condition",
            "visibility",
        }
    }
    _extra = d
    return _extra


VisibilityConfig._lazy_readers = {
    "ai_agent_access": _VisibilityConfig_read_ai_agent_access,
    "allowed_agent_ids": _VisibilityConfig_read_allowed_agent_ids,
    "customer_visibility_condition": _VisibilityConfig_read_customer_visibility_condition,
    "visibility": _VisibilityConfig_read_visibility,
    "additional_properties": _VisibilityConfig_read_additional_properties,
}
