from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.mirror_channel import MirrorChannel


T = TypeVar("T", bound="Channel")


@_attrs_define
class Channel(LazyModel):
    """
    Attributes:
        channel_id (str | Unset):
        is_internal (bool | Unset):
        is_primary (bool | Unset):
        mirror_to (MirrorChannel | Unset):
        source (str | Unset):
    """

    channel_id: str | Unset = UNSET
    is_internal: bool | Unset = UNSET
    is_primary: bool | Unset = UNSET
    mirror_to: MirrorChannel | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        is_internal = self.is_internal

        is_primary = self.is_primary

        mirror_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mirror_to, Unset):
            mirror_to = self.mirror_to.to_dict()

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if mirror_to is not UNSET:
            field_dict["mirror_to"] = mirror_to
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
def _Channel_read_channel_id(d: dict[str, Any]) -> Any:
    channel_id = d.get("channel_id", UNSET)
    return channel_id


def _Channel_read_is_internal(d: dict[str, Any]) -> Any:
    is_internal = d.get("is_internal", UNSET)
    return is_internal


def _Channel_read_is_primary(d: dict[str, Any]) -> Any:
    is_primary = d.get("is_primary", UNSET)
    return is_primary


def _Channel_read_mirror_to(d: dict[str, Any]) -> Any:
    from ..models.mirror_channel import MirrorChannel

    _mirror_to = d.get("mirror_to", UNSET)
    mirror_to: MirrorChannel | Unset
    if isinstance(_mirror_to, Unset):
        mirror_to = UNSET
    else:
        mirror_to = MirrorChannel.from_dict(_mirror_to)
    return mirror_to


def _Channel_read_source(d: dict[str, Any]) -> Any:
    source = d.get("source", UNSET)
    return source


def _Channel_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"channel_id", "is_internal", "is_primary", "mirror_to", "source"}
    }
    _extra = d
    return _extra


Channel._lazy_readers = {
    "channel_id": _Channel_read_channel_id,
    "is_internal": _Channel_read_is_internal,
    "is_primary": _Channel_read_is_primary,
    "mirror_to": _Channel_read_mirror_to,
    "source": _Channel_read_source,
    "additional_properties": _Channel_read_additional_properties,
}
