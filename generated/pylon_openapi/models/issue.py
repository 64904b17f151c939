from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_source import IssueSource
from ..models.issue_type import IssueType
from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.csat_response import CSATResponse
    from ..models.external_issue import ExternalIssue
    from ..models.issue_business_hours_time_in_status_seconds import (
        IssueBusinessHoursTimeInStatusSeconds,
    )
    from ..models.issue_chat_widget_info import IssueChatWidgetInfo
    from ..models.issue_custom_fields import IssueCustomFields
    from ..models.issue_time_in_status_seconds import IssueTimeInStatusSeconds
    from ..models.mini_account import MiniAccount
    from ..models.mini_contact import MiniContact
    from ..models.mini_team import MiniTeam
    from ..models.mini_user import MiniUser
    from ..models.slack_info import SlackInfo


T = TypeVar("T", bound="Issue")


@_attrs_define
class Issue(LazyModel):
    """
    Attributes:
        account (MiniAccount | Unset):
        assignee (MiniUser | Unset):
        attachment_urls (list[str] | Unset):
        author_unverified (bool | Unset):
        body_html (str | Unset):
        business_hours_first_response_seconds (int | Unset):
        business_hours_resolution_seconds (int | Unset):
        business_hours_time_in_status_seconds (IssueBusinessHoursTimeInStatusSeconds | Unset):
        chat_widget_info (IssueChatWidgetInfo | Unset):
        created_at (str | Unset):
        csat_responses (list[CSATResponse] | Unset):
        custom_fields (IssueCustomFields | Unset):
        customer_portal_visible (bool | Unset):
        external_issues (list[ExternalIssue] | Unset):
        first_response_seconds (int | Unset):
        first_response_time (str | Unset):
        id (str | Unset):
        latest_message_time (str | Unset):
        link (str | Unset):
        number (int | Unset):
        number_of_touches (int | Unset):
        requester (MiniContact | Unset):
        resolution_breach_time (str | Unset):
        resolution_seconds (int | Unset):
        resolution_time (str | Unset):
        slack (SlackInfo | Unset):
        snoozed_until_time (str | Unset):
        source (IssueSource | Unset):
        state (str | Unset):
        tags (list[str] | Unset):
        team (MiniTeam | Unset):
        time_in_status_seconds (IssueTimeInStatusSeconds | Unset):
        title (str | Unset):
        type_ (IssueType | Unset):
        updated_at (str | Unset):
    """

    account: MiniAccount | Unset = UNSET
    assignee: MiniUser | Unset = UNSET
    attachment_urls: list[str] | Unset = UNSET
    author_unverified: bool | Unset = UNSET
    body_html: str | Unset = UNSET
    business_hours_first_response_seconds: int | Unset = UNSET
    business_hours_resolution_seconds: int | Unset = UNSET
    business_hours_time_in_status_seconds: IssueBusinessHoursTimeInStatusSeconds | Unset = UNSET
    chat_widget_info: IssueChatWidgetInfo | Unset = UNSET
    created_at: str | Unset = UNSET
    csat_responses: list[CSATResponse] | Unset = UNSET
    custom_fields: IssueCustomFields | Unset = UNSET
    customer_portal_visible: bool | Unset = UNSET
    external_issues: list[ExternalIssue] | Unset = UNSET
    first_response_seconds: int | Unset = UNSET
    first_response_time: str | Unset = UNSET
    id: str | Unset = UNSET
    latest_message_time: str | Unset = UNSET
    link: str | Unset = UNSET
    number: int | Unset = UNSET
    number_of_touches: int | Unset = UNSET
    requester: MiniContact | Unset = UNSET
    resolution_breach_time: str | Unset = UNSET
    resolution_seconds: int | Unset = UNSET
    resolution_time: str | Unset = UNSET
    slack: SlackInfo | Unset = UNSET
    snoozed_until_time: str | Unset = UNSET
    source: IssueSource | Unset = UNSET
    state: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    team: MiniTeam | Unset = UNSET
    time_in_status_seconds: IssueTimeInStatusSeconds | Unset = UNSET
    title: str | Unset = UNSET
    type_: IssueType | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        assignee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignee, Unset):
            assignee = self.assignee.to_dict()

        attachment_urls: list[str] | Unset = UNSET
        if not isinstance(self.attachment_urls, Unset):
            attachment_urls = self.attachment_urls

        author_unverified = self.author_unverified

        body_html = self.body_html

        business_hours_first_response_seconds = self.business_hours_first_response_seconds

        business_hours_resolution_seconds = self.business_hours_resolution_seconds

        business_hours_time_in_status_seconds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_hours_time_in_status_seconds, Unset):
            business_hours_time_in_status_seconds = (
                self.business_hours_time_in_status_seconds.to_dict()
            )

        chat_widget_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat_widget_info, Unset):
            chat_widget_info = self.chat_widget_info.to_dict()

        created_at = self.created_at

        csat_responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.csat_responses, Unset):
            csat_responses = []
            for csat_responses_item_data in self.csat_responses:
                csat_responses_item = csat_responses_item_data.to_dict()
                csat_responses.append(csat_responses_item)

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        customer_portal_visible = self.customer_portal_visible

        external_issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_issues, Unset):
            external_issues = []
            for external_issues_item_data in self.external_issues:
                external_issues_item = external_issues_item_data.to_dict()
                external_issues.append(external_issues_item)

        first_response_seconds = self.first_response_seconds

        first_response_time = self.first_response_time

        id = self.id

        latest_message_time = self.latest_message_time

        link = self.link

        number = self.number

        number_of_touches = self.number_of_touches

        requester: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requester, Unset):
            requester = self.requester.to_dict()

        resolution_breach_time = self.resolution_breach_time

        resolution_seconds = self.resolution_seconds

        resolution_time = self.resolution_time

        slack: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slack, Unset):
            slack = self.slack.to_dict()

        snoozed_until_time = self.snoozed_until_time

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        state = self.state

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        time_in_status_seconds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_in_status_seconds, Unset):
            time_in_status_seconds = self.time_in_status_seconds.to_dict()

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if attachment_urls is not UNSET:
            field_dict["attachment_urls"] = attachment_urls
        if author_unverified is not UNSET:
            field_dict["author_unverified"] = author_unverified
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if business_hours_first_response_seconds is not UNSET:
            field_dict["business_hours_first_response_seconds"] = (
                business_hours_first_response_seconds
            )
        if business_hours_resolution_seconds is not UNSET:
            field_dict["business_hours_resolution_seconds"] = business_hours_resolution_seconds
        if business_hours_time_in_status_seconds is not UNSET:
            field_dict["business_hours_time_in_status_seconds"] = (
                business_hours_time_in_status_seconds
            )
        if chat_widget_info is not UNSET:
            field_dict["chat_widget_info"] = chat_widget_info
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if csat_responses is not UNSET:
            field_dict["csat_responses"] = csat_responses
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if customer_portal_visible is not UNSET:
            field_dict["customer_portal_visible"] = customer_portal_visible
        if external_issues is not UNSET:
            field_dict["external_issues"] = external_issues
        if first_response_seconds is not UNSET:
            field_dict["first_response_seconds"] = first_response_seconds
        if first_response_time is not UNSET:
            field_dict["first_response_time"] = first_response_time
        if id is not UNSET:
            field_dict["id"] = id
        if latest_message_time is not UNSET:
            field_dict["latest_message_time"] = latest_message_time
        if link is not UNSET:
            field_dict["link"] = link
        if number is not UNSET:
            field_dict["number"] = number
        if number_of_touches is not UNSET:
            field_dict["number_of_touches"] = number_of_touches
        if requester is not UNSET:
            field_dict["requester"] = requester
        if resolution_breach_time is not UNSET:
            field_dict["resolution_breach_time"] = resolution_breach_time
        if resolution_seconds is not UNSET:
            field_dict["resolution_seconds"] = resolution_seconds
        if resolution_time is not UNSET:
            field_dict["resolution_time"] = resolution_time
        if slack is not UNSET:
            field_dict["slack"] = slack
        if snoozed_until_time is not UNSET:
            field_dict["snoozed_until_time"] = snoozed_until_time
        if source is not UNSET:
            field_dict["source"] = source
        if state is not UNSET:
            field_dict["state"] = state
        if tags is not UNSET:
            field_dict["tags"] = tags
        if team is not UNSET:
            field_dict["team"] = team
        if time_in_status_seconds is not UNSET:
            field_dict["time_in_status_seconds"] = time_in_status_seconds
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
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
def _Issue_read_account(d: dict[str, Any]) -> Any:
    from ..models.mini_account import MiniAccount

    _account = d.get("account", UNSET)
    account: MiniAccount | Unset
    if isinstance(_account, Unset):
        account = UNSET
    else:
        account = MiniAccount.from_dict(_account)
    return account


def _Issue_read_assignee(d: dict[str, Any]) -> Any:
    from ..models.mini_user import MiniUser

    _assignee = d.get("assignee", UNSET)
    assignee: MiniUser | Unset
    if isinstance(_assignee, Unset):
        assignee = UNSET
    else:
        assignee = MiniUser.from_dict(_assignee)
    return assignee


def _Issue_read_attachment_urls(d: dict[str, Any]) -> Any:
    attachment_urls = cast(list[str], d.get("attachment_urls", UNSET))
    return attachment_urls


def _Issue_read_author_unverified(d: dict[str, Any]) -> Any:
    author_unverified = d.get("author_unverified", UNSET)
    return author_unverified


def _Issue_read_body_html(d: dict[str, Any]) -> Any:
    body_html = d.get("body_html", UNSET)
    return body_html


def _Issue_read_business_hours_first_response_seconds(d: dict[str, Any]) -> Any:
    business_hours_first_response_seconds = d.get("business_hours_first_response_seconds", UNSET)
    return business_hours_first_response_seconds


def _Issue_read_business_hours_resolution_seconds(d: dict[str, Any]) -> Any:
    business_hours_resolution_seconds = d.get("business_hours_resolution_seconds", UNSET)
    return business_hours_resolution_seconds


def _Issue_read_business_hours_time_in_status_seconds(d: dict[str, Any]) -> Any:
    from ..models.issue_business_hours_time_in_status_seconds import (
        IssueBusinessHoursTimeInStatusSeconds,
    )

    _business_hours_time_in_status_seconds = d.get("business_hours_time_in_status_seconds", UNSET)
    business_hours_time_in_status_seconds: IssueBusinessHoursTimeInStatusSeconds | Unset
    if isinstance(_business_hours_time_in_status_seconds, Unset):
        business_hours_time_in_status_seconds = UNSET
    else:
        business_hours_time_in_status_seconds = IssueBusinessHoursTimeInStatusSeconds.from_dict(
            _business_hours_time_in_status_seconds
        )
    return business_hours_time_in_status_seconds


def _Issue_read_chat_widget_info(d: dict[str, Any]) -> Any:
    from ..models.issue_chat_widget_info import IssueChatWidgetInfo

    _chat_widget_info = d.get("chat_widget_info", UNSET)
    chat_widget_info: IssueChatWidgetInfo | Unset
    if isinstance(_chat_widget_info, Unset):
        chat_widget_info = UNSET
    else:
        chat_widget_info = IssueChatWidgetInfo.from_dict(_chat_widget_info)
    return chat_widget_info


def _Issue_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _Issue_read_csat_responses(d: dict[str, Any]) -> Any:
    from ..models.csat_response import CSATResponse

    _csat_responses = d.get("csat_responses", UNSET)
    csat_responses: list[CSATResponse] | Unset = UNSET
    if _csat_responses is not UNSET:
        csat_responses = []
        for csat_responses_item_data in _csat_responses:
            csat_responses_item = CSATResponse.from_dict(csat_responses_item_data)
            csat_responses.append(csat_responses_item)
    return csat_responses


def _Issue_read_custom_fields(d: dict[str, Any]) -> Any:
    from ..models.issue_custom_fields import IssueCustomFields

    _custom_fields = d.get("custom_fields", UNSET)
    custom_fields: IssueCustomFields | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = IssueCustomFields.from_dict(_custom_fields)
    return custom_fields


def _Issue_read_customer_portal_visible(d: dict[str, Any]) -> Any:
    customer_portal_visible = d.get("customer_portal_visible", UNSET)
    return customer_portal_visible


def _Issue_read_external_issues(d: dict[str, Any]) -> Any:
    from ..models.external_issue import ExternalIssue

    _external_issues = d.get("external_issues", UNSET)
    external_issues: list[ExternalIssue] | Unset = UNSET
    if _external_issues is not UNSET:
        external_issues = []
        for external_issues_item_data in _external_issues:
            external_issues_item = ExternalIssue.from_dict(external_issues_item_data)
            external_issues.append(external_issues_item)
    return external_issues


def _Issue_read_first_response_seconds(d: dict[str, Any]) -> Any:
    first_response_seconds = d.get("first_response_seconds", UNSET)
    return first_response_seconds


def _Issue_read_first_response_time(d: dict[str, Any]) -> Any:
    first_response_time = d.get("first_response_time", UNSET)
    return first_response_time


def _Issue_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _Issue_read_latest_message_time(d: dict[str, Any]) -> Any:
    latest_message_time = d.get("latest_message_time", UNSET)
    return latest_message_time


def _Issue_read_link(d: dict[str, Any]) -> Any:
    link = d.get("link", UNSET)
    return link


def _Issue_read_number(d: dict[str, Any]) -> Any:
    number = d.get("number", UNSET)
    return number


def _Issue_read_number_of_touches(d: dict[str, Any]) -> Any:
    number_of_touches = d.get("number_of_touches", UNSET)
    return number_of_touches


def _Issue_read_requester(d: dict[str, Any]) -> Any:
    from ..models.mini_contact import MiniContact

    _requester = d.get("requester", UNSET)
    requester: MiniContact | Unset
    if isinstance(_requester, Unset):
        requester = UNSET
    else:
        requester = MiniContact.from_dict(_requester)
    return requester


def _Issue_read_resolution_breach_time(d: dict[str, Any]) -> Any:
    resolution_breach_time = d.get("resolution_breach_time", UNSET)
    return resolution_breach_time


def _Issue_read_resolution_seconds(d: dict[str, Any]) -> Any:
    resolution_seconds = d.get("resolution_seconds", UNSET)
    return resolution_seconds


def _Issue_read_resolution_time(d: dict[str, Any]) -> Any:
    resolution_time = d.get("resolution_time", UNSET)
    return resolution_time


def _Issue_read_slack(d: dict[str, Any]) -> Any:
    from ..models.slack_info import SlackInfo

    _slack = d.get("slack", UNSET)
    slack: SlackInfo | Unset
    if isinstance(_slack, Unset):
        slack = UNSET
    else:
        slack = SlackInfo.from_dict(_slack)
    return slack


def _Issue_read_snoozed_until_time(d: dict[str, Any]) -> Any:
    snoozed_until_time = d.get("snoozed_until_time", UNSET)
    return snoozed_until_time


def _Issue_read_source(d: dict[str, Any]) -> Any:
    _source = d.get("source", UNSET)
    source: IssueSource | Unset
    if isinstance(_source, Unset):
        source = UNSET
    else:
        source = IssueSource(_source)
    return source


def _Issue_read_state(d: dict[str, Any]) -> Any:
    state = d.get("state", UNSET)
    return state


def _Issue_read_tags(d: dict[str, Any]) -> Any:
    tags = cast(list[str], d.get("tags", UNSET))
    return tags


def _Issue_read_team(d: dict[str, Any]) -> Any:
    from ..models.mini_team import MiniTeam

    _team = d.get("team", UNSET)
    team: MiniTeam | Unset
    if isinstance(_team, Unset):
        team = UNSET
    else:
        team = MiniTeam.from_dict(_team)
    return team


def _Issue_read_time_in_status_seconds(d: dict[str, Any]) -> Any:
    from ..models.issue_time_in_status_seconds import IssueTimeInStatusSeconds

    _time_in_status_seconds = d.get("time_in_status_seconds", UNSET)
    time_in_status_seconds: IssueTimeInStatusSeconds | Unset
    if isinstance(_time_in_status_seconds, Unset):
        time_in_status_seconds = UNSET
    else:
        time_in_status_seconds = IssueTimeInStatusSeconds.from_dict(_time_in_status_seconds)
    return time_in_status_seconds


def _Issue_read_title(d: dict[str, Any]) -> Any:
    title = d.get("title", UNSET)
    return title


def _Issue_read_type_(d: dict[str, Any]) -> Any:
    _type_ = d.get("type", UNSET)
    type_: IssueType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = IssueType(_type_)
    return type_


def _Issue_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _Issue_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "account",
            "assignee",
            "attachment_urls",
            "author_unverified",
            "body_html",
            "business_hours_first_response_seconds",
            "business_hours_resolution_seconds",
            "business_hours_time_in_status_seconds",
            "chat_widget_info",
            "created_at",
            "csat_responses",
            "custom_fields",
            "customer_portal_visible",
            "external_issues",
            "first_response_seconds",
            "first_response_time",
            "id",
            "latest_message_time",
            "link",
            "number",
            "number_of_touches",
            "requester",
            "resolution_breach_time",
            "resolution_seconds",
            "resolution_time",
            "slack",
            "snoozed_until_time",
            "source",
            "state",
            "tags",
            "team",
            "time_in_status_seconds",
            "title",
            "type",
            "updated_at",
        }
    }
    _extra = d
    return _extra


Issue._lazy_readers = {
    "account": _Issue_read_account,
    "assignee": _Issue_read_assignee,
    "attachment_urls": _Issue_read_attachment_urls,
    "author_unverified": _Issue_read_author_unverified,
    "body_html": _Issue_read_body_html,
    "business_hours_first_response_seconds": _Issue_read_business_hours_first_response_seconds,
    "business_hours_resolution_seconds": _Issue_read_business_hours_resolution_seconds,
    "business_hours_time_in_status_seconds": _Issue_read_business_hours_time_in_status_seconds,
    "chat_widget_info": _Issue_read_chat_widget_info,
    "created_at": _Issue_read_created_at,
    "csat_responses": _Issue_read_csat_responses,
    "custom_fields": _Issue_read_custom_fields,
    "customer_portal_visible": _Issue_read_customer_portal_visible,
    "external_issues": _Issue_read_external_issues,
    "first_response_seconds": _Issue_read_first_response_seconds,
    "first_response_time": _Issue_read_first_response_time,
    "id": _Issue_read_id,
    "latest_message_time": _Issue_read_latest_message_time,
    "link": _Issue_read_link,
    "number": _Issue_read_number,
    "number_of_touches": _Issue_read_number_of_touches,
    "requester": _Issue_read_requester,
    "resolution_breach_time": _Issue_read_resolution_breach_time,
    "resolution_seconds": _Issue_read_resolution_seconds,
    "resolution_time": _Issue_read_resolution_time,
    "slack": _Issue_read_slack,
    "snoozed_until_time": _Issue_read_snoozed_until_time,
    "source": _Issue_read_source,
    "state": _Issue_read_state,
    "tags": _Issue_read_tags,
    "team": _Issue_read_team,
    "time_in_status_seconds": _Issue_read_time_in_status_seconds,
    "title": _Issue_read_title,
    "type_": _Issue_read_type_,
    "updated_at": _Issue_read_updated_at,
    "additional_properties": _Issue_read_additional_properties,
}
