from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.external_id import ExternalID


T = TypeVar("T", bound="MiniAccount")


@_attrs_define
class MiniAccount(LazyModel):
    """
    Attributes:
        external_ids (list[ExternalID] | Unset):
        id (str | Unset):
    """

    external_ids: list[ExternalID] | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if id is not UNSET:
            field_dict["id"] = id

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
def _MiniAccount_read_external_ids(d: dict[str, Any]) -> Any:
    from ..models.external_id import ExternalID

    _external_ids = d.get("external_ids", UNSET)
    external_ids: list[ExternalID] | Unset = UNSET
    if _external_ids is not UNSET:
        external_ids = []
        for external_ids_item_data in _external_ids:
            external_ids_item = ExternalID.from_dict(external_ids_item_data)
            external_ids.append(external_ids_item)
    return external_ids


def _MiniAccount_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _MiniAccount_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"external_ids", "id"}}
    _extra = d
    return _extra


MiniAccount._lazy_readers = {
    "external_ids": _MiniAccount_read_external_ids,
    "id": _MiniAccount_read_id,
    "additional_properties": _MiniAccount_read_additional_properties,
}
