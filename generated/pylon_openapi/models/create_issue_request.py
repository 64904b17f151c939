from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.destination_metadata import DestinationMetadata


T = TypeVar("T", bound="CreateIssueRequest")


@_attrs_define
class CreateIssueRequest:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        body_html = d.pop("body_html")

        title = d.pop("title")

        account_id = d.pop("account_id", UNSET)

        assignee_id = d.pop("assignee_id", UNSET)

        attachment_urls = cast(list[str], d.pop("attachment_urls", UNSET))

        author_unverified = d.pop("author_unverified", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _destination_metadata = d.pop("destination_metadata", UNSET)
        destination_metadata: DestinationMetadata | Unset
        if isinstance(_destination_metadata, Unset):
            destination_metadata = UNSET
        else:
            destination_metadata = DestinationMetadata.from_dict(_destination_metadata)

        priority = d.pop("priority", UNSET)

        requester_avatar_url = d.pop("requester_avatar_url", UNSET)

        requester_email = d.pop("requester_email", UNSET)

        requester_id = d.pop("requester_id", UNSET)

        requester_name = d.pop("requester_name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        team_id = d.pop("team_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        create_issue_request = cls(
            body_html=body_html,
            title=title,
            account_id=account_id,
            assignee_id=assignee_id,
            attachment_urls=attachment_urls,
            author_unverified=author_unverified,
            contact_id=contact_id,
            created_at=created_at,
            custom_fields=custom_fields,
            destination_metadata=destination_metadata,
            priority=priority,
            requester_avatar_url=requester_avatar_url,
            requester_email=requester_email,
            requester_id=requester_id,
            requester_name=requester_name,
            tags=tags,
            team_id=team_id,
            user_id=user_id,
        )

        create_issue_request.additional_properties = d
        return create_issue_request

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
from ..models.custom_field_value import CustomFieldValue
from ..models.destination_metadata import DestinationMetadata
