from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="MirrorChannel")


@_attrs_define
class MirrorChannel(LazyModel):
    """
    Attributes:
        channel_id (str | Unset):
        source (str | Unset):
    """

    channel_id: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if source is not UNSET:
            field_dict["source"] = source

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
def _MirrorChannel_read_channel_id(d: dict[str, Any]) -> Any:
    channel_id = d.get("channel_id", UNSET)
    return channel_id


def _MirrorChannel_read_source(d: dict[str, Any]) -> Any:
    source = d.get("source", UNSET)
    return source


def _MirrorChannel_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"channel_id", "source"}}
    _extra = d
    return _extra


MirrorChannel._lazy_readers = {
    "channel_id": _MirrorChannel_read_channel_id,
    "source": _MirrorChannel_read_source,
    "additional_properties": _MirrorChannel_read_additional_properties,
}
