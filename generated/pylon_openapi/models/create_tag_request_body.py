from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTagRequestBody")


@_attrs_define
class CreateTagRequestBody:
    """
    Attributes:
        object_type (str):
        value (str):
        hex_color (str | Unset):
    """

    object_type: str
    value: str
    hex_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        value = self.value

        hex_color = self.hex_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_type": object_type,
                "value": value,
            }
        )
        if hex_color is not UNSET:
            field_dict["hex_color"] = hex_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_type = d.pop("object_type")

        value = d.pop("value")

        hex_color = d.pop("hex_color", UNSET)

        create_tag_request_body = cls(
            object_type=object_type,
            value=value,
            hex_color=hex_color,
        )

        create_tag_request_body.additional_properties = d
        return create_tag_request_body

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
