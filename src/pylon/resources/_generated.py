"""The facade's thin resource methods, one per operation, written from spec/pylon-api.json.

Written by `make generate` (codegen/resource_layer.py); never edit by hand. The hand-written
resource classes in this package extend these classes and add what the spec cannot say.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from .._pagination import PageWalk
from .._resource import (
    Flow,
    M,
    RawAsyncMode,
    RawResponses,
    RawSyncMode,
    api_method,
    calls,
    paged_method,
)
from .._types import NOT_GIVEN, NotGiven, given
from ._base import BaseResource, SearchFilter, plain_text_field

if TYPE_CHECKING:
    from pylon_openapi.models.account_highlight import AccountHighlight
    from pylon_openapi.models.activity_type import ActivityType
    from pylon_openapi.models.api_custom_object import APICustomObject
    from pylon_openapi.models.article import Article
    from pylon_openapi.models.article_translation_input import ArticleTranslationInput
    from pylon_openapi.models.audit_log import AuditLog
    from pylon_openapi.models.channel import Channel
    from pylon_openapi.models.collection import Collection
    from pylon_openapi.models.contact import Contact
    from pylon_openapi.models.create_account_highlight_request_body import (
        CreateAccountHighlightRequestBody,
    )
    from pylon_openapi.models.create_account_request import CreateAccountRequest
    from pylon_openapi.models.create_activity_request import CreateActivityRequest
    from pylon_openapi.models.create_activity_response_data import CreateActivityResponseData
    from pylon_openapi.models.create_article_request_body import CreateArticleRequestBody
    from pylon_openapi.models.create_collection_request_body import CreateCollectionRequestBody
    from pylon_openapi.models.create_contact_request_body import CreateContactRequestBody
    from pylon_openapi.models.create_custom_field_request_body import CreateCustomFieldRequestBody
    from pylon_openapi.models.create_custom_object_request_body import CreateCustomObjectRequestBody
    from pylon_openapi.models.create_issue_ai_response_request_body import (
        CreateIssueAIResponseRequestBody,
    )
    from pylon_openapi.models.create_issue_ai_response_response_body import (
        CreateIssueAIResponseResponseBody,
    )
    from pylon_openapi.models.create_issue_request import CreateIssueRequest
    from pylon_openapi.models.create_issue_thread_request_body import CreateIssueThreadRequestBody
    from pylon_openapi.models.create_macro_request_body import CreateMacroRequestBody
    from pylon_openapi.models.create_milestone_request_body import CreateMilestoneRequestBody
    from pylon_openapi.models.create_project_request_body import CreateProjectRequestBody
    from pylon_openapi.models.create_route_redirect_request_body import (
        CreateRouteRedirectRequestBody,
    )
    from pylon_openapi.models.create_tag_request_body import CreateTagRequestBody
    from pylon_openapi.models.create_task_request_body import CreateTaskRequestBody
    from pylon_openapi.models.create_team_request_body import CreateTeamRequestBody
    from pylon_openapi.models.create_training_data_request_body import CreateTrainingDataRequestBody
    from pylon_openapi.models.custom_field_definition import CustomFieldDefinition
    from pylon_openapi.models.custom_field_definition_select_option import (
        CustomFieldDefinitionSelectOption,
    )
    from pylon_openapi.models.custom_field_value import CustomFieldValue
    from pylon_openapi.models.delete_account_highlight_response_data import (
        DeleteAccountHighlightResponseData,
    )
    from pylon_openapi.models.delete_account_response_body import DeleteAccountResponseBody
    from pylon_openapi.models.delete_article_response_body import DeleteArticleResponseBody
    from pylon_openapi.models.delete_collection_response_body import DeleteCollectionResponseBody
    from pylon_openapi.models.delete_contact_response_body import DeleteContactResponseBody
    from pylon_openapi.models.delete_custom_object_response_body import (
        DeleteCustomObjectResponseBody,
    )
    from pylon_openapi.models.delete_feature_request_response_body import (
        DeleteFeatureRequestResponseBody,
    )
    from pylon_openapi.models.delete_issue_response_body import DeleteIssueResponseBody
    from pylon_openapi.models.delete_message_response_body import DeleteMessageResponseBody
    from pylon_openapi.models.delete_milestone_response_body import DeleteMilestoneResponseBody
    from pylon_openapi.models.delete_project_response_body import DeleteProjectResponseBody
    from pylon_openapi.models.delete_tag_response_body import DeleteTagResponseBody
    from pylon_openapi.models.delete_task_response_body import DeleteTaskResponseBody
    from pylon_openapi.models.destination_metadata import DestinationMetadata
    from pylon_openapi.models.external_id import ExternalID
    from pylon_openapi.models.feature_request import FeatureRequest
    from pylon_openapi.models.filter_ import Filter
    from pylon_openapi.models.follower import Follower
    from pylon_openapi.models.import_contact_request_body import ImportContactRequestBody
    from pylon_openapi.models.import_external_issue import ImportExternalIssue
    from pylon_openapi.models.import_issue_external_refs import ImportIssueExternalRefs
    from pylon_openapi.models.import_issue_message import ImportIssueMessage
    from pylon_openapi.models.import_issue_request import ImportIssueRequest
    from pylon_openapi.models.import_messages_request import ImportMessagesRequest
    from pylon_openapi.models.issue_status import IssueStatus
    from pylon_openapi.models.issue_thread import IssueThread
    from pylon_openapi.models.knowledge_base import KnowledgeBase
    from pylon_openapi.models.link_external_issue_request_body import LinkExternalIssueRequestBody
    from pylon_openapi.models.macro import Macro
    from pylon_openapi.models.macro_group import MacroGroup
    from pylon_openapi.models.me import Me
    from pylon_openapi.models.message import Message
    from pylon_openapi.models.milestone import Milestone
    from pylon_openapi.models.project import Project
    from pylon_openapi.models.route_redirect import RouteRedirect
    from pylon_openapi.models.tag import Tag
    from pylon_openapi.models.task import Task
    from pylon_openapi.models.team import Team
    from pylon_openapi.models.ticket_form import TicketForm
    from pylon_openapi.models.training_data import TrainingData
    from pylon_openapi.models.update_account_highlight_request_body import (
        UpdateAccountHighlightRequestBody,
    )
    from pylon_openapi.models.update_account_request_body import UpdateAccountRequestBody
    from pylon_openapi.models.update_accounts_request import UpdateAccountsRequest
    from pylon_openapi.models.update_accounts_response_body import UpdateAccountsResponseBody
    from pylon_openapi.models.update_article_request_body import UpdateArticleRequestBody
    from pylon_openapi.models.update_contact_email import UpdateContactEmail
    from pylon_openapi.models.update_contact_request_body import UpdateContactRequestBody
    from pylon_openapi.models.update_custom_field_request_body import UpdateCustomFieldRequestBody
    from pylon_openapi.models.update_custom_object_request_body import UpdateCustomObjectRequestBody
    from pylon_openapi.models.update_feature_request_request_body import (
        UpdateFeatureRequestRequestBody,
    )
    from pylon_openapi.models.update_issue_request_body import UpdateIssueRequestBody
    from pylon_openapi.models.update_macro_request_body import UpdateMacroRequestBody
    from pylon_openapi.models.update_milestone_request_body import UpdateMilestoneRequestBody
    from pylon_openapi.models.update_project_request_body import UpdateProjectRequestBody
    from pylon_openapi.models.update_tag_request_body import UpdateTagRequestBody
    from pylon_openapi.models.update_task_request_body import UpdateTaskRequestBody
    from pylon_openapi.models.update_team_request_body import UpdateTeamRequestBody
    from pylon_openapi.models.update_user_request_body import UpdateUserRequestBody
    from pylon_openapi.models.upload_training_data_file_content_request_body import (
        UploadTrainingDataFileContentRequestBody,
    )
    from pylon_openapi.models.user import User
    from pylon_openapi.models.user_role import UserRole
    from pylon_openapi.models.visibility_config import VisibilityConfig
    from pylon_openapi.models.visibility_input import VisibilityInput

    from pylon._bound_models import BoundAccount, BoundIssue

__all__ = [
    "AccountActivitiesMethods",
    "AccountHighlightsMethods",
    "AccountsMethods",
    "ActivityTypesMethods",
    "ArticlesMethods",
    "AuditLogsMethods",
    "CollectionsMethods",
    "ContactsMethods",
    "CustomFieldsMethods",
    "CustomObjectsMethods",
    "FeatureRequestsMethods",
    "ImportsMethods",
    "IssueFollowersMethods",
    "IssueMessagesMethods",
    "IssueStatusesMethods",
    "IssueThreadsMethods",
    "IssuesMethods",
    "KnowledgeBasesMethods",
    "MacrosMethods",
    "MeMethods",
    "MilestonesMethods",
    "ProjectsMethods",
    "RouteRedirectsMethods",
    "TagsMethods",
    "TasksMethods",
    "TeamsMethods",
    "TicketFormsMethods",
    "TrainingDataMethods",
    "UserRolesMethods",
    "UsersMethods",
]


class AccountActivitiesMethods(BaseResource[M]):
    """The generated methods of the `AccountActivities` resource group."""

    with_raw_response: ClassVar[
        RawResponses[AccountActivitiesMethods[RawSyncMode], AccountActivitiesMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateActivity")
    def create(
        self,
        account_id: str,
        body: CreateActivityRequest | Mapping[str, Any] | None = None,
        /,
        *,
        body_html: str | NotGiven = NOT_GIVEN,
        contact_id: str | NotGiven = NOT_GIVEN,
        happened_at: str | NotGiven = NOT_GIVEN,
        link: str | NotGiven = NOT_GIVEN,
        link_text: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
    ) -> Flow[CreateActivityResponseData]:
        """Create activity: `POST /accounts/{id}/activities`.

        Rate limit: 20 requests per minute.

        Required fields: slug.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateActivity",
                path={"id": account_id},
                body=body,
                fields=given(
                    body_html=body_html,
                    contact_id=contact_id,
                    happened_at=happened_at,
                    link=link,
                    link_text=link_text,
                    slug=slug,
                    user_id=user_id,
                ),
            )
        )


class AccountHighlightsMethods(BaseResource[M]):
    """The generated methods of the `AccountHighlights` resource group."""

    with_raw_response: ClassVar[
        RawResponses[AccountHighlightsMethods[RawSyncMode], AccountHighlightsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateAccountHighlight")
    def create(
        self,
        account_id: str,
        body: CreateAccountHighlightRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        content_html: str | NotGiven = NOT_GIVEN,
        expires_at: str | NotGiven = NOT_GIVEN,
    ) -> Flow[AccountHighlight]:
        """Create account highlight: `POST /accounts/{account_id}/highlights`.

        Rate limit: 10 requests per minute.

        Required fields: content_html.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateAccountHighlight",
                path={"account_id": account_id},
                body=body,
                fields=given(content_html=content_html, expires_at=expires_at),
            )
        )

    @api_method
    @calls("DeleteAccountHighlight")
    def delete(
        self,
        account_id: str,
        highlight_id: str,
        /,
    ) -> Flow[DeleteAccountHighlightResponseData]:
        """Delete account highlight: `DELETE /accounts/{account_id}/highlights/{highlight_id}`.

        Rate limit: 20 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "DeleteAccountHighlight",
                path={"account_id": account_id, "highlight_id": highlight_id},
            )
        )

    @api_method
    @calls("UpdateAccountHighlight")
    def update(
        self,
        account_id: str,
        highlight_id: str,
        body: UpdateAccountHighlightRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        content_html: str | NotGiven = NOT_GIVEN,
        expires_at: str | NotGiven = NOT_GIVEN,
    ) -> Flow[AccountHighlight]:
        """Update account highlight: `PATCH /accounts/{account_id}/highlights/{highlight_id}`.

        Rate limit: 20 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateAccountHighlight",
                path={"account_id": account_id, "highlight_id": highlight_id},
                body=body,
                fields=given(content_html=content_html, expires_at=expires_at),
            )
        )


class AccountsMethods(BaseResource[M]):
    """The generated methods of the `Accounts` resource group."""

    with_raw_response: ClassVar[
        RawResponses[AccountsMethods[RawSyncMode], AccountsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateAccount")
    def create(
        self,
        body: CreateAccountRequest | Mapping[str, Any] | None = None,
        /,
        *,
        account_type: str | NotGiven = NOT_GIVEN,
        channels: Sequence[Channel | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        domain: str | NotGiven = NOT_GIVEN,
        domains: Sequence[str] | NotGiven = NOT_GIVEN,
        external_ids: Sequence[ExternalID | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        logo_url: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        owner_id: str | NotGiven = NOT_GIVEN,
        primary_domain: str | NotGiven = NOT_GIVEN,
        subaccount_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> Flow[BoundAccount[M]]:
        """Create account: `POST /accounts`.

        Rate limit: 60 requests per minute.

        Required fields: name.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateAccount",
                body=body,
                fields=given(
                    account_type=account_type,
                    channels=channels,
                    custom_fields=custom_fields,
                    domain=domain,
                    domains=domains,
                    external_ids=external_ids,
                    logo_url=logo_url,
                    name=name,
                    owner_id=owner_id,
                    primary_domain=primary_domain,
                    subaccount_ids=subaccount_ids,
                    tags=tags,
                ),
            )
        )

    @api_method
    @calls("DeleteAccount")
    def delete(
        self,
        account_id: str,
        /,
    ) -> Flow[DeleteAccountResponseBody]:
        """Delete account: `DELETE /accounts/{id}`.

        Rate limit: 10 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("DeleteAccount", path={"id": account_id}))

    @api_method
    @calls("GetAccount")
    def get(
        self,
        account_id: str,
        /,
    ) -> Flow[BoundAccount[M]]:
        """Get account: `GET /accounts/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetAccount", path={"id": account_id}))

    @paged_method
    @calls("GetAccounts")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[BoundAccount[M]]:
        """Get accounts: `GET /accounts`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetAccounts", limit=limit, cursor=cursor, max_items=max_items)

    @paged_method
    @calls("SearchAccounts")
    def search(
        self,
        filter: SearchFilter | None = None,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[BoundAccount[M]]:
        """Search accounts: `POST /accounts/search`.

        Rate limit: 20 requests per minute.

        `filter` is a `pylon.filters` filter or its text form (both checked against
        this endpoint's filterable fields before sending), or a dict in Pylon's form.
        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._search(
            "SearchAccounts", filter, limit=limit, cursor=cursor, max_items=max_items
        )

    @api_method
    @calls("UpdateAccount")
    def update(
        self,
        account_id: str,
        body: UpdateAccountRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        channels: Sequence[Channel | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        domains: Sequence[str] | NotGiven = NOT_GIVEN,
        external_ids: Sequence[ExternalID | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        is_disabled: bool | NotGiven = NOT_GIVEN,
        logo_url: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        owner_id: str | NotGiven = NOT_GIVEN,
        primary_domain: str | NotGiven = NOT_GIVEN,
        subaccount_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> Flow[BoundAccount[M]]:
        """Update account: `PATCH /accounts/{id}`.

        Rate limit: 60 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateAccount",
                path={"id": account_id},
                body=body,
                fields=given(
                    channels=channels,
                    custom_fields=custom_fields,
                    domains=domains,
                    external_ids=external_ids,
                    is_disabled=is_disabled,
                    logo_url=logo_url,
                    name=name,
                    owner_id=owner_id,
                    primary_domain=primary_domain,
                    subaccount_ids=subaccount_ids,
                    tags=tags,
                ),
            )
        )

    @api_method
    @calls("UpdateAccounts")
    def update_many(
        self,
        body: UpdateAccountsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        account_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        owner_id: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        tags_apply_mode: str | NotGiven = NOT_GIVEN,
    ) -> Flow[UpdateAccountsResponseBody]:
        """Update accounts: `PATCH /accounts`.

        Rate limit: 20 requests per minute.

        Required fields: account_ids.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateAccounts",
                body=body,
                fields=given(
                    account_ids=account_ids,
                    custom_fields=custom_fields,
                    owner_id=owner_id,
                    tags=tags,
                    tags_apply_mode=tags_apply_mode,
                ),
            )
        )


class ActivityTypesMethods(BaseResource[M]):
    """The generated methods of the `ActivityTypes` resource group."""

    with_raw_response: ClassVar[
        RawResponses[ActivityTypesMethods[RawSyncMode], ActivityTypesMethods[RawAsyncMode]]
    ] = RawResponses()

    @paged_method
    @calls("GetActivityTypes")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[ActivityType]:
        """Get activity types: `GET /activity-types`.

        Rate limit: 10 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetActivityTypes", limit=limit, cursor=cursor, max_items=max_items)


class ArticlesMethods(BaseResource[M]):
    """The generated methods of the `Articles` resource group."""

    with_raw_response: ClassVar[
        RawResponses[ArticlesMethods[RawSyncMode], ArticlesMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateArticle")
    def create(
        self,
        knowledge_base_id: str,
        body: CreateArticleRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        author_user_id: str | NotGiven = NOT_GIVEN,
        body_html: str | NotGiven = NOT_GIVEN,
        collection_id: str | NotGiven = NOT_GIVEN,
        is_published: bool | NotGiven = NOT_GIVEN,
        is_unlisted: bool | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        translations: Sequence[ArticleTranslationInput | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        visibility_config: VisibilityConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Flow[Article]:
        """Create article: `POST /knowledge-bases/{id}/articles`.

        Rate limit: 10 requests per minute.

        Required fields: author_user_id, body_html, title.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateArticle",
                path={"id": knowledge_base_id},
                body=body,
                fields=given(
                    author_user_id=author_user_id,
                    body_html=body_html,
                    collection_id=collection_id,
                    is_published=is_published,
                    is_unlisted=is_unlisted,
                    slug=slug,
                    title=title,
                    translations=translations,
                    visibility_config=visibility_config,
                ),
            )
        )

    @api_method
    @calls("DeleteArticle")
    def delete(
        self,
        knowledge_base_id: str,
        article_id: str,
        /,
    ) -> Flow[DeleteArticleResponseBody]:
        """Delete article: `DELETE /knowledge-bases/{id}/articles/{article_id}`.

        Rate limit: 20 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "DeleteArticle", path={"id": knowledge_base_id, "article_id": article_id}
            )
        )

    @api_method
    @calls("GetArticle")
    def get(
        self,
        knowledge_base_id: str,
        article_id: str,
        /,
        *,
        language: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Article]:
        """Get article: `GET /knowledge-bases/{id}/articles/{article_id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "GetArticle",
                path={"id": knowledge_base_id, "article_id": article_id},
                query=given(language=language),
            )
        )

    @paged_method
    @calls("GetArticles")
    def list(
        self,
        knowledge_base_id: str,
        /,
        *,
        language: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Article]:
        """Get articles: `GET /knowledge-bases/{id}/articles`.

        Rate limit: 20 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list(
            "GetArticles",
            path={"id": knowledge_base_id},
            query=given(language=language),
            limit=limit,
            cursor=cursor,
            max_items=max_items,
        )

    @api_method
    @calls("UpdateArticle")
    def update(
        self,
        knowledge_base_id: str,
        article_id: str,
        body: UpdateArticleRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        body_html: str | NotGiven = NOT_GIVEN,
        is_unlisted: bool | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        publish_updated_body_html: bool | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        visibility_config: VisibilityConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Flow[Article]:
        """Update article: `PATCH /knowledge-bases/{id}/articles/{article_id}`.

        Rate limit: 20 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateArticle",
                path={"id": knowledge_base_id, "article_id": article_id},
                body=body,
                fields=given(
                    body_html=body_html,
                    is_unlisted=is_unlisted,
                    language=language,
                    publish_updated_body_html=publish_updated_body_html,
                    title=title,
                    visibility_config=visibility_config,
                ),
            )
        )


class AuditLogsMethods(BaseResource[M]):
    """The generated methods of the `AuditLogs` resource group."""

    with_raw_response: ClassVar[
        RawResponses[AuditLogsMethods[RawSyncMode], AuditLogsMethods[RawAsyncMode]]
    ] = RawResponses()

    @paged_method
    @calls("GetAuditLogs")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[AuditLog]:
        """Get audit logs: `GET /audit-logs`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetAuditLogs", limit=limit, cursor=cursor, max_items=max_items)


class CollectionsMethods(BaseResource[M]):
    """The generated methods of the `Collections` resource group."""

    with_raw_response: ClassVar[
        RawResponses[CollectionsMethods[RawSyncMode], CollectionsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateCollection")
    def create(
        self,
        knowledge_base_id: str,
        body: CreateCollectionRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        description: str | NotGiven = NOT_GIVEN,
        parent_collection_id: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Collection]:
        """Create collection: `POST /knowledge-bases/{id}/collections`.

        Rate limit: 10 requests per minute.

        Required fields: title.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateCollection",
                path={"id": knowledge_base_id},
                body=body,
                fields=given(
                    description=description,
                    parent_collection_id=parent_collection_id,
                    slug=slug,
                    title=title,
                ),
            )
        )

    @api_method
    @calls("DeleteCollection")
    def delete(
        self,
        knowledge_base_id: str,
        collection_id: str,
        /,
    ) -> Flow[DeleteCollectionResponseBody]:
        """Delete collection: `DELETE /knowledge-bases/{id}/collections/{collection_id}`.

        Rate limit: 10 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "DeleteCollection", path={"id": knowledge_base_id, "collection_id": collection_id}
            )
        )

    @api_method
    @calls("GetCollection")
    def get(
        self,
        knowledge_base_id: str,
        collection_id: str,
        /,
    ) -> Flow[Collection]:
        """Get collection: `GET /knowledge-bases/{id}/collections/{collection_id}`.

        Rate limit: 20 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "GetCollection", path={"id": knowledge_base_id, "collection_id": collection_id}
            )
        )

    @api_method
    @calls("GetCollections")
    def list(
        self,
        knowledge_base_id: str,
        /,
    ) -> Flow[builtins.list[Collection]]:
        """Get collections: `GET /knowledge-bases/{id}/collections`.

        Rate limit: 20 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetCollections", path={"id": knowledge_base_id}))


class ContactsMethods(BaseResource[M]):
    """The generated methods of the `Contacts` resource group."""

    with_raw_response: ClassVar[
        RawResponses[ContactsMethods[RawSyncMode], ContactsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateContact")
    def create(
        self,
        body: CreateContactRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        account_external_id: str | NotGiven = NOT_GIVEN,
        account_id: str | NotGiven = NOT_GIVEN,
        avatar_url: str | NotGiven = NOT_GIVEN,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        external_ids: Sequence[ExternalID | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        phone_numbers: Sequence[str] | NotGiven = NOT_GIVEN,
        portal_role: str | NotGiven = NOT_GIVEN,
        portal_role_id: str | NotGiven = NOT_GIVEN,
        primary_phone_number: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Contact]:
        """Create contact: `POST /contacts`.

        Rate limit: 60 requests per minute.

        Required fields: name.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateContact",
                body=body,
                fields=given(
                    account_external_id=account_external_id,
                    account_id=account_id,
                    avatar_url=avatar_url,
                    custom_fields=custom_fields,
                    email=email,
                    external_ids=external_ids,
                    name=name,
                    phone_numbers=phone_numbers,
                    portal_role=portal_role,
                    portal_role_id=portal_role_id,
                    primary_phone_number=primary_phone_number,
                ),
            )
        )

    @api_method
    @calls("DeleteContact")
    def delete(
        self,
        contact_id: str,
        /,
    ) -> Flow[DeleteContactResponseBody]:
        """Delete contact: `DELETE /contacts/{id}`.

        Rate limit: 10 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("DeleteContact", path={"id": contact_id}))

    @api_method
    @calls("GetContact")
    def get(
        self,
        contact_id: str,
        /,
    ) -> Flow[Contact]:
        """Get contact: `GET /contacts/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetContact", path={"id": contact_id}))

    @paged_method
    @calls("GetContacts")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Contact]:
        """Get contacts: `GET /contacts`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetContacts", limit=limit, cursor=cursor, max_items=max_items)

    @paged_method
    @calls("SearchContacts")
    def search(
        self,
        filter: SearchFilter | None = None,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Contact]:
        """Search contacts: `POST /contacts/search`.

        Rate limit: 20 requests per minute.

        `filter` is a `pylon.filters` filter or its text form (both checked against
        this endpoint's filterable fields before sending), or a dict in Pylon's form.
        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._search(
            "SearchContacts", filter, limit=limit, cursor=cursor, max_items=max_items
        )

    @api_method
    @calls("UpdateContact")
    def update(
        self,
        contact_id: str,
        body: UpdateContactRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        account_external_id: str | NotGiven = NOT_GIVEN,
        account_id: str | NotGiven = NOT_GIVEN,
        avatar_url: str | NotGiven = NOT_GIVEN,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        emails: Sequence[UpdateContactEmail | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        external_ids: Sequence[ExternalID | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        phone_numbers: Sequence[str] | NotGiven = NOT_GIVEN,
        portal_role: str | NotGiven = NOT_GIVEN,
        portal_role_id: str | NotGiven = NOT_GIVEN,
        primary_phone_number: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Contact]:
        """Update contact: `PATCH /contacts/{id}`.

        Rate limit: 60 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateContact",
                path={"id": contact_id},
                body=body,
                fields=given(
                    account_external_id=account_external_id,
                    account_id=account_id,
                    avatar_url=avatar_url,
                    custom_fields=custom_fields,
                    email=email,
                    emails=emails,
                    external_ids=external_ids,
                    name=name,
                    phone_numbers=phone_numbers,
                    portal_role=portal_role,
                    portal_role_id=portal_role_id,
                    primary_phone_number=primary_phone_number,
                ),
            )
        )


class CustomFieldsMethods(BaseResource[M]):
    """The generated methods of the `CustomFields` resource group."""

    with_raw_response: ClassVar[
        RawResponses[CustomFieldsMethods[RawSyncMode], CustomFieldsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateCustomField")
    def create(
        self,
        body: CreateCustomFieldRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        default_value: str | NotGiven = NOT_GIVEN,
        default_values: Sequence[str] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        object_type: str | NotGiven = NOT_GIVEN,
        select_options: Sequence[CustomFieldDefinitionSelectOption | Mapping[str, Any]]
        | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
    ) -> Flow[CustomFieldDefinition]:
        """Create custom field: `POST /custom-fields`.

        Rate limit: 20 requests per minute.

        Required fields: label, object_type, type.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateCustomField",
                body=body,
                fields=given(
                    default_value=default_value,
                    default_values=default_values,
                    description=description,
                    label=label,
                    object_type=object_type,
                    select_options=select_options,
                    slug=slug,
                    type=type,
                ),
            )
        )

    @api_method
    @calls("GetCustomField")
    def get(
        self,
        field_id: str,
        /,
    ) -> Flow[CustomFieldDefinition]:
        """Get custom field: `GET /custom-fields/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetCustomField", path={"id": field_id}))

    @paged_method
    @calls("GetCustomFields")
    def list(
        self,
        object_type: str,
        /,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[CustomFieldDefinition]:
        """Get custom fields: `GET /custom-fields`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list(
            "GetCustomFields",
            query=given(object_type=object_type),
            limit=limit,
            cursor=cursor,
            max_items=max_items,
        )

    @api_method
    @calls("UpdateCustomField")
    def update(
        self,
        field_id: str,
        body: UpdateCustomFieldRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        default_value: str | NotGiven = NOT_GIVEN,
        default_values: Sequence[str] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        select_options: Sequence[CustomFieldDefinitionSelectOption | Mapping[str, Any]]
        | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
    ) -> Flow[CustomFieldDefinition]:
        """Update custom field: `PATCH /custom-fields/{id}`.

        Rate limit: 20 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateCustomField",
                path={"id": field_id},
                body=body,
                fields=given(
                    default_value=default_value,
                    default_values=default_values,
                    description=description,
                    label=label,
                    select_options=select_options,
                    slug=slug,
                ),
            )
        )


class CustomObjectsMethods(BaseResource[M]):
    """The generated methods of the `CustomObjects` resource group."""

    with_raw_response: ClassVar[
        RawResponses[CustomObjectsMethods[RawSyncMode], CustomObjectsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateCustomObject")
    def create(
        self,
        object_type: str,
        body: CreateCustomObjectRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        custom_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
    ) -> Flow[APICustomObject]:
        """Create custom object: `POST /custom-objects/{type}`.

        Rate limit: 20 requests per minute.

        Required fields: name.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateCustomObject",
                path={"type": object_type},
                body=body,
                fields=given(custom_fields=custom_fields, name=name),
            )
        )

    @api_method
    @calls("DeleteCustomObject")
    def delete(
        self,
        object_type: str,
        object_id: str,
        /,
    ) -> Flow[DeleteCustomObjectResponseBody]:
        """Delete custom object: `DELETE /custom-objects/{type}/{id}`.

        Rate limit: 20 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call("DeleteCustomObject", path={"type": object_type, "id": object_id})
        )

    @api_method
    @calls("GetCustomObject")
    def get(
        self,
        object_type: str,
        object_id: str,
        /,
    ) -> Flow[APICustomObject]:
        """Get custom object: `GET /custom-objects/{type}/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call("GetCustomObject", path={"type": object_type, "id": object_id})
        )

    @paged_method
    @calls("GetCustomObjects")
    def list(
        self,
        object_type: str,
        /,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[APICustomObject]:
        """Get custom objects: `GET /custom-objects/{type}`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list(
            "GetCustomObjects",
            path={"type": object_type},
            limit=limit,
            cursor=cursor,
            max_items=max_items,
        )

    @paged_method
    @calls("SearchCustomObjects")
    def search(
        self,
        object_type: str,
        /,
        filter: SearchFilter | None = None,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[APICustomObject]:
        """Search custom objects: `POST /custom-objects/{type}/search`.

        Rate limit: 20 requests per minute.

        `filter` is a `pylon.filters` filter or its text form (both checked against
        this endpoint's filterable fields before sending), or a dict in Pylon's form.
        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._search(
            "SearchCustomObjects",
            filter,
            path={"type": object_type},
            limit=limit,
            cursor=cursor,
            max_items=max_items,
        )

    @api_method
    @calls("UpdateCustomObject")
    def update(
        self,
        object_type: str,
        object_id: str,
        body: UpdateCustomObjectRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        custom_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
    ) -> Flow[APICustomObject]:
        """Update custom object: `PATCH /custom-objects/{type}/{id}`.

        Rate limit: 20 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateCustomObject",
                path={"type": object_type, "id": object_id},
                body=body,
                fields=given(custom_fields=custom_fields, name=name),
            )
        )


class FeatureRequestsMethods(BaseResource[M]):
    """The generated methods of the `FeatureRequests` resource group."""

    with_raw_response: ClassVar[
        RawResponses[FeatureRequestsMethods[RawSyncMode], FeatureRequestsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("DeleteFeatureRequest")
    def delete(
        self,
        feature_request_id: str,
        /,
    ) -> Flow[DeleteFeatureRequestResponseBody]:
        """Delete feature request: `DELETE /feature-requests/{id}`.

        Rate limit: 20 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("DeleteFeatureRequest", path={"id": feature_request_id}))

    @api_method
    @calls("GetFeatureRequest")
    def get(
        self,
        feature_request_id: str,
        /,
        *,
        fetch_evidence: bool | NotGiven = NOT_GIVEN,
    ) -> Flow[FeatureRequest]:
        """Get feature request: `GET /feature-requests/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "GetFeatureRequest",
                path={"id": feature_request_id},
                query=given(fetch_evidence=fetch_evidence),
            )
        )

    @api_method
    @calls("UpdateFeatureRequest")
    def update(
        self,
        feature_request_id: str,
        body: UpdateFeatureRequestRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        request_status: str | NotGiven = NOT_GIVEN,
    ) -> Flow[FeatureRequest]:
        """Update feature request: `PATCH /feature-requests/{id}`.

        Rate limit: 20 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateFeatureRequest",
                path={"id": feature_request_id},
                body=body,
                fields=given(custom_fields=custom_fields, request_status=request_status),
            )
        )


class ImportsMethods(BaseResource[M]):
    """The generated methods of the `Imports` resource group."""

    with_raw_response: ClassVar[
        RawResponses[ImportsMethods[RawSyncMode], ImportsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("ImportContact")
    def contacts(
        self,
        body: ImportContactRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        account_id: str | NotGiven = NOT_GIVEN,
        avatar_url: str | NotGiven = NOT_GIVEN,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        portal_role: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Contact]:
        """Import contact: `POST /import/contacts`.

        Rate limit: 20 requests per minute.

        Required fields: email, name.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "ImportContact",
                body=body,
                fields=given(
                    account_id=account_id,
                    avatar_url=avatar_url,
                    custom_fields=custom_fields,
                    email=email,
                    name=name,
                    portal_role=portal_role,
                ),
            )
        )

    @api_method
    @calls("ImportMessages")
    def issue_messages(
        self,
        issue_id: str,
        body: ImportMessagesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        messages: Sequence[ImportIssueMessage | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
    ) -> Flow[BoundIssue[M]]:
        """Import messages: `POST /import/issues/{id}/messages`.

        Rate limit: 20 requests per minute.

        Required fields: messages.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "ImportMessages", path={"id": issue_id}, body=body, fields=given(messages=messages)
            )
        )

    @api_method
    @calls("ImportIssue")
    def issues(
        self,
        body: ImportIssueRequest | Mapping[str, Any] | None = None,
        /,
        *,
        account_id: str | NotGiven = NOT_GIVEN,
        assignee_id: str | NotGiven = NOT_GIVEN,
        attachment_urls: Sequence[str] | NotGiven = NOT_GIVEN,
        created_at: str | NotGiven = NOT_GIVEN,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        external_issues: Sequence[ImportExternalIssue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        external_refs: ImportIssueExternalRefs | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        first_response_time: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ImportIssueMessage | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        requester_id: str | NotGiven = NOT_GIVEN,
        resolution_time: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        team_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        updated_at: str | NotGiven = NOT_GIVEN,
    ) -> Flow[BoundIssue[M]]:
        """Import issue: `POST /import/issues`.

        Rate limit: 20 requests per minute.

        Required fields: messages, state, title.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "ImportIssue",
                body=body,
                fields=given(
                    account_id=account_id,
                    assignee_id=assignee_id,
                    attachment_urls=attachment_urls,
                    created_at=created_at,
                    custom_fields=custom_fields,
                    external_issues=external_issues,
                    external_refs=external_refs,
                    first_response_time=first_response_time,
                    messages=messages,
                    requester_id=requester_id,
                    resolution_time=resolution_time,
                    state=state,
                    tags=tags,
                    team_id=team_id,
                    title=title,
                    updated_at=updated_at,
                ),
            )
        )


class IssueFollowersMethods(BaseResource[M]):
    """The generated methods of the `IssueFollowers` resource group."""

    with_raw_response: ClassVar[
        RawResponses[IssueFollowersMethods[RawSyncMode], IssueFollowersMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("GetIssueFollowers")
    def list(
        self,
        issue_id: str,
        /,
    ) -> Flow[builtins.list[Follower]]:
        """Get issue followers: `GET /issues/{id}/followers`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetIssueFollowers", path={"id": issue_id}))


class IssueMessagesMethods(BaseResource[M]):
    """The generated methods of the `IssueMessages` resource group."""

    with_raw_response: ClassVar[
        RawResponses[IssueMessagesMethods[RawSyncMode], IssueMessagesMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("DeleteMessage")
    def delete(
        self,
        issue_id: str,
        message_id: str,
        /,
    ) -> Flow[DeleteMessageResponseBody]:
        """Delete message: `DELETE /issues/{id}/messages/{message_id}`.

        Rate limit: 10 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call("DeleteMessage", path={"id": issue_id, "message_id": message_id})
        )

    @paged_method
    @calls("GetIssueMessages")
    def list(
        self,
        issue_id: str,
        /,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Message]:
        """Get issue messages: `GET /issues/{id}/messages`.

        Rate limit: 20 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list(
            "GetIssueMessages",
            path={"id": issue_id},
            limit=limit,
            cursor=cursor,
            max_items=max_items,
        )

    @api_method
    @calls("RedactMessage")
    def redact(
        self,
        issue_id: str,
        message_id: str,
        /,
    ) -> Flow[Message]:
        """Redact message: `POST /issues/{id}/messages/{message_id}/redact`.

        Rate limit: 20 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call("RedactMessage", path={"id": issue_id, "message_id": message_id})
        )


class IssueStatusesMethods(BaseResource[M]):
    """The generated methods of the `IssueStatuses` resource group."""

    with_raw_response: ClassVar[
        RawResponses[IssueStatusesMethods[RawSyncMode], IssueStatusesMethods[RawAsyncMode]]
    ] = RawResponses()

    @paged_method
    @calls("GetIssueStatuses")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[IssueStatus]:
        """Get issue statuses: `GET /issue-statuses`.

        Rate limit: 10 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetIssueStatuses", limit=limit, cursor=cursor, max_items=max_items)


class IssueThreadsMethods(BaseResource[M]):
    """The generated methods of the `IssueThreads` resource group."""

    with_raw_response: ClassVar[
        RawResponses[IssueThreadsMethods[RawSyncMode], IssueThreadsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateIssueThread")
    def create(
        self,
        issue_id: str,
        body: CreateIssueThreadRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | NotGiven = NOT_GIVEN,
    ) -> Flow[IssueThread]:
        """Create issue thread: `POST /issues/{id}/threads`.

        Rate limit: 20 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateIssueThread", path={"id": issue_id}, body=body, fields=given(name=name)
            )
        )

    @api_method
    @calls("GetIssueThreads")
    def list(
        self,
        issue_id: str,
        /,
    ) -> Flow[builtins.list[IssueThread]]:
        """Get issue threads: `GET /issues/{id}/threads`.

        Rate limit: 20 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetIssueThreads", path={"id": issue_id}))


class IssuesMethods(BaseResource[M]):
    """The generated methods of the `Issues` resource group."""

    with_raw_response: ClassVar[
        RawResponses[IssuesMethods[RawSyncMode], IssuesMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateIssueAIResponse")
    def ai_response(
        self,
        issue_id: str,
        body: CreateIssueAIResponseRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        ai_agent_id: str | NotGiven = NOT_GIVEN,
        post_as_internal_note: bool | NotGiven = NOT_GIVEN,
    ) -> Flow[CreateIssueAIResponseResponseBody]:
        """Create issue AI response: `POST /issues/{id}/ai-response`.

        Rate limit: 20 requests per minute.

        Required fields: ai_agent_id.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateIssueAIResponse",
                path={"id": issue_id},
                body=body,
                fields=given(ai_agent_id=ai_agent_id, post_as_internal_note=post_as_internal_note),
            )
        )

    @api_method
    @calls("CreateIssue")
    def create(
        self,
        body: CreateIssueRequest | Mapping[str, Any] | None = None,
        /,
        *,
        description: str | NotGiven = NOT_GIVEN,
        account_id: str | NotGiven = NOT_GIVEN,
        assignee_id: str | NotGiven = NOT_GIVEN,
        attachment_urls: Sequence[str] | NotGiven = NOT_GIVEN,
        author_unverified: bool | NotGiven = NOT_GIVEN,
        body_html: str | NotGiven = NOT_GIVEN,
        contact_id: str | NotGiven = NOT_GIVEN,
        created_at: str | NotGiven = NOT_GIVEN,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        destination_metadata: DestinationMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        priority: str | NotGiven = NOT_GIVEN,
        requester_avatar_url: str | NotGiven = NOT_GIVEN,
        requester_email: str | NotGiven = NOT_GIVEN,
        requester_id: str | NotGiven = NOT_GIVEN,
        requester_name: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        team_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
    ) -> Flow[BoundIssue[M]]:
        """Create issue: `POST /issues`.

        Rate limit: 10 requests per minute.

        Required fields: body_html (or description), title.
        Only the fields given are sent; or pass a body model or dict as `body`.
        `description` is plain text, sent as escaped `body_html`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        body_html = plain_text_field("CreateIssue", description, body_html)
        return (
            yield from self._call(
                "CreateIssue",
                body=body,
                fields=given(
                    account_id=account_id,
                    assignee_id=assignee_id,
                    attachment_urls=attachment_urls,
                    author_unverified=author_unverified,
                    body_html=body_html,
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
                    title=title,
                    user_id=user_id,
                ),
            )
        )

    @api_method
    @calls("DeleteIssue")
    def delete(
        self,
        issue_id: str,
        /,
    ) -> Flow[DeleteIssueResponseBody]:
        """Delete issue: `DELETE /issues/{id}`.

        Rate limit: 20 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("DeleteIssue", path={"id": issue_id}))

    @api_method
    @calls("GetIssue")
    def get(
        self,
        issue_id: str,
        /,
    ) -> Flow[BoundIssue[M]]:
        """Get issue: `GET /issues/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetIssue", path={"id": issue_id}))

    @api_method
    @calls("LinkExternalIssue")
    def link_external_issue(
        self,
        issue_id: str,
        body: LinkExternalIssueRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        external_issue_id: str | NotGiven = NOT_GIVEN,
        operation: str | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
    ) -> Flow[BoundIssue[M]]:
        """Link external issue: `POST /issues/{id}/external-issues`.

        Rate limit: 20 requests per minute.

        Required fields: external_issue_id, source.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "LinkExternalIssue",
                path={"id": issue_id},
                body=body,
                fields=given(
                    external_issue_id=external_issue_id, operation=operation, source=source
                ),
            )
        )

    @paged_method
    @calls("SearchIssues")
    def search(
        self,
        filter: SearchFilter | None = None,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[BoundIssue[M]]:
        """Search issues: `POST /issues/search`.

        Rate limit: 20 requests per minute.

        `filter` is a `pylon.filters` filter or its text form (both checked against
        this endpoint's filterable fields before sending), or a dict in Pylon's form.
        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._search("SearchIssues", filter, limit=limit, cursor=cursor, max_items=max_items)

    @api_method
    @calls("UpdateIssue")
    def update(
        self,
        issue_id: str,
        body: UpdateIssueRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        account_id: str | NotGiven = NOT_GIVEN,
        assignee_id: str | NotGiven = NOT_GIVEN,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        customer_portal_visible: bool | NotGiven = NOT_GIVEN,
        requester_id: str | NotGiven = NOT_GIVEN,
        requestor_id: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        team_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
    ) -> Flow[BoundIssue[M]]:
        """Update issue: `PATCH /issues/{id}`.

        Rate limit: 20 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateIssue",
                path={"id": issue_id},
                body=body,
                fields=given(
                    account_id=account_id,
                    assignee_id=assignee_id,
                    custom_fields=custom_fields,
                    customer_portal_visible=customer_portal_visible,
                    requester_id=requester_id,
                    requestor_id=requestor_id,
                    state=state,
                    tags=tags,
                    team_id=team_id,
                    title=title,
                    type=type,
                ),
            )
        )


class KnowledgeBasesMethods(BaseResource[M]):
    """The generated methods of the `KnowledgeBases` resource group."""

    with_raw_response: ClassVar[
        RawResponses[KnowledgeBasesMethods[RawSyncMode], KnowledgeBasesMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("GetKnowledgeBase")
    def get(
        self,
        knowledge_base_id: str,
        /,
    ) -> Flow[KnowledgeBase]:
        """Get knowledge base: `GET /knowledge-bases/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetKnowledgeBase", path={"id": knowledge_base_id}))

    @paged_method
    @calls("GetKnowledgeBases")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[KnowledgeBase]:
        """Get knowledge bases: `GET /knowledge-bases`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetKnowledgeBases", limit=limit, cursor=cursor, max_items=max_items)


class MacrosMethods(BaseResource[M]):
    """The generated methods of the `Macros` resource group."""

    with_raw_response: ClassVar[
        RawResponses[MacrosMethods[RawSyncMode], MacrosMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateMacro")
    def create(
        self,
        body: CreateMacroRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        conditions: Filter | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        macro_group_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        text_html: str | NotGiven = NOT_GIVEN,
        text_type: str | NotGiven = NOT_GIVEN,
        visibility: VisibilityInput | Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Flow[Macro]:
        """Create macro: `POST /macros`.

        Rate limit: 60 requests per minute.

        Required fields: macro_group_id, name, text_html.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateMacro",
                body=body,
                fields=given(
                    conditions=conditions,
                    macro_group_id=macro_group_id,
                    name=name,
                    text_html=text_html,
                    text_type=text_type,
                    visibility=visibility,
                ),
            )
        )

    @api_method
    @calls("GetMacro")
    def get(
        self,
        macro_id: str,
        /,
    ) -> Flow[Macro]:
        """Get macro: `GET /macros/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetMacro", path={"id": macro_id}))

    @api_method
    @calls("GetMacroGroups")
    def groups(
        self,
    ) -> Flow[builtins.list[MacroGroup]]:
        """Get macro groups: `GET /macro-groups`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetMacroGroups"))

    @api_method
    @calls("GetMacros")
    def list(
        self,
        *,
        macro_group_id: str | NotGiven = NOT_GIVEN,
    ) -> Flow[builtins.list[Macro]]:
        """Get macros: `GET /macros`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetMacros", query=given(macro_group_id=macro_group_id)))

    @api_method
    @calls("UpdateMacro")
    def update(
        self,
        macro_id: str,
        body: UpdateMacroRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        conditions: Filter | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        macro_group_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        text_html: str | NotGiven = NOT_GIVEN,
        text_type: str | NotGiven = NOT_GIVEN,
        visibility: VisibilityInput | Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Flow[Macro]:
        """Update macro: `PATCH /macros/{id}`.

        Rate limit: 60 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateMacro",
                path={"id": macro_id},
                body=body,
                fields=given(
                    conditions=conditions,
                    macro_group_id=macro_group_id,
                    name=name,
                    text_html=text_html,
                    text_type=text_type,
                    visibility=visibility,
                ),
            )
        )


class MeMethods(BaseResource[M]):
    """The generated methods of the `Me` resource group."""

    with_raw_response: ClassVar[RawResponses[MeMethods[RawSyncMode], MeMethods[RawAsyncMode]]] = (
        RawResponses()
    )

    @api_method
    @calls("GetMe")
    def get(
        self,
    ) -> Flow[Me]:
        """Get me: `GET /me`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetMe"))


class MilestonesMethods(BaseResource[M]):
    """The generated methods of the `Milestones` resource group."""

    with_raw_response: ClassVar[
        RawResponses[MilestonesMethods[RawSyncMode], MilestonesMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateMilestone")
    def create(
        self,
        body: CreateMilestoneRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        account_id: str | NotGiven = NOT_GIVEN,
        due_date: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Milestone]:
        """Create milestone: `POST /milestones`.

        Rate limit: 60 requests per minute.

        Required fields: name, project_id.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateMilestone",
                body=body,
                fields=given(
                    account_id=account_id, due_date=due_date, name=name, project_id=project_id
                ),
            )
        )

    @api_method
    @calls("DeleteMilestone")
    def delete(
        self,
        milestone_id: str,
        /,
    ) -> Flow[DeleteMilestoneResponseBody]:
        """Delete milestone: `DELETE /milestones/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("DeleteMilestone", path={"id": milestone_id}))

    @api_method
    @calls("UpdateMilestone")
    def update(
        self,
        milestone_id: str,
        body: UpdateMilestoneRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        due_date: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Milestone]:
        """Update milestone: `PATCH /milestones/{id}`.

        Rate limit: 60 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateMilestone",
                path={"id": milestone_id},
                body=body,
                fields=given(due_date=due_date, name=name),
            )
        )


class ProjectsMethods(BaseResource[M]):
    """The generated methods of the `Projects` resource group."""

    with_raw_response: ClassVar[
        RawResponses[ProjectsMethods[RawSyncMode], ProjectsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateProject")
    def create(
        self,
        body: CreateProjectRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        account_id: str | NotGiven = NOT_GIVEN,
        customer_portal_visible: bool | NotGiven = NOT_GIVEN,
        description_html: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        owner_id: str | NotGiven = NOT_GIVEN,
        project_template_id: str | NotGiven = NOT_GIVEN,
        start_date: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Project]:
        """Create project: `POST /projects`.

        Rate limit: 60 requests per minute.

        Required fields: account_id, name.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateProject",
                body=body,
                fields=given(
                    account_id=account_id,
                    customer_portal_visible=customer_portal_visible,
                    description_html=description_html,
                    end_date=end_date,
                    name=name,
                    owner_id=owner_id,
                    project_template_id=project_template_id,
                    start_date=start_date,
                ),
            )
        )

    @api_method
    @calls("DeleteProject")
    def delete(
        self,
        project_id: str,
        /,
    ) -> Flow[DeleteProjectResponseBody]:
        """Delete project: `DELETE /projects/{id}`.

        Rate limit: 20 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("DeleteProject", path={"id": project_id}))

    @paged_method
    @calls("SearchProjects")
    def search(
        self,
        filter: SearchFilter | None = None,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Project]:
        """Search projects: `POST /projects/search`.

        Rate limit: 20 requests per minute.

        `filter` is a `pylon.filters` filter or its text form (both checked against
        this endpoint's filterable fields before sending), or a dict in Pylon's form.
        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._search(
            "SearchProjects", filter, limit=limit, cursor=cursor, max_items=max_items
        )

    @api_method
    @calls("UpdateProject")
    def update(
        self,
        project_id: str,
        body: UpdateProjectRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        customer_portal_visible: bool | NotGiven = NOT_GIVEN,
        description_html: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        is_archived: bool | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        owner_id: str | NotGiven = NOT_GIVEN,
        start_date: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Project]:
        """Update project: `PATCH /projects/{id}`.

        Rate limit: 60 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateProject",
                path={"id": project_id},
                body=body,
                fields=given(
                    customer_portal_visible=customer_portal_visible,
                    description_html=description_html,
                    end_date=end_date,
                    is_archived=is_archived,
                    name=name,
                    owner_id=owner_id,
                    start_date=start_date,
                ),
            )
        )


class RouteRedirectsMethods(BaseResource[M]):
    """The generated methods of the `RouteRedirects` resource group."""

    with_raw_response: ClassVar[
        RawResponses[RouteRedirectsMethods[RawSyncMode], RouteRedirectsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateRouteRedirect")
    def create(
        self,
        knowledge_base_id: str,
        body: CreateRouteRedirectRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        from_path: str | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        object_id: str | NotGiven = NOT_GIVEN,
        object_type: str | NotGiven = NOT_GIVEN,
    ) -> Flow[RouteRedirect]:
        """Create route redirect: `POST /knowledge-bases/{id}/route-redirects`.

        Rate limit: 10 requests per minute.

        Required fields: from_path, object_id, object_type.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateRouteRedirect",
                path={"id": knowledge_base_id},
                body=body,
                fields=given(
                    from_path=from_path,
                    language=language,
                    object_id=object_id,
                    object_type=object_type,
                ),
            )
        )


class TagsMethods(BaseResource[M]):
    """The generated methods of the `Tags` resource group."""

    with_raw_response: ClassVar[
        RawResponses[TagsMethods[RawSyncMode], TagsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateTag")
    def create(
        self,
        body: CreateTagRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        hex_color: str | NotGiven = NOT_GIVEN,
        object_type: str | NotGiven = NOT_GIVEN,
        value: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Tag]:
        """Create tag: `POST /tags`.

        Rate limit: 60 requests per minute.

        Required fields: object_type, value.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateTag",
                body=body,
                fields=given(hex_color=hex_color, object_type=object_type, value=value),
            )
        )

    @api_method
    @calls("DeleteTag")
    def delete(
        self,
        tag_id: str,
        /,
    ) -> Flow[DeleteTagResponseBody]:
        """Delete tag: `DELETE /tags/{id}`.

        Rate limit: 10 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("DeleteTag", path={"id": tag_id}))

    @api_method
    @calls("GetTag")
    def get(
        self,
        tag_id: str,
        /,
    ) -> Flow[Tag]:
        """Get tag: `GET /tags/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetTag", path={"id": tag_id}))

    @paged_method
    @calls("GetTags")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Tag]:
        """Get tags: `GET /tags`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetTags", limit=limit, cursor=cursor, max_items=max_items)

    @api_method
    @calls("UpdateTag")
    def update(
        self,
        tag_id: str,
        body: UpdateTagRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        hex_color: str | NotGiven = NOT_GIVEN,
        value: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Tag]:
        """Update tag: `PATCH /tags/{id}`.

        Rate limit: 10 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateTag",
                path={"id": tag_id},
                body=body,
                fields=given(hex_color=hex_color, value=value),
            )
        )


class TasksMethods(BaseResource[M]):
    """The generated methods of the `Tasks` resource group."""

    with_raw_response: ClassVar[
        RawResponses[TasksMethods[RawSyncMode], TasksMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateTask")
    def create(
        self,
        body: CreateTaskRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        account_id: str | NotGiven = NOT_GIVEN,
        assignee_id: str | NotGiven = NOT_GIVEN,
        body_html: str | NotGiven = NOT_GIVEN,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        customer_portal_visible: bool | NotGiven = NOT_GIVEN,
        due_date: str | NotGiven = NOT_GIVEN,
        milestone_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Task]:
        """Create task: `POST /tasks`.

        Rate limit: 60 requests per minute.

        Required fields: title.
        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateTask",
                body=body,
                fields=given(
                    account_id=account_id,
                    assignee_id=assignee_id,
                    body_html=body_html,
                    custom_fields=custom_fields,
                    customer_portal_visible=customer_portal_visible,
                    due_date=due_date,
                    milestone_id=milestone_id,
                    project_id=project_id,
                    status=status,
                    title=title,
                ),
            )
        )

    @api_method
    @calls("DeleteTask")
    def delete(
        self,
        task_id: str,
        /,
    ) -> Flow[DeleteTaskResponseBody]:
        """Delete task: `DELETE /tasks/{id}`.

        Rate limit: 20 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("DeleteTask", path={"id": task_id}))

    @api_method
    @calls("GetTask")
    def get(
        self,
        task_id: str,
        /,
    ) -> Flow[Task]:
        """Get task: `GET /tasks/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetTask", path={"id": task_id}))

    @paged_method
    @calls("GetTasks")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Task]:
        """Get tasks: `GET /tasks`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetTasks", limit=limit, cursor=cursor, max_items=max_items)

    @paged_method
    @calls("SearchTasks")
    def search(
        self,
        filter: SearchFilter | None = None,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Task]:
        """Search tasks: `POST /tasks/search`.

        Rate limit: 20 requests per minute.

        `filter` is a `pylon.filters` filter or its text form (both checked against
        this endpoint's filterable fields before sending), or a dict in Pylon's form.
        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._search("SearchTasks", filter, limit=limit, cursor=cursor, max_items=max_items)

    @api_method
    @calls("UpdateTask")
    def update(
        self,
        task_id: str,
        body: UpdateTaskRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        assignee_id: str | NotGiven = NOT_GIVEN,
        body_html: str | NotGiven = NOT_GIVEN,
        custom_fields: Sequence[CustomFieldValue | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        customer_portal_visible: bool | NotGiven = NOT_GIVEN,
        due_date: str | NotGiven = NOT_GIVEN,
        milestone_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
    ) -> Flow[Task]:
        """Update task: `PATCH /tasks/{id}`.

        Rate limit: 60 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateTask",
                path={"id": task_id},
                body=body,
                fields=given(
                    assignee_id=assignee_id,
                    body_html=body_html,
                    custom_fields=custom_fields,
                    customer_portal_visible=customer_portal_visible,
                    due_date=due_date,
                    milestone_id=milestone_id,
                    project_id=project_id,
                    status=status,
                    title=title,
                ),
            )
        )


class TeamsMethods(BaseResource[M]):
    """The generated methods of the `Teams` resource group."""

    with_raw_response: ClassVar[
        RawResponses[TeamsMethods[RawSyncMode], TeamsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateTeam")
    def create(
        self,
        body: CreateTeamRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> Flow[Team]:
        """Create team: `POST /teams`.

        Rate limit: 10 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateTeam", body=body, fields=given(name=name, user_ids=user_ids)
            )
        )

    @api_method
    @calls("GetTeam")
    def get(
        self,
        team_id: str,
        /,
    ) -> Flow[Team]:
        """Get team: `GET /teams/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetTeam", path={"id": team_id}))

    @paged_method
    @calls("GetTeams")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Team]:
        """Get teams: `GET /teams`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetTeams", limit=limit, cursor=cursor, max_items=max_items)

    @api_method
    @calls("UpdateTeam")
    def update(
        self,
        team_id: str,
        body: UpdateTeamRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> Flow[Team]:
        """Update team: `PATCH /teams/{id}`.

        Rate limit: 20 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateTeam",
                path={"id": team_id},
                body=body,
                fields=given(name=name, user_ids=user_ids),
            )
        )


class TicketFormsMethods(BaseResource[M]):
    """The generated methods of the `TicketForms` resource group."""

    with_raw_response: ClassVar[
        RawResponses[TicketFormsMethods[RawSyncMode], TicketFormsMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("GetTicketForm")
    def get(
        self,
        ticket_form_id: str,
        /,
    ) -> Flow[TicketForm]:
        """Get ticket form: `GET /ticket-forms/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetTicketForm", path={"id": ticket_form_id}))

    @paged_method
    @calls("GetTicketForms")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[TicketForm]:
        """Get ticket forms: `GET /ticket-forms`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetTicketForms", limit=limit, cursor=cursor, max_items=max_items)


class TrainingDataMethods(BaseResource[M]):
    """The generated methods of the `TrainingData` resource group."""

    with_raw_response: ClassVar[
        RawResponses[TrainingDataMethods[RawSyncMode], TrainingDataMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateTrainingData")
    def create(
        self,
        body: CreateTrainingDataRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        training_data_name: str | NotGiven = NOT_GIVEN,
        visibility: str | NotGiven = NOT_GIVEN,
    ) -> Flow[TrainingData]:
        """Create training data: `POST /training-data`.

        Rate limit: 10 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "CreateTrainingData",
                body=body,
                fields=given(training_data_name=training_data_name, visibility=visibility),
            )
        )

    @api_method
    @calls("GetTrainingData")
    def get(
        self,
        training_data_id: str,
        /,
    ) -> Flow[TrainingData]:
        """Get training data: `GET /training-data/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetTrainingData", path={"id": training_data_id}))

    @api_method
    @calls("ListTrainingData")
    def list(
        self,
    ) -> Flow[builtins.list[TrainingData]]:
        """List training data: `GET /training-data`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("ListTrainingData"))

    @api_method
    @calls("UploadTrainingDataFileContent")
    def upload_content(
        self,
        body: UploadTrainingDataFileContentRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        content: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        file_name: str | NotGiven = NOT_GIVEN,
        training_data_id: str | NotGiven = NOT_GIVEN,
        training_data_name: str | NotGiven = NOT_GIVEN,
        visibility: str | NotGiven = NOT_GIVEN,
    ) -> Flow[TrainingData]:
        """Upload training data file content: `POST /training-data/upload-content`.

        Rate limit: 10 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UploadTrainingDataFileContent",
                body=body,
                fields=given(
                    content=content,
                    external_id=external_id,
                    file_name=file_name,
                    training_data_id=training_data_id,
                    training_data_name=training_data_name,
                    visibility=visibility,
                ),
            )
        )


class UserRolesMethods(BaseResource[M]):
    """The generated methods of the `UserRoles` resource group."""

    with_raw_response: ClassVar[
        RawResponses[UserRolesMethods[RawSyncMode], UserRolesMethods[RawAsyncMode]]
    ] = RawResponses()

    @paged_method
    @calls("GetUserRoles")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[UserRole]:
        """Get user roles: `GET /user-roles`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetUserRoles", limit=limit, cursor=cursor, max_items=max_items)


class UsersMethods(BaseResource[M]):
    """The generated methods of the `Users` resource group."""

    with_raw_response: ClassVar[
        RawResponses[UsersMethods[RawSyncMode], UsersMethods[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("GetUser")
    def get(
        self,
        user_id: str,
        /,
    ) -> Flow[User]:
        """Get user: `GET /users/{id}`.

        Rate limit: 60 requests per minute.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (yield from self._call("GetUser", path={"id": user_id}))

    @paged_method
    @calls("GetUsers")
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[User]:
        """Get users: `GET /users`.

        Rate limit: 60 requests per minute.

        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._list("GetUsers", limit=limit, cursor=cursor, max_items=max_items)

    @paged_method
    @calls("SearchUsers")
    def search(
        self,
        filter: SearchFilter | None = None,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[User]:
        """Search users: `POST /users/search`.

        Rate limit: 20 requests per minute.

        `filter` is a `pylon.filters` filter or its text form (both checked against
        this endpoint's filterable fields before sending), or a dict in Pylon's form.
        `limit` is the page size, `cursor` resumes a walk, `max_items` caps the total.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return self._search("SearchUsers", filter, limit=limit, cursor=cursor, max_items=max_items)

    @api_method
    @calls("UpdateUser")
    def update(
        self,
        user_id: str,
        body: UpdateUserRequestBody | Mapping[str, Any] | None = None,
        /,
        *,
        avatar_url: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        role_id: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
    ) -> Flow[User]:
        """Update user: `PATCH /users/{id}`.

        Rate limit: 20 requests per minute.

        Only the fields given are sent; or pass a body model or dict as `body`.

        Raises `PylonValidationError` before sending when an argument does not fit the spec, and
        an `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the
        call.
        """
        return (
            yield from self._call(
                "UpdateUser",
                path={"id": user_id},
                body=body,
                fields=given(avatar_url=avatar_url, name=name, role_id=role_id, status=status),
            )
        )
