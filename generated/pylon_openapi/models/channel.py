from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mirror_channel import MirrorChannel


T = TypeVar("T", bound="Channel")


@_attrs_define
class Channel:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        channel_id = d.pop("channel_id", UNSET)

        is_internal = d.pop("is_internal", UNSET)

        is_primary = d.pop("is_primary", UNSET)

        _mirror_to = d.pop("mirror_to", UNSET)
        mirror_to: MirrorChannel | Unset
        if isinstance(_mirror_to, Unset):
            mirror_to = UNSET
        else:
            mirror_to = MirrorChannel.from_dict(_mirror_to)

        source = d.pop("source", UNSET)

        channel = cls(
            channel_id=channel_id,
            is_internal=is_internal,
            is_primary=is_primary,
            mirror_to=mirror_to,
            source=source,
        )

        channel.additional_properties = d
        return channel

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
from ..models.mirror_channel import MirrorChannel
