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


T = TypeVar("T", bound="TaskAssignee")


@_attrs_define
class TaskAssignee(LazyModel):
    """
    Attributes:
        contact (MiniContact | Unset):
        user (MiniUser | Unset):
    """

    contact: MiniContact | Unset = UNSET
    user: MiniUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact is not UNSET:
            field_dict["contact"] = contact
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
def _TaskAssignee_read_contact(d: dict[str, Any]) -> Any:
    from ..models.mini_contact import MiniContact

    _contact = d.get("contact", UNSET)
    contact: MiniContact | Unset
    if isinstance(_contact, Unset):
        contact = UNSET
    else:
        contact = MiniContact.from_dict(_contact)
    return contact


def _TaskAssignee_read_user(d: dict[str, Any]) -> Any:
    from ..models.mini_user import MiniUser

    _user = d.get("user", UNSET)
    user: MiniUser | Unset
    if isinstance(_user, Unset):
        user = UNSET
    else:
        user = MiniUser.from_dict(_user)
    return user


def _TaskAssignee_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"contact", "user"}}
    _extra = d
    return _extra


TaskAssignee._lazy_readers = {
    "contact": _TaskAssignee_read_contact,
    "user": _TaskAssignee_read_user,
    "additional_properties": _TaskAssignee_read_additional_properties,
}
