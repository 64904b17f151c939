from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.create_custom_object_request_body_custom_fields import (
        CreateCustomObjectRequestBodyCustomFields,
    )


T = TypeVar("T", bound="CreateCustomObjectRequestBody")


@_attrs_define
class CreateCustomObjectRequestBody(LazyModel):
    """
    Attributes:
        name (str):
        custom_fields (CreateCustomObjectRequestBodyCustomFields | Unset):
    """

    name: str
    custom_fields: CreateCustomObjectRequestBodyCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

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
def _CreateCustomObjectRequestBody_read_name(d: dict[str, Any]) -> Any:
    name = d["name"]
    return name


def _CreateCustomObjectRequestBody_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.create_custom_object_request_body_custom_fields import (
        CreateCustomObjectRequestBodyCustomFields,
    )

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: CreateCustomObjectRequestBodyCustomFields | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = CreateCustomObjectRequestBodyCustomFields.from_dict(_custom_fields)
    return custom_fields


def _CreateCustomObjectRequestBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"custom_fields", "name"}}
    _extra = d
    return _extra


CreateCustomObjectRequestBody._lazy_readers = {
    "name": _CreateCustomObjectRequestBody_read_name,
    "custom_fields": _CreateCustomObjectRequestBody_read_custom_fields,
    "additional_properties": _CreateCustomObjectRequestBody_read_additional_properties,
}
CreateCustomObjectRequestBody._lazy_required = frozenset(["name"])
