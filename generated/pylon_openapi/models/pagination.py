from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from .._lazy import LazyModel

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination(LazyModel):
    """
    Attributes:
        cursor (str):
        has_next_page (bool):
    """

    cursor: str
    has_next_page: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        has_next_page = self.has_next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "has_next_page": has_next_page,
            }
        )

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
def _Pagination_read_cursor(d: dict[str, Any]) -> Any:
    cursor = d["cursor"]
    return cursor


def _Pagination_read_has_next_page(d: dict[str, Any]) -> Any:
    has_next_page = d["has_next_page"]
    return has_next_page


def _Pagination_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"cursor", "has_next_page"}}
    _extra = d
    return _extra


Pagination._lazy_readers = {
    "cursor": _Pagination_read_cursor,
    "has_next_page": _Pagination_read_has_next_page,
    "additional_properties": _Pagination_read_additional_properties,
}
Pagination._lazy_required = frozenset(["cursor", "has_next_page"])
