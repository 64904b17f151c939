from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.import_external_issue import ImportExternalIssue
    from ..models.import_issue_external_refs import ImportIssueExternalRefs
    from ..models.import_issue_message import ImportIssueMessage


T = TypeVar("T", bound="ImportIssueRequest")


@_attrs_define
class ImportIssueRequest:
    """
    Attributes:
        messages (list[ImportIssueMessage]):
        state (str):
        title (str):
        account_id (str | Unset):
        assignee_id (str | Unset):
        attachment_urls (list[str] | Unset):
        created_at (str | Unset):
        custom_fields (list[CustomFieldValue] | Unset):
        external_issues (list[ImportExternalIssue] | Unset):
        external_refs (ImportIssueExternalRefs | Unset):
        first_response_time (str | Unset):
        requester_id (str | Unset):
        resolution_time (str | Unset):
        tags (list[str] | Unset):
        team_id (str | Unset):
        updated_at (str | Unset):
    """

    messages: list[ImportIssueMessage]
    state: str
    title: str
    account_id: str | Unset = UNSET
    assignee_id: str | Unset = UNSET
    attachment_urls: list[str] | Unset = UNSET
    created_at: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    external_issues: list[ImportExternalIssue] | Unset = UNSET
    external_refs: ImportIssueExternalRefs | Unset = UNSET
    first_response_time: str | Unset = UNSET
    requester_id: str | Unset = UNSET
    resolution_time: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    team_id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        state = self.state

        title = self.title

        account_id = self.account_id

        assignee_id = self.assignee_id

        attachment_urls: list[str] | Unset = UNSET
        if not isinstance(self.attachment_urls, Unset):
            attachment_urls = self.attachment_urls

        created_at = self.created_at

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        external_issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_issues, Unset):
            external_issues = []
            for external_issues_item_data in self.external_issues:
                external_issues_item = external_issues_item_data.to_dict()
                external_issues.append(external_issues_item)

        external_refs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_refs, Unset):
            external_refs = self.external_refs.to_dict()

        first_response_time = self.first_response_time

        requester_id = self.requester_id

        resolution_time = self.resolution_time

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        team_id = self.team_id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "state": state,
                "title": title,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if attachment_urls is not UNSET:
            field_dict["attachment_urls"] = attachment_urls
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if external_issues is not UNSET:
            field_dict["external_issues"] = external_issues
        if external_refs is not UNSET:
            field_dict["external_refs"] = external_refs
        if first_response_time is not UNSET:
            field_dict["first_response_time"] = first_response_time
        if requester_id is not UNSET:
            field_dict["requester_id"] = requester_id
        if resolution_time is not UNSET:
            field_dict["resolution_time"] = resolution_time
        if tags is not UNSET:
            field_dict["tags"] = tags
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ImportIssueMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        state = d.pop("state")

        title = d.pop("title")

        account_id = d.pop("account_id", UNSET)

        assignee_id = d.pop("assignee_id", UNSET)

        attachment_urls = cast(list[str], d.pop("attachment_urls", UNSET))

        created_at = d.pop("created_at", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _external_issues = d.pop("external_issues", UNSET)
        external_issues: list[ImportExternalIssue] | Unset = UNSET
        if _external_issues is not UNSET:
            external_issues = []
            for external_issues_item_data in _external_issues:
                external_issues_item = ImportExternalIssue.from_dict(external_issues_item_data)

                external_issues.append(external_issues_item)

        _external_refs = d.pop("external_refs", UNSET)
        external_refs: ImportIssueExternalRefs | Unset
        if isinstance(_external_refs, Unset):
            external_refs = UNSET
        else:
            external_refs = ImportIssueExternalRefs.from_dict(_external_refs)

        first_response_time = d.pop("first_response_time", UNSET)

        requester_id = d.pop("requester_id", UNSET)

        resolution_time = d.pop("resolution_time", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        team_id = d.pop("team_id", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        import_issue_request = cls(
            messages=messages,
            state=state,
            title=title,
            account_id=account_id,
            assignee_id=assignee_id,
            attachment_urls=attachment_urls,
            created_at=created_at,
            custom_fields=custom_fields,
            external_issues=external_issues,
            external_refs=external_refs,
            first_response_time=first_response_time,
            requester_id=requester_id,
            resolution_time=resolution_time,
            tags=tags,
            team_id=team_id,
            updated_at=updated_at,
        )

        import_issue_request.additional_properties = d
        return import_issue_request

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
from ..models.import_external_issue import ImportExternalIssue
from ..models.import_issue_external_refs import ImportIssueExternalRefs
from ..models.import_issue_message import ImportIssueMessage
