from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mini_contact import MiniContact
    from ..models.mini_user import MiniUser


T = TypeVar("T", bound="TaskAssignee")


@_attrs_define
class TaskAssignee:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _contact = d.pop("contact", UNSET)
        contact: MiniContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = MiniContact.from_dict(_contact)

        _user = d.pop("user", UNSET)
        user: MiniUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = MiniUser.from_dict(_user)

        task_assignee = cls(
            contact=contact,
            user=user,
        )

        task_assignee.additional_properties = d
        return task_assignee

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
from ..models.mini_contact import MiniContact
from ..models.mini_user import MiniUser
