from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRouteRedirectRequestBody")


@_attrs_define
class CreateRouteRedirectRequestBody:
    """
    Attributes:
        from_path (str):
        object_id (str):
        object_type (str):
        language (str | Unset):
    """

    from_path: str
    object_id: str
    object_type: str
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_path = self.from_path

        object_id = self.object_id

        object_type = self.object_type

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_path": from_path,
                "object_id": object_id,
                "object_type": object_type,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_path = d.pop("from_path")

        object_id = d.pop("object_id")

        object_type = d.pop("object_type")

        language = d.pop("language", UNSET)

        create_route_redirect_request_body = cls(
            from_path=from_path,
            object_id=object_id,
            object_type=object_type,
            language=language,
        )

        create_route_redirect_request_body.additional_properties = d
        return create_route_redirect_request_body

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
