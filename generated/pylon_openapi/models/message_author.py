from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.mini_contact import MiniContact
    from ..models.mini_user import MiniUser


T = TypeVar("T", bound="MessageAuthor")


@_attrs_define
class MessageAuthor(LazyModel):
    """
    Attributes:
        avatar_url (str | Unset):
        contact (MiniContact | Unset):
        name (str | Unset):
        user (MiniUser | Unset):
    """

    avatar_url: str | Unset = UNSET
    contact: MiniContact | Unset = UNSET
    name: str | Unset = UNSET
    user: MiniUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_url = self.avatar_url

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        name = self.name

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if contact is not UNSET:
            field_dict["contact"] = contact
        if name is not UNSET:
            field_dict["name"] = name
        if user is not UNSET:
            field_dict["user"] = user

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
def _MessageAuthor_read_avatar_url(d: dict[str, Any]) -> Any:
    avatar_url = d.get("avatar_url", UNSET)
    return avatar_url


def _MessageAuthor_read_contact(d: dict[str, Any]) -> Any:
    from ..models.mini_contact import MiniContact

    _contact = d.get("contact", UNSET)
    contact: MiniContact | Unset
    if isinstance(_contact, Unset):
        contact = UNSET
    else:
        contact = MiniContact.from_dict(_contact)
    return contact


def _MessageAuthor_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _MessageAuthor_read_user(d: dict[str, Any]) -> Any:
    from ..models.mini_user import MiniUser

    _user = d.get("user", UNSET)
    user: MiniUser | Unset
    if isinstance(_user, Unset):
        user = UNSET
    else:
        user = MiniUser.from_dict(_user)
    return user


def _MessageAuthor_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"avatar_url", "contact", "name", "user"}}
    _extra = d
    return _extra


MessageAuthor._lazy_readers = {
    "avatar_url": _MessageAuthor_read_avatar_url,
    "contact": _MessageAuthor_read_contact,
    "name": _MessageAuthor_read_name,
    "user": _MessageAuthor_read_user,
    "additional_properties": _MessageAuthor_read_additional_properties,
}
