"""Keyword arguments of each request body, for the facade's typed methods.

Written by `make generate` (codegen/params.py); never edit by hand."""

from collections.abc import Mapping, Sequence
from typing import Any

from typing_extensions import NotRequired, Required, TypedDict


class AddIssueFollowersRequestBodyParams(TypedDict, total=False):
    contact_ids: NotRequired[Sequence[str]]
    operation: NotRequired[str]
    user_ids: NotRequired[Sequence[str]]


class CreateAccountHighlightRequestBodyParams(TypedDict, total=False):
    content_html: Required[str]
    expires_at: NotRequired[str]


class CreateAccountRequestParams(TypedDict, total=False):
    account_type: NotRequired[str]
    channels: NotRequired[Sequence[Mapping[str, Any] | Any]]
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    domain: NotRequired[str]
    domains: NotRequired[Sequence[str]]
    external_ids: NotRequired[Sequence[Mapping[str, Any] | Any]]
    logo_url: NotRequired[str]
    name: Required[str]
    owner_id: NotRequired[str]
    primary_domain: NotRequired[str]
    subaccount_ids: NotRequired[Sequence[str]]
    tags: NotRequired[Sequence[str]]


class CreateActivityRequestParams(TypedDict, total=False):
    body_html: NotRequired[str]
    contact_id: NotRequired[str]
    happened_at: NotRequired[str]
    link: NotRequired[str]
    link_text: NotRequired[str]
    slug: Required[str]
    user_id: NotRequired[str]


class CreateArticleRequestBodyParams(TypedDict, total=False):
    author_user_id: Required[str]
    body_html: Required[str]
    collection_id: NotRequired[str]
    is_published: NotRequired[bool]
    is_unlisted: NotRequired[bool]
    slug: NotRequired[str]
    title: Required[str]
    translations: NotRequired[Sequence[Mapping[str, Any] | Any]]
    visibility_config: NotRequired[Mapping[str, Any] | Any]


class CreateCollectionRequestBodyParams(TypedDict, total=False):
    description: NotRequired[str]
    parent_collection_id: NotRequired[str]
    slug: NotRequired[str]
    title: Required[str]


class CreateContactRequestBodyParams(TypedDict, total=False):
    account_external_id: NotRequired[str]
    account_id: NotRequired[str]
    avatar_url: NotRequired[str]
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    email: NotRequired[str]
    external_ids: NotRequired[Sequence[Mapping[str, Any] | Any]]
    name: Required[str]
    phone_numbers: NotRequired[Sequence[str]]
    portal_role: NotRequired[str]
    portal_role_id: NotRequired[str]
    primary_phone_number: NotRequired[str]


class CreateCustomFieldRequestBodyParams(TypedDict, total=False):
    default_value: NotRequired[str]
    default_values: NotRequired[Sequence[str]]
    description: NotRequired[str]
    label: Required[str]
    object_type: Required[str]
    select_options: NotRequired[Sequence[Mapping[str, Any] | Any]]
    slug: NotRequired[str]
    type: Required[str]


class CreateCustomObjectRequestBodyParams(TypedDict, total=False):
    custom_fields: NotRequired[Mapping[str, Any]]
    name: Required[str]


class CreateIssueAIResponseRequestBodyParams(TypedDict, total=False):
    ai_agent_id: Required[str]
    post_as_internal_note: NotRequired[bool]


class CreateIssueNoteRequestBodyParams(TypedDict, total=False):
    attachment_urls: NotRequired[Sequence[str]]
    body_html: Required[str]
    message_id: NotRequired[str]
    thread_id: NotRequired[str]
    thread_name: NotRequired[str]
    user_id: NotRequired[str]


class CreateIssueReplyRequestBodyParams(TypedDict, total=False):
    attachment_urls: NotRequired[Sequence[str]]
    body_html: Required[str]
    contact_id: NotRequired[str]
    custom_source: NotRequired[Mapping[str, Any] | Any]
    email_info: NotRequired[Mapping[str, Any] | Any]
    message_id: Required[str]
    user_id: NotRequired[str]


class CreateIssueRequestParams(TypedDict, total=False):
    account_id: NotRequired[str]
    assignee_id: NotRequired[str]
    attachment_urls: NotRequired[Sequence[str]]
    author_unverified: NotRequired[bool]
    body_html: Required[str]
    contact_id: NotRequired[str]
    created_at: NotRequired[str]
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    destination_metadata: NotRequired[Mapping[str, Any] | Any]
    priority: NotRequired[str]
    requester_avatar_url: NotRequired[str]
    requester_email: NotRequired[str]
    requester_id: NotRequired[str]
    requester_name: NotRequired[str]
    tags: NotRequired[Sequence[str]]
    team_id: NotRequired[str]
    title: Required[str]
    user_id: NotRequired[str]


class CreateIssueThreadRequestBodyParams(TypedDict, total=False):
    name: NotRequired[str]


class CreateMacroRequestBodyParams(TypedDict, total=False):
    conditions: NotRequired[Mapping[str, Any] | Any]
    macro_group_id: Required[str]
    name: Required[str]
    text_html: Required[str]
    text_type: NotRequired[str]
    visibility: NotRequired[Mapping[str, Any] | Any]


class CreateMilestoneRequestBodyParams(TypedDict, total=False):
    account_id: NotRequired[str]
    due_date: NotRequired[str]
    name: Required[str]
    project_id: Required[str]


class CreateProjectRequestBodyParams(TypedDict, total=False):
    account_id: Required[str]
    customer_portal_visible: NotRequired[bool]
    description_html: NotRequired[str]
    end_date: NotRequired[str]
    name: Required[str]
    owner_id: NotRequired[str]
    project_template_id: NotRequired[str]
    start_date: NotRequired[str]


class CreateRouteRedirectRequestBodyParams(TypedDict, total=False):
    from_path: Required[str]
    language: NotRequired[str]
    object_id: Required[str]
    object_type: Required[str]


class CreateTagRequestBodyParams(TypedDict, total=False):
    hex_color: NotRequired[str]
    object_type: Required[str]
    value: Required[str]


class CreateTaskRequestBodyParams(TypedDict, total=False):
    account_id: NotRequired[str]
    assignee_id: NotRequired[str]
    body_html: NotRequired[str]
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    customer_portal_visible: NotRequired[bool]
    due_date: NotRequired[str]
    milestone_id: NotRequired[str]
    project_id: NotRequired[str]
    status: NotRequired[Mapping[str, Any] | Any]
    title: Required[str]


class CreateTeamRequestBodyParams(TypedDict, total=False):
    name: NotRequired[str]
    user_ids: NotRequired[Sequence[str]]


class CreateTrainingDataRequestBodyParams(TypedDict, total=False):
    training_data_name: NotRequired[str]
    visibility: NotRequired[str]


class ImportContactRequestBodyParams(TypedDict, total=False):
    account_id: NotRequired[str]
    avatar_url: NotRequired[str]
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    email: Required[str]
    name: Required[str]
    portal_role: NotRequired[str]


class ImportIssueRequestParams(TypedDict, total=False):
    account_id: NotRequired[str]
    assignee_id: NotRequired[str]
    attachment_urls: NotRequired[Sequence[str]]
    created_at: NotRequired[str]
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    external_issues: NotRequired[Sequence[Mapping[str, Any] | Any]]
    external_refs: NotRequired[Mapping[str, Any] | Any]
    first_response_time: NotRequired[str]
    messages: Required[Sequence[Mapping[str, Any] | Any]]
    requester_id: NotRequired[str]
    resolution_time: NotRequired[str]
    state: Required[str]
    tags: NotRequired[Sequence[str]]
    team_id: NotRequired[str]
    title: Required[str]
    updated_at: NotRequired[str]


class ImportMessagesRequestParams(TypedDict, total=False):
    messages: Required[Sequence[Mapping[str, Any] | Any]]


class LinkExternalIssueRequestBodyParams(TypedDict, total=False):
    external_issue_id: Required[str]
    operation: NotRequired[str]
    source: Required[str]


class SearchAccountsRequestParams(TypedDict, total=False):
    cursor: NotRequired[str]
    filter: Required[Mapping[str, Any] | Any]
    limit: NotRequired[int]


class SearchContactsRequestParams(TypedDict, total=False):
    cursor: NotRequired[str]
    filter: Required[Mapping[str, Any] | Any]
    limit: NotRequired[int]


class SearchCustomObjectsRequestParams(TypedDict, total=False):
    cursor: NotRequired[str]
    filter: Required[Mapping[str, Any] | Any]
    limit: NotRequired[int]


class SearchFeatureRequestsRequestParams(TypedDict, total=False):
    account_ids: NotRequired[Sequence[str]]
    limit: NotRequired[int]
    query: NotRequired[str]
    request_statuses: NotRequired[Sequence[str]]


class SearchIssuesRequestParams(TypedDict, total=False):
    cursor: NotRequired[str]
    filter: Required[Mapping[str, Any] | Any]
    limit: NotRequired[int]


class SearchProjectsRequestParams(TypedDict, total=False):
    cursor: NotRequired[str]
    filter: NotRequired[Mapping[str, Any] | Any]
    limit: NotRequired[int]


class SearchSurveysRequestParams(TypedDict, total=False):
    filter: NotRequired[Mapping[str, Any] | Any]
    limit: NotRequired[int]


class SearchTasksRequestParams(TypedDict, total=False):
    cursor: NotRequired[str]
    filter: NotRequired[Mapping[str, Any] | Any]
    limit: NotRequired[int]


class SearchUsersRequestParams(TypedDict, total=False):
    cursor: NotRequired[str]
    filter: Required[Mapping[str, Any] | Any]
    limit: NotRequired[int]


class SnoozeIssueRequestBodyParams(TypedDict, total=False):
    snooze_until: Required[str]


class UpdateAccountHighlightRequestBodyParams(TypedDict, total=False):
    content_html: NotRequired[str]
    expires_at: NotRequired[str]


class UpdateAccountRequestBodyParams(TypedDict, total=False):
    channels: NotRequired[Sequence[Mapping[str, Any] | Any]]
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    domains: NotRequired[Sequence[str]]
    external_ids: NotRequired[Sequence[Mapping[str, Any] | Any]]
    is_disabled: NotRequired[bool]
    logo_url: NotRequired[str]
    name: NotRequired[str]
    owner_id: NotRequired[str]
    primary_domain: NotRequired[str]
    subaccount_ids: NotRequired[Sequence[str]]
    tags: NotRequired[Sequence[str]]


class UpdateAccountsRequestParams(TypedDict, total=False):
    account_ids: Required[Sequence[str]]
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    owner_id: NotRequired[str]
    tags: NotRequired[Sequence[str]]
    tags_apply_mode: NotRequired[str]


class UpdateArticleRequestBodyParams(TypedDict, total=False):
    body_html: NotRequired[str]
    is_unlisted: NotRequired[bool]
    language: NotRequired[str]
    publish_updated_body_html: NotRequired[bool]
    title: NotRequired[str]
    visibility_config: NotRequired[Mapping[str, Any] | Any]


class UpdateContactRequestBodyParams(TypedDict, total=False):
    account_external_id: NotRequired[str]
    account_id: NotRequired[str]
    avatar_url: NotRequired[str]
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    email: NotRequired[str]
    emails: NotRequired[Sequence[Mapping[str, Any] | Any]]
    external_ids: NotRequired[Sequence[Mapping[str, Any] | Any]]
    name: NotRequired[str]
    phone_numbers: NotRequired[Sequence[str]]
    portal_role: NotRequired[str]
    portal_role_id: NotRequired[str]
    primary_phone_number: NotRequired[str]


class UpdateCustomFieldRequestBodyParams(TypedDict, total=False):
    default_value: NotRequired[str]
    default_values: NotRequired[Sequence[str]]
    description: NotRequired[str]
    label: NotRequired[str]
    select_options: NotRequired[Sequence[Mapping[str, Any] | Any]]
    slug: NotRequired[str]


class UpdateCustomObjectRequestBodyParams(TypedDict, total=False):
    custom_fields: NotRequired[Mapping[str, Any]]
    name: NotRequired[str]


class UpdateFeatureRequestRequestBodyParams(TypedDict, total=False):
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    request_status: NotRequired[str]


class UpdateIssueRequestBodyParams(TypedDict, total=False):
    account_id: NotRequired[str]
    assignee_id: NotRequired[str]
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    customer_portal_visible: NotRequired[bool]
    requester_id: NotRequired[str]
    requestor_id: NotRequired[str]
    state: NotRequired[str]
    tags: NotRequired[Sequence[str]]
    team_id: NotRequired[str]
    title: NotRequired[str]
    type: NotRequired[str]


class UpdateMacroRequestBodyParams(TypedDict, total=False):
    conditions: NotRequired[Mapping[str, Any] | Any]
    macro_group_id: NotRequired[str]
    name: NotRequired[str]
    text_html: NotRequired[str]
    text_type: NotRequired[str]
    visibility: NotRequired[Mapping[str, Any] | Any]


class UpdateMilestoneRequestBodyParams(TypedDict, total=False):
    due_date: NotRequired[str]
    name: NotRequired[str]


class UpdateProjectRequestBodyParams(TypedDict, total=False):
    customer_portal_visible: NotRequired[bool]
    description_html: NotRequired[str]
    end_date: NotRequired[str]
    is_archived: NotRequired[bool]
    name: NotRequired[str]
    owner_id: NotRequired[str]
    start_date: NotRequired[str]


class UpdateTagRequestBodyParams(TypedDict, total=False):
    hex_color: NotRequired[str]
    value: NotRequired[str]


class UpdateTaskRequestBodyParams(TypedDict, total=False):
    assignee_id: NotRequired[str]
    body_html: NotRequired[str]
    custom_fields: NotRequired[Sequence[Mapping[str, Any] | Any]]
    customer_portal_visible: NotRequired[bool]
    due_date: NotRequired[str]
    milestone_id: NotRequired[str]
    project_id: NotRequired[str]
    status: NotRequired[Mapping[str, Any] | Any]
    title: NotRequired[str]


class UpdateTeamRequestBodyParams(TypedDict, total=False):
    name: NotRequired[str]
    user_ids: NotRequired[Sequence[str]]


class UpdateUserRequestBodyParams(TypedDict, total=False):
    avatar_url: NotRequired[str]
    name: NotRequired[str]
    role_id: NotRequired[str]
    status: NotRequired[str]


class UploadTrainingDataFileContentRequestBodyParams(TypedDict, total=False):
    content: NotRequired[str]
    external_id: NotRequired[str]
    file_name: NotRequired[str]
    training_data_id: NotRequired[str]
    training_data_name: NotRequired[str]
    visibility: NotRequired[str]
