from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="UpdateContactEmail")


@_attrs_define
class UpdateContactEmail(LazyModel):
    """
    Attributes:
        email (str):
        is_primary (bool | Unset):
    """

    email: str
    is_primary: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        is_primary = self.is_primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary

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
def _UpdateContactEmail_read_email(d: dict[str, Any]) -> Any:
    email = d["email"]
    return email


def _UpdateContactEmail_read_is_primary(d: dict[str, Any]) -> Any:
    is_primary = d.get("is_primary", UNSET)
    return is_primary


def _UpdateContactEmail_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"email", "is_primary"}}
    _extra = d
    return _extra


UpdateContactEmail._lazy_readers = {
    "email": _UpdateContactEmail_read_email,
    "is_primary": _UpdateContactEmail_read_is_primary,
    "additional_properties": _UpdateContactEmail_read_additional_properties,
}
UpdateContactEmail._lazy_required = frozenset(["email"])
