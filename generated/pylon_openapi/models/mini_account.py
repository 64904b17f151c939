from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalID


T = TypeVar("T", bound="MiniAccount")


@_attrs_define
class MiniAccount:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalID] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalID.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        id = d.pop("id", UNSET)

        mini_account = cls(
            external_ids=external_ids,
            id=id,
        )

        mini_account.additional_properties = d
        return mini_account

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
from ..models.external_id import ExternalID
