from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.import_external_issue import ImportExternalIssue
    from ..models.import_issue_external_refs import ImportIssueExternalRefs
    from ..models.import_issue_message import ImportIssueMessage


T = TypeVar("T", bound="ImportIssueRequest")


@_attrs_define
class ImportIssueRequest(LazyModel):
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
def _ImportIssueRequest_read_messages(d: dict[str, Any]) -> Any:
    from ..models.import_issue_message import ImportIssueMessage

    messages = []
    _messages = d["messages"]
    for messages_item_data in _messages:
        messages_item = ImportIssueMessage.from_dict(messages_item_data)
        messages.append(messages_item)
    return messages


def _ImportIssueRequest_read_state(d: dict[str, Any]) -> Any:
    state = d["state"]
    return state


def _ImportIssueRequest_read_title(d: dict[str, Any]) -> Any:
    title = d["title"]
    return title


def _ImportIssueRequest_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d.get("account_id", UNSET)
    return account_id


def _ImportIssueRequest_read_assignee_id(d: dict[str, Any]) -> Any:
    assignee_id = d.get("assignee_id", UNSET)
    return assignee_id


def _ImportIssueRequest_read_attachment_urls(d: dict[str, Any]) -> Any:
    attachment_urls = cast(list[str], d.get("attachment_urls", UNSET))
    return attachment_urls


def _ImportIssueRequest_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _ImportIssueRequest_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.custom_field_value import CustomFieldValue

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = []
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)
            custom_fields.append(custom_fields_item)
    return custom_fields


def _ImportIssueRequest_read_external_issues(d: dict[str, Any]) -> Any:
    from ..models.import_external_issue import ImportExternalIssue

    _external_issues = d.get("external_issues", UNSET)
    external_issues: list[ImportExternalIssue] | Unset = UNSET
    if _external_issues is not UNSET:
        external_issues = []
        for external_issues_item_data in _external_issues:
            external_issues_item = ImportExternalIssue.from_dict(external_issues_item_data)
            external_issues.append(external_issues_item)
    return external_issues


def _ImportIssueRequest_read_external_refs(d: dict[str, Any]) -> Any:
    from ..models.import_issue_external_refs import ImportIssueExternalRefs

    _external_refs = d.get("external_refs", UNSET)
    external_refs: ImportIssueExternalRefs | Unset
    if isinstance(_external_refs, Unset):
        external_refs = UNSET
    else:
        external_refs = ImportIssueExternalRefs.from_dict(_external_refs)
    return external_refs


def _ImportIssueRequest_read_first_response_time(d: dict[str, Any]) -> Any:
    first_response_time = d.get("first_response_time", UNSET)
    return first_response_time


def _ImportIssueRequest_read_requester_id(d: dict[str, Any]) -> Any:
    requester_id = d.get("requester_id", UNSET)
    return requester_id


def _ImportIssueRequest_read_resolution_time(d: dict[str, Any]) -> Any:
    resolution_time = d.get("resolution_time", UNSET)
    return resolution_time


def _ImportIssueRequest_read_tags(d: dict[str, Any]) -> Any:
    tags = cast(list[str], d.get("tags", UNSET))
    return tags


def _ImportIssueRequest_read_team_id(d: dict[str, Any]) -> Any:
    team_id = d.get("team_id", UNSET)
    return team_id


def _ImportIssueRequest_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _ImportIssueRequest_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account_id",
            "assignee_id",
            "attachment_urls",
            "created_at",
            "custom_fields",
            "external_issues",
            "external_refs",
            "first_response_time",
            "messages",
            "requester_id",
            "resolution_time",
            "state",
            "tags",
            "team_id",
            "title",
            "updated_at",
        }
    }
    _extra = d
    return _extra


ImportIssueRequest._lazy_readers = {
    "messages": _ImportIssueRequest_read_messages,
    "state": _ImportIssueRequest_read_state,
    "title": _ImportIssueRequest_read_title,
    "account_id": _ImportIssueRequest_read_account_id,
    "assignee_id": _ImportIssueRequest_read_assignee_id,
    "attachment_urls": _ImportIssueRequest_read_attachment_urls,
    "created_at": _ImportIssueRequest_read_created_at,
    "custom_fields": _ImportIssueRequest_read_custom_fields,
    "external_issues": _ImportIssueRequest_read_external_issues,
    "external_refs": _ImportIssueRequest_read_external_refs,
    "first_response_time": _ImportIssueRequest_read_first_response_time,
    "requester_id": _ImportIssueRequest_read_requester_id,
    "resolution_time": _ImportIssueRequest_read_resolution_time,
    "tags": _ImportIssueRequest_read_tags,
    "team_id": _ImportIssueRequest_read_team_id,
    "updated_at": _ImportIssueRequest_read_updated_at,
    "additional_properties": _ImportIssueRequest_read_additional_properties,
}
ImportIssueRequest._lazy_required = frozenset(["messages", "state", "title"])
