from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_source_info_metadata import CustomSourceInfoMetadata


T = TypeVar("T", bound="CustomSourceInfo")


@_attrs_define
class CustomSourceInfo(LazyModel):
    """
    Attributes:
        external_id (str):
        created_at (str | Unset):
        metadata (CustomSourceInfoMetadata | Unset):
    """

    external_id: str
    created_at: str | Unset = UNSET
    metadata: CustomSourceInfoMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        created_at = self.created_at

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
def _CustomSourceInfo_read_external_id(d: dict[str, Any]) -> Any:
    external_id = d["external_id"]
    return external_id


def _CustomSourceInfo_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _CustomSourceInfo_read_metadata(d: dict[str, Any]) -> Any:
    from ..models.custom_source_info_metadata import CustomSourceInfoMetadata

    _metadata = d.get("metadata", UNSET)
    metadata: CustomSourceInfoMetadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = CustomSourceInfoMetadata.from_dict(_metadata)
    return metadata


def _CustomSourceInfo_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"created_at", "external_id", "metadata"}}
    _extra = d
    return _extra


CustomSourceInfo._lazy_readers = {
    "external_id": _CustomSourceInfo_read_external_id,
    "created_at": _CustomSourceInfo_read_created_at,
    "metadata": _CustomSourceInfo_read_metadata,
    "additional_properties": _CustomSourceInfo_read_additional_properties,
}
CustomSourceInfo._lazy_required = frozenset(["external_id"])
