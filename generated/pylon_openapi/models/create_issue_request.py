from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.destination_metadata import DestinationMetadata


T = TypeVar("T", bound="CreateIssueRequest")


@_attrs_define
class CreateIssueRequest(LazyModel):
    """
    Attributes:
        body_html (str):
        title (str):
        account_id (str | Unset):
        assignee_id (str | Unset):
        attachment_urls (list[str] | Unset):
        author_unverified (bool | Unset):
        contact_id (str | Unset):
        created_at (str | Unset):
        custom_fields (list[CustomFieldValue] | Unset):
        destination_metadata (DestinationMetadata | Unset):
        priority (str | Unset):
        requester_avatar_url (str | Unset):
        requester_email (str | Unset):
        requester_id (str | Unset):
        requester_name (str | Unset):
        tags (list[str] | Unset):
        team_id (str | Unset):
        user_id (str | Unset):
    """

    body_html: str
    title: str
    account_id: str | Unset = UNSET
    assignee_id: str | Unset = UNSET
    attachment_urls: list[str] | Unset = UNSET
    author_unverified: bool | Unset = UNSET
    contact_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    destination_metadata: DestinationMetadata | Unset = UNSET
    priority: str | Unset = UNSET
    requester_avatar_url: str | Unset = UNSET
    requester_email: str | Unset = UNSET
    requester_id: str | Unset = UNSET
    requester_name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    team_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body_html = self.body_html

        title = self.title

        account_id = self.account_id

        assignee_id = self.assignee_id

        attachment_urls: list[str] | Unset = UNSET
        if not isinstance(self.attachment_urls, Unset):
            attachment_urls = self.attachment_urls

        author_unverified = self.author_unverified

        contact_id = self.contact_id

        created_at = self.created_at

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        destination_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_metadata, Unset):
            destination_metadata = self.destination_metadata.to_dict()

        priority = self.priority

        requester_avatar_url = self.requester_avatar_url

        requester_email = self.requester_email

        requester_id = self.requester_id

        requester_name = self.requester_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        team_id = self.team_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body_html": body_html,
                "title": title,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if attachment_urls is not UNSET:
            field_dict["attachment_urls"] = attachment_urls
        if author_unverified is not UNSET:
            field_dict["author_unverified"] = author_unverified
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if destination_metadata is not UNSET:
            field_dict["destination_metadata"] = destination_metadata
        if priority is not UNSET:
            field_dict["priority"] = priority
        if requester_avatar_url is not UNSET:
            field_dict["requester_avatar_url"] = requester_avatar_url
        if requester_email is not UNSET:
            field_dict["requester_email"] = requester_email
        if requester_id is not UNSET:
            field_dict["requester_id"] = requester_id
        if requester_name is not UNSET:
            field_dict["requester_name"] = requester_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
def _CreateIssueRequest_read_body_html(d: dict[str, Any]) -> Any:
    body_html = d["body_html"]
    return body_html


def _CreateIssueRequest_read_title(d: dict[str, Any]) -> Any:
    title = d["title"]
    return title


def _CreateIssueRequest_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d.get("account_id", UNSET)
    return account_id


def _CreateIssueRequest_read_assignee_id(d: dict[str, Any]) -> Any:
    assignee_id = d.get("assignee_id", UNSET)
    return assignee_id


def _CreateIssueRequest_read_attachment_urls(d: dict[str, Any]) -> Any:
    attachment_urls = cast(list[str], d.get("attachment_urls", UNSET))
    return attachment_urls


def _CreateIssueRequest_read_author_unverified(d: dict[str, Any]) -> Any:
    author_unverified = d.get("author_unverified", UNSET)
    return author_unverified


def _CreateIssueRequest_read_contact_id(d: dict[str, Any]) -> Any:
    contact_id = d.get("contact_id", UNSET)
    return contact_id


def _CreateIssueRequest_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _CreateIssueRequest_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.custom_field_value import CustomFieldValue

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = []
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)
            custom_fields.append(custom_fields_item)
    return custom_fields


def _CreateIssueRequest_read_destination_metadata(d: dict[str, Any]) -> Any:
    from ..models.destination_metadata import DestinationMetadata

    _destination_metadata = d.get("destination_metadata", UNSET)
    destination_metadata: DestinationMetadata | Unset
    if isinstance(_destination_metadata, Unset):
        destination_metadata = UNSET
    else:
        destination_metadata = DestinationMetadata.from_dict(_destination_metadata)
    return destination_metadata


def _CreateIssueRequest_read_priority(d: dict[str, Any]) -> Any:
    priority = d.get("priority", UNSET)
    return priority


def _CreateIssueRequest_read_requester_avatar_url(d: dict[str, Any]) -> Any:
    requester_avatar_url = d.get("requester_avatar_url", UNSET)
    return requester_avatar_url


def _CreateIssueRequest_read_requester_email(d: dict[str, Any]) -> Any:
    requester_email = d.get("requester_email", UNSET)
    return requester_email


def _CreateIssueRequest_read_requester_id(d: dict[str, Any]) -> Any:
    requester_id = d.get("requester_id", UNSET)
    return requester_id


def _CreateIssueRequest_read_requester_name(d: dict[str, Any]) -> Any:
    requester_name = d.get("requester_name", UNSET)
    return requester_name


def _CreateIssueRequest_read_tags(d: dict[str, Any]) -> Any:
    tags = cast(list[str], d.get("tags", UNSET))
    return tags


def _CreateIssueRequest_read_team_id(d: dict[str, Any]) -> Any:
    team_id = d.get("team_id", UNSET)
    return team_id


def _CreateIssueRequest_read_user_id(d: dict[str, Any]) -> Any:
    user_id = d.get("user_id", UNSET)
    return user_id


def _CreateIssueRequest_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account_id",
            "assignee_id",
            "attachment_urls",
            "author_unverified",
            "body_html",
            "contact_id",
            "created_at",
            "custom_fields",
            "destination_metadata",
            "priority",
            "requester_avatar_url",
            "requester_email",
            "requester_id",
            "requester_name",
            "tags",
            "team_id",
            "title",
            "user_id",
        }
    }
    _extra = d
    return _extra


CreateIssueRequest._lazy_readers = {
    "body_html": _CreateIssueRequest_read_body_html,
    "title": _CreateIssueRequest_read_title,
    "account_id": _CreateIssueRequest_read_account_id,
    "assignee_id": _CreateIssueRequest_read_assignee_id,
    "attachment_urls": _CreateIssueRequest_read_attachment_urls,
    "author_unverified": _CreateIssueRequest_read_author_unverified,
    "contact_id": _CreateIssueRequest_read_contact_id,
    "created_at": _CreateIssueRequest_read_created_at,
    "custom_fields": _CreateIssueRequest_read_custom_fields,
    "destination_metadata": _CreateIssueRequest_read_destination_metadata,
    "priority": _CreateIssueRequest_read_priority,
    "requester_avatar_url": _CreateIssueRequest_read_requester_avatar_url,
    "requester_email": _CreateIssueRequest_read_requester_email,
    "requester_id": _CreateIssueRequest_read_requester_id,
    "requester_name": _CreateIssueRequest_read_requester_name,
    "tags": _CreateIssueRequest_read_tags,
    "team_id": _CreateIssueRequest_read_team_id,
    "user_id": _CreateIssueRequest_read_user_id,
    "additional_properties": _CreateIssueRequest_read_additional_properties,
}
CreateIssueRequest._lazy_required = frozenset(["body_html", "title"])
