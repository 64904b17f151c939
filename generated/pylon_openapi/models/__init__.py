"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use (`pylon_openapi.models.Issue` or
`from pylon_openapi.models import Issue`), not when the package is: importing every model up front
costs most of a second, and a program touches a handful of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_custom_fields import AccountCustomFields
    from .account_highlight import AccountHighlight
    from .activity_type import ActivityType
    from .add_issue_followers_request_body import AddIssueFollowersRequestBody
    from .add_issue_followers_response_body import AddIssueFollowersResponseBody
    from .api_custom_object import APICustomObject
    from .api_custom_object_custom_fields import APICustomObjectCustomFields
    from .article import Article
    from .article_translation_input import ArticleTranslationInput
    from .attachment import Attachment
    from .audit_log import AuditLog
    from .audit_log_attributes import AuditLogAttributes
    from .audit_log_metadata import AuditLogMetadata
    from .call_recording import CallRecording
    from .channel import Channel
    from .collection import Collection
    from .contact import Contact
    from .contact_custom_fields import ContactCustomFields
    from .contact_portal_role import ContactPortalRole
    from .create_account_highlight_request_body import CreateAccountHighlightRequestBody
    from .create_account_highlight_response_body import (
        CreateAccountHighlightResponseBody,
    )
    from .create_account_request import CreateAccountRequest
    from .create_account_response_body import CreateAccountResponseBody
    from .create_activity_request import CreateActivityRequest
    from .create_activity_response_body import CreateActivityResponseBody
    from .create_activity_response_data import CreateActivityResponseData
    from .create_article_request_body import CreateArticleRequestBody
    from .create_article_response_body import CreateArticleResponseBody
    from .create_attachment_body import CreateAttachmentBody
    from .create_attachment_response_body import CreateAttachmentResponseBody
    from .create_call_recording_message_request import CreateCallRecordingMessageRequest
    from .create_call_recording_request import CreateCallRecordingRequest
    from .create_call_recording_response_body import CreateCallRecordingResponseBody
    from .create_collection_request_body import CreateCollectionRequestBody
    from .create_collection_response_body import CreateCollectionResponseBody
    from .create_contact_request_body import CreateContactRequestBody
    from .create_contact_request_body_portal_role import (
        CreateContactRequestBodyPortalRole,
    )
    from .create_contact_response_body import CreateContactResponseBody
    from .create_custom_field_request_body import CreateCustomFieldRequestBody
    from .create_custom_field_response_body import CreateCustomFieldResponseBody
    from .create_custom_object_request_body import CreateCustomObjectRequestBody
    from .create_custom_object_request_body_custom_fields import (
        CreateCustomObjectRequestBodyCustomFields,
    )
    from .create_custom_object_response_body import CreateCustomObjectResponseBody
    from .create_issue_ai_response_request_body import CreateIssueAIResponseRequestBody
    from .create_issue_ai_response_response_body import (
        CreateIssueAIResponseResponseBody,
    )
    from .create_issue_note_request_body import CreateIssueNoteRequestBody
    from .create_issue_note_response_body import CreateIssueNoteResponseBody
    from .create_issue_note_response_data import CreateIssueNoteResponseData
    from .create_issue_reply_email_info import CreateIssueReplyEmailInfo
    from .create_issue_reply_request_body import CreateIssueReplyRequestBody
    from .create_issue_reply_response_body import CreateIssueReplyResponseBody
    from .create_issue_reply_response_data import CreateIssueReplyResponseData
    from .create_issue_request import CreateIssueRequest
    from .create_issue_response_body import CreateIssueResponseBody
    from .create_issue_thread_request_body import CreateIssueThreadRequestBody
    from .create_issue_thread_response_body import CreateIssueThreadResponseBody
    from .create_macro_request_body import CreateMacroRequestBody
    from .create_macro_response_body import CreateMacroResponseBody
    from .create_milestone_request_body import CreateMilestoneRequestBody
    from .create_milestone_response_body import CreateMilestoneResponseBody
    from .create_project_request_body import CreateProjectRequestBody
    from .create_project_response_body import CreateProjectResponseBody
    from .create_route_redirect_request_body import CreateRouteRedirectRequestBody
    from .create_route_redirect_response_body import CreateRouteRedirectResponseBody
    from .create_tag_request_body import CreateTagRequestBody
    from .create_tag_response_body import CreateTagResponseBody
    from .create_task_request_body import CreateTaskRequestBody
    from .create_task_response_body import CreateTaskResponseBody
    from .create_team_request_body import CreateTeamRequestBody
    from .create_team_response_body import CreateTeamResponseBody
    from .create_training_data_request_body import CreateTrainingDataRequestBody
    from .create_training_data_response_body import CreateTrainingDataResponseBody
    from .crm_details import CRMDetails
    from .crm_settings import CRMSettings
    from .csat_response import CSATResponse
    from .custom_field_definition import CustomFieldDefinition
    from .custom_field_definition_select_option import CustomFieldDefinitionSelectOption
    from .custom_field_value import CustomFieldValue
    from .custom_source_info import CustomSourceInfo
    from .custom_source_info_metadata import CustomSourceInfoMetadata
    from .custom_source_info_metadata_additional_property import (
        CustomSourceInfoMetadataAdditionalProperty,
    )
    from .delete_account_highlight_response_body import (
        DeleteAccountHighlightResponseBody,
    )
    from .delete_account_highlight_response_data import (
        DeleteAccountHighlightResponseData,
    )
    from .delete_account_response_body import DeleteAccountResponseBody
    from .delete_article_response_body import DeleteArticleResponseBody
    from .delete_collection_response_body import DeleteCollectionResponseBody
    from .delete_contact_response_body import DeleteContactResponseBody
    from .delete_custom_object_response_body import DeleteCustomObjectResponseBody
    from .delete_feature_request_response_body import DeleteFeatureRequestResponseBody
    from .delete_issue_response_body import DeleteIssueResponseBody
    from .delete_message_response_body import DeleteMessageResponseBody
    from .delete_milestone_response_body import DeleteMilestoneResponseBody
    from .delete_project_response_body import DeleteProjectResponseBody
    from .delete_tag_response_body import DeleteTagResponseBody
    from .delete_task_response_body import DeleteTaskResponseBody
    from .delete_training_data_documents_response_body import (
        DeleteTrainingDataDocumentsResponseBody,
    )
    from .destination_metadata import DestinationMetadata
    from .destination_metadata_destination import DestinationMetadataDestination
    from .email_message_info import EmailMessageInfo
    from .error_api_response_body import ErrorApiResponseBody
    from .external_id import ExternalID
    from .external_issue import ExternalIssue
    from .feature_request import FeatureRequest
    from .feature_request_custom_fields import FeatureRequestCustomFields
    from .feature_request_evidence import FeatureRequestEvidence
    from .feature_request_search_result import FeatureRequestSearchResult
    from .feature_request_search_result_custom_fields import (
        FeatureRequestSearchResultCustomFields,
    )
    from .filter_ import Filter
    from .filter_operator import FilterOperator
    from .follower import Follower
    from .follower_type import FollowerType
    from .get_account_response_body import GetAccountResponseBody
    from .get_accounts_response_body import GetAccountsResponseBody
    from .get_activity_types_response_body import GetActivityTypesResponseBody
    from .get_article_response_body import GetArticleResponseBody
    from .get_articles_response_body import GetArticlesResponseBody
    from .get_audit_logs_response_body import GetAuditLogsResponseBody
    from .get_collection_response_body import GetCollectionResponseBody
    from .get_collections_response_body import GetCollectionsResponseBody
    from .get_contact_response_body import GetContactResponseBody
    from .get_contacts_response_body import GetContactsResponseBody
    from .get_custom_field_response_body import GetCustomFieldResponseBody
    from .get_custom_fields_response_body import GetCustomFieldsResponseBody
    from .get_custom_object_response_body import GetCustomObjectResponseBody
    from .get_custom_objects_response_body import GetCustomObjectsResponseBody
    from .get_feature_request_response_body import GetFeatureRequestResponseBody
    from .get_issue_followers_response_body import GetIssueFollowersResponseBody
    from .get_issue_messages_response_body import GetIssueMessagesResponseBody
    from .get_issue_response_body import GetIssueResponseBody
    from .get_issue_statuses_response_body import GetIssueStatusesResponseBody
    from .get_issue_threads_response_body import GetIssueThreadsResponseBody
    from .get_issues_response_body import GetIssuesResponseBody
    from .get_knowledge_base_response_body import GetKnowledgeBaseResponseBody
    from .get_knowledge_bases_response_body import GetKnowledgeBasesResponseBody
    from .get_macro_groups_response_body import GetMacroGroupsResponseBody
    from .get_macro_response_body import GetMacroResponseBody
    from .get_macros_response_body import GetMacrosResponseBody
    from .get_me_response_body import GetMeResponseBody
    from .get_survey_response_body import GetSurveyResponseBody
    from .get_survey_responses_response_body import GetSurveyResponsesResponseBody
    from .get_surveys_response_body import GetSurveysResponseBody
    from .get_tag_response_body import GetTagResponseBody
    from .get_tags_response_body import GetTagsResponseBody
    from .get_task_response_body import GetTaskResponseBody
    from .get_tasks_response_body import GetTasksResponseBody
    from .get_team_response_body import GetTeamResponseBody
    from .get_teams_response_body import GetTeamsResponseBody
    from .get_ticket_form_response_body import GetTicketFormResponseBody
    from .get_ticket_forms_response_body import GetTicketFormsResponseBody
    from .get_training_data_response_body import GetTrainingDataResponseBody
    from .get_user_response_body import GetUserResponseBody
    from .get_user_roles_response_body import GetUserRolesResponseBody
    from .get_users_response_body import GetUsersResponseBody
    from .import_contact_request_body import ImportContactRequestBody
    from .import_contact_request_body_portal_role import (
        ImportContactRequestBodyPortalRole,
    )
    from .import_contact_response_body import ImportContactResponseBody
    from .import_external_issue import ImportExternalIssue
    from .import_issue_external_refs import ImportIssueExternalRefs
    from .import_issue_message import ImportIssueMessage
    from .import_issue_request import ImportIssueRequest
    from .import_issue_response_body import ImportIssueResponseBody
    from .import_messages_request import ImportMessagesRequest
    from .import_messages_response_body import ImportMessagesResponseBody
    from .integration_user_id import IntegrationUserID
    from .issue import Issue
    from .issue_business_hours_time_in_status_seconds import (
        IssueBusinessHoursTimeInStatusSeconds,
    )
    from .issue_chat_widget_info import IssueChatWidgetInfo
    from .issue_custom_fields import IssueCustomFields
    from .issue_source import IssueSource
    from .issue_status import IssueStatus
    from .issue_thread import IssueThread
    from .issue_time_in_status_seconds import IssueTimeInStatusSeconds
    from .issue_type import IssueType
    from .knowledge_base import KnowledgeBase
    from .link_external_issue_request_body import LinkExternalIssueRequestBody
    from .link_external_issue_response_body import LinkExternalIssueResponseBody
    from .list_training_data_response_body import ListTrainingDataResponseBody
    from .macro import Macro
    from .macro_action import MacroAction
    from .macro_group import MacroGroup
    from .me import Me
    from .message import Message
    from .message_author import MessageAuthor
    from .milestone import Milestone
    from .mini_account import MiniAccount
    from .mini_contact import MiniContact
    from .mini_milestone import MiniMilestone
    from .mini_project import MiniProject
    from .mini_project_template import MiniProjectTemplate
    from .mini_team import MiniTeam
    from .mini_user import MiniUser
    from .mirror_channel import MirrorChannel
    from .number_metadata import NumberMetadata
    from .number_metadata_format import NumberMetadataFormat
    from .pagination import Pagination
    from .project import Project
    from .redact_message_response_body import RedactMessageResponseBody
    from .route_redirect import RouteRedirect
    from .search_accounts_request import SearchAccountsRequest
    from .search_accounts_response_body import SearchAccountsResponseBody
    from .search_contacts_request import SearchContactsRequest
    from .search_contacts_response_body import SearchContactsResponseBody
    from .search_custom_objects_request import SearchCustomObjectsRequest
    from .search_custom_objects_response_body import SearchCustomObjectsResponseBody
    from .search_feature_requests_request import SearchFeatureRequestsRequest
    from .search_feature_requests_response_body import SearchFeatureRequestsResponseBody
    from .search_issues_request import SearchIssuesRequest
    from .search_issues_response_body import SearchIssuesResponseBody
    from .search_projects_request import SearchProjectsRequest
    from .search_projects_response_body import SearchProjectsResponseBody
    from .search_surveys_request import SearchSurveysRequest
    from .search_surveys_response_body import SearchSurveysResponseBody
    from .search_tasks_request import SearchTasksRequest
    from .search_tasks_response_body import SearchTasksResponseBody
    from .search_users_request import SearchUsersRequest
    from .search_users_response_body import SearchUsersResponseBody
    from .select_metadata import SelectMetadata
    from .slack_info import SlackInfo
    from .snooze_issue_request_body import SnoozeIssueRequestBody
    from .snooze_issue_response_body import SnoozeIssueResponseBody
    from .survey import Survey
    from .survey_response import SurveyResponse
    from .survey_response_answer import SurveyResponseAnswer
    from .survey_type import SurveyType
    from .tag import Tag
    from .task import Task
    from .task_assignee import TaskAssignee
    from .task_custom_fields import TaskCustomFields
    from .team import Team
    from .ticket_form import TicketForm
    from .ticket_form_layout_field import TicketFormLayoutField
    from .training_data import TrainingData
    from .training_data_document import TrainingDataDocument
    from .training_data_scrape_status import TrainingDataScrapeStatus
    from .training_data_upload_response_body import TrainingDataUploadResponseBody
    from .update_account_highlight_request_body import UpdateAccountHighlightRequestBody
    from .update_account_highlight_response_body import (
        UpdateAccountHighlightResponseBody,
    )
    from .update_account_request_body import UpdateAccountRequestBody
    from .update_account_response_body import UpdateAccountResponseBody
    from .update_accounts_request import UpdateAccountsRequest
    from .update_accounts_response_body import UpdateAccountsResponseBody
    from .update_article_request_body import UpdateArticleRequestBody
    from .update_article_response_body import UpdateArticleResponseBody
    from .update_contact_email import UpdateContactEmail
    from .update_contact_request_body import UpdateContactRequestBody
    from .update_contact_request_body_portal_role import (
        UpdateContactRequestBodyPortalRole,
    )
    from .update_contact_response_body import UpdateContactResponseBody
    from .update_custom_field_request_body import UpdateCustomFieldRequestBody
    from .update_custom_field_response_body import UpdateCustomFieldResponseBody
    from .update_custom_object_request_body import UpdateCustomObjectRequestBody
    from .update_custom_object_request_body_custom_fields import (
        UpdateCustomObjectRequestBodyCustomFields,
    )
    from .update_custom_object_response_body import UpdateCustomObjectResponseBody
    from .update_feature_request_request_body import UpdateFeatureRequestRequestBody
    from .update_feature_request_response_body import UpdateFeatureRequestResponseBody
    from .update_issue_request_body import UpdateIssueRequestBody
    from .update_issue_request_body_type import UpdateIssueRequestBodyType
    from .update_issue_response_body import UpdateIssueResponseBody
    from .update_macro_request_body import UpdateMacroRequestBody
    from .update_macro_response_body import UpdateMacroResponseBody
    from .update_milestone_request_body import UpdateMilestoneRequestBody
    from .update_milestone_response_body import UpdateMilestoneResponseBody
    from .update_project_request_body import UpdateProjectRequestBody
    from .update_project_response_body import UpdateProjectResponseBody
    from .update_tag_request_body import UpdateTagRequestBody
    from .update_tag_response_body import UpdateTagResponseBody
    from .update_task_request_body import UpdateTaskRequestBody
    from .update_task_response_body import UpdateTaskResponseBody
    from .update_team_request_body import UpdateTeamRequestBody
    from .update_team_response_body import UpdateTeamResponseBody
    from .update_user_request_body import UpdateUserRequestBody
    from .update_user_response_body import UpdateUserResponseBody
    from .upload_account_file_body import UploadAccountFileBody
    from .upload_account_file_response_body import UploadAccountFileResponseBody
    from .upload_training_data_file_content_request_body import (
        UploadTrainingDataFileContentRequestBody,
    )
    from .upload_training_data_files_body import UploadTrainingDataFilesBody
    from .user import User
    from .user_role import UserRole
    from .visibility import Visibility
    from .visibility_config import VisibilityConfig
    from .visibility_config_ai_agent_access import VisibilityConfigAiAgentAccess
    from .visibility_config_visibility import VisibilityConfigVisibility
    from .visibility_input import VisibilityInput
    from .visibility_input_type import VisibilityInputType

# Model name -> the module (relative to this package) that defines it.
_MODULES = {
    "Account": ".account",
    "AccountCustomFields": ".account_custom_fields",
    "AccountHighlight": ".account_highlight",
    "ActivityType": ".activity_type",
    "AddIssueFollowersRequestBody": ".add_issue_followers_request_body",
    "AddIssueFollowersResponseBody": ".add_issue_followers_response_body",
    "APICustomObject": ".api_custom_object",
    "APICustomObjectCustomFields": ".api_custom_object_custom_fields",
    "Article": ".article",
    "ArticleTranslationInput": ".article_translation_input",
    "Attachment": ".attachment",
    "AuditLog": ".audit_log",
    "AuditLogAttributes": ".audit_log_attributes",
    "AuditLogMetadata": ".audit_log_metadata",
    "CallRecording": ".call_recording",
    "Channel": ".channel",
    "Collection": ".collection",
    "Contact": ".contact",
    "ContactCustomFields": ".contact_custom_fields",
    "ContactPortalRole": ".contact_portal_role",
    "CreateAccountHighlightRequestBody": ".create_account_highlight_request_body",
    "CreateAccountHighlightResponseBody": ".create_account_highlight_response_body",
    "CreateAccountRequest": ".create_account_request",
    "CreateAccountResponseBody": ".create_account_response_body",
    "CreateActivityRequest": ".create_activity_request",
    "CreateActivityResponseBody": ".create_activity_response_body",
    "CreateActivityResponseData": ".create_activity_response_data",
    "CreateArticleRequestBody": ".create_article_request_body",
    "CreateArticleResponseBody": ".create_article_response_body",
    "CreateAttachmentBody": ".create_attachment_body",
    "CreateAttachmentResponseBody": ".create_attachment_response_body",
    "CreateCallRecordingMessageRequest": ".create_call_recording_message_request",
    "CreateCallRecordingRequest": ".create_call_recording_request",
    "CreateCallRecordingResponseBody": ".create_call_recording_response_body",
    "CreateCollectionRequestBody": ".create_collection_request_body",
    "CreateCollectionResponseBody": ".create_collection_response_body",
    "CreateContactRequestBody": ".create_contact_request_body",
    "CreateContactRequestBodyPortalRole": ".create_contact_request_body_portal_role",
    "CreateContactResponseBody": ".create_contact_response_body",
    "CreateCustomFieldRequestBody": ".create_custom_field_request_body",
    "CreateCustomFieldResponseBody": ".create_custom_field_response_body",
    "CreateCustomObjectRequestBody": ".create_custom_object_request_body",
    "CreateCustomObjectRequestBodyCustomFields": ".create_custom_object_request_body_custom_fields",
    "CreateCustomObjectResponseBody": ".create_custom_object_response_body",
    "CreateIssueAIResponseRequestBody": ".create_issue_ai_response_request_body",
    "CreateIssueAIResponseResponseBody": ".create_issue_ai_response_response_body",
    "CreateIssueNoteRequestBody": ".create_issue_note_request_body",
    "CreateIssueNoteResponseBody": ".create_issue_note_response_body",
    "CreateIssueNoteResponseData": ".create_issue_note_response_data",
    "CreateIssueReplyEmailInfo": ".create_issue_reply_email_info",
    "CreateIssueReplyRequestBody": ".create_issue_reply_request_body",
    "CreateIssueReplyResponseBody": ".create_issue_reply_response_body",
    "CreateIssueReplyResponseData": ".create_issue_reply_response_data",
    "CreateIssueRequest": ".create_issue_request",
    "CreateIssueResponseBody": ".create_issue_response_body",
    "CreateIssueThreadRequestBody": ".create_issue_thread_request_body",
    "CreateIssueThreadResponseBody": ".create_issue_thread_response_body",
    "CreateMacroRequestBody": ".create_macro_request_body",
    "CreateMacroResponseBody": ".create_macro_response_body",
    "CreateMilestoneRequestBody": ".create_milestone_request_body",
    "CreateMilestoneResponseBody": ".create_milestone_response_body",
    "CreateProjectRequestBody": ".create_project_request_body",
    "CreateProjectResponseBody": ".create_project_response_body",
    "CreateRouteRedirectRequestBody": ".create_route_redirect_request_body",
    "CreateRouteRedirectResponseBody": ".create_route_redirect_response_body",
    "CreateTagRequestBody": ".create_tag_request_body",
    "CreateTagResponseBody": ".create_tag_response_body",
    "CreateTaskRequestBody": ".create_task_request_body",
    "CreateTaskResponseBody": ".create_task_response_body",
    "CreateTeamRequestBody": ".create_team_request_body",
    "CreateTeamResponseBody": ".create_team_response_body",
    "CreateTrainingDataRequestBody": ".create_training_data_request_body",
    "CreateTrainingDataResponseBody": ".create_training_data_response_body",
    "CRMDetails": ".crm_details",
    "CRMSettings": ".crm_settings",
    "CSATResponse": ".csat_response",
    "CustomFieldDefinition": ".custom_field_definition",
    "CustomFieldDefinitionSelectOption": ".custom_field_definition_select_option",
    "CustomFieldValue": ".custom_field_value",
    "CustomSourceInfo": ".custom_source_info",
    "CustomSourceInfoMetadata": ".custom_source_info_metadata",
    "CustomSourceInfoMetadataAdditionalProperty": ".custom_source_info_metadata_additional_property",
    "DeleteAccountHighlightResponseBody": ".delete_account_highlight_response_body",
    "DeleteAccountHighlightResponseData": ".delete_account_highlight_response_data",
    "DeleteAccountResponseBody": ".delete_account_response_body",
    "DeleteArticleResponseBody": ".delete_article_response_body",
    "DeleteCollectionResponseBody": ".delete_collection_response_body",
    "DeleteContactResponseBody": ".delete_contact_response_body",
    "DeleteCustomObjectResponseBody": ".delete_custom_object_response_body",
    "DeleteFeatureRequestResponseBody": ".delete_feature_request_response_body",
    "DeleteIssueResponseBody": ".delete_issue_response_body",
    "DeleteMessageResponseBody": ".delete_message_response_body",
    "DeleteMilestoneResponseBody": ".delete_milestone_response_body",
    "DeleteProjectResponseBody": ".delete_project_response_body",
    "DeleteTagResponseBody": ".delete_tag_response_body",
    "DeleteTaskResponseBody": ".delete_task_response_body",
    "DeleteTrainingDataDocumentsResponseBody": ".delete_training_data_documents_response_body",
    "DestinationMetadata": ".destination_metadata",
    "DestinationMetadataDestination": ".destination_metadata_destination",
    "EmailMessageInfo": ".email_message_info",
    "ErrorApiResponseBody": ".error_api_response_body",
    "ExternalID": ".external_id",
    "ExternalIssue": ".external_issue",
    "FeatureRequest": ".feature_request",
    "FeatureRequestCustomFields": ".feature_request_custom_fields",
    "FeatureRequestEvidence": ".feature_request_evidence",
    "FeatureRequestSearchResult": ".feature_request_search_result",
    "FeatureRequestSearchResultCustomFields": ".feature_request_search_result_custom_fields",
    "Filter": ".filter_",
    "FilterOperator": ".filter_operator",
    "Follower": ".follower",
    "FollowerType": ".follower_type",
    "GetAccountResponseBody": ".get_account_response_body",
    "GetAccountsResponseBody": ".get_accounts_response_body",
    "GetActivityTypesResponseBody": ".get_activity_types_response_body",
    "GetArticleResponseBody": ".get_article_response_body",
    "GetArticlesResponseBody": ".get_articles_response_body",
    "GetAuditLogsResponseBody": ".get_audit_logs_response_body",
    "GetCollectionResponseBody": ".get_collection_response_body",
    "GetCollectionsResponseBody": ".get_collections_response_body",
    "GetContactResponseBody": ".get_contact_response_body",
    "GetContactsResponseBody": ".get_contacts_response_body",
    "GetCustomFieldResponseBody": ".get_custom_field_response_body",
    "GetCustomFieldsResponseBody": ".get_custom_fields_response_body",
    "GetCustomObjectResponseBody": ".get_custom_object_response_body",
    "GetCustomObjectsResponseBody": ".get_custom_objects_response_body",
    "GetFeatureRequestResponseBody": ".get_feature_request_response_body",
    "GetIssueFollowersResponseBody": ".get_issue_followers_response_body",
    "GetIssueMessagesResponseBody": ".get_issue_messages_response_body",
    "GetIssueResponseBody": ".get_issue_response_body",
    "GetIssueStatusesResponseBody": ".get_issue_statuses_response_body",
    "GetIssueThreadsResponseBody": ".get_issue_threads_response_body",
    "GetIssuesResponseBody": ".get_issues_response_body",
    "GetKnowledgeBaseResponseBody": ".get_knowledge_base_response_body",
    "GetKnowledgeBasesResponseBody": ".get_knowledge_bases_response_body",
    "GetMacroGroupsResponseBody": ".get_macro_groups_response_body",
    "GetMacroResponseBody": ".get_macro_response_body",
    "GetMacrosResponseBody": ".get_macros_response_body",
    "GetMeResponseBody": ".get_me_response_body",
    "GetSurveyResponseBody": ".get_survey_response_body",
    "GetSurveyResponsesResponseBody": ".get_survey_responses_response_body",
    "GetSurveysResponseBody": ".get_surveys_response_body",
    "GetTagResponseBody": ".get_tag_response_body",
    "GetTagsResponseBody": ".get_tags_response_body",
    "GetTaskResponseBody": ".get_task_response_body",
    "GetTasksResponseBody": ".get_tasks_response_body",
    "GetTeamResponseBody": ".get_team_response_body",
    "GetTeamsResponseBody": ".get_teams_response_body",
    "GetTicketFormResponseBody": ".get_ticket_form_response_body",
    "GetTicketFormsResponseBody": ".get_ticket_forms_response_body",
    "GetTrainingDataResponseBody": ".get_training_data_response_body",
    "GetUserResponseBody": ".get_user_response_body",
    "GetUserRolesResponseBody": ".get_user_roles_response_body",
    "GetUsersResponseBody": ".get_users_response_body",
    "ImportContactRequestBody": ".import_contact_request_body",
    "ImportContactRequestBodyPortalRole": ".import_contact_request_body_portal_role",
    "ImportContactResponseBody": ".import_contact_response_body",
    "ImportExternalIssue": ".import_external_issue",
    "ImportIssueExternalRefs": ".import_issue_external_refs",
    "ImportIssueMessage": ".import_issue_message",
    "ImportIssueRequest": ".import_issue_request",
    "ImportIssueResponseBody": ".import_issue_response_body",
    "ImportMessagesRequest": ".import_messages_request",
    "ImportMessagesResponseBody": ".import_messages_response_body",
    "IntegrationUserID": ".integration_user_id",
    "Issue": ".issue",
    "IssueBusinessHoursTimeInStatusSeconds": ".issue_business_hours_time_in_status_seconds",
    "IssueChatWidgetInfo": ".issue_chat_widget_info",
    "IssueCustomFields": ".issue_custom_fields",
    "IssueSource": ".issue_source",
    "IssueStatus": ".issue_status",
    "IssueThread": ".issue_thread",
    "IssueTimeInStatusSeconds": ".issue_time_in_status_seconds",
    "IssueType": ".issue_type",
    "KnowledgeBase": ".knowledge_base",
    "LinkExternalIssueRequestBody": ".link_external_issue_request_body",
    "LinkExternalIssueResponseBody": ".link_external_issue_response_body",
    "ListTrainingDataResponseBody": ".list_training_data_response_body",
    "Macro": ".macro",
    "MacroAction": ".macro_action",
    "MacroGroup": ".macro_group",
    "Me": ".me",
    "Message": ".message",
    "MessageAuthor": ".message_author",
    "Milestone": ".milestone",
    "MiniAccount": ".mini_account",
    "MiniContact": ".mini_contact",
    "MiniMilestone": ".mini_milestone",
    "MiniProject": ".mini_project",
    "MiniProjectTemplate": ".mini_project_template",
    "MiniTeam": ".mini_team",
    "MiniUser": ".mini_user",
    "MirrorChannel": ".mirror_channel",
    "NumberMetadata": ".number_metadata",
    "NumberMetadataFormat": ".number_metadata_format",
    "Pagination": ".pagination",
    "Project": ".project",
    "RedactMessageResponseBody": ".redact_message_response_body",
    "RouteRedirect": ".route_redirect",
    "SearchAccountsRequest": ".search_accounts_request",
    "SearchAccountsResponseBody": ".search_accounts_response_body",
    "SearchContactsRequest": ".search_contacts_request",
    "SearchContactsResponseBody": ".search_contacts_response_body",
    "SearchCustomObjectsRequest": ".search_custom_objects_request",
    "SearchCustomObjectsResponseBody": ".search_custom_objects_response_body",
    "SearchFeatureRequestsRequest": ".search_feature_requests_request",
    "SearchFeatureRequestsResponseBody": ".search_feature_requests_response_body",
    "SearchIssuesRequest": ".search_issues_request",
    "SearchIssuesResponseBody": ".search_issues_response_body",
    "SearchProjectsRequest": ".search_projects_request",
    "SearchProjectsResponseBody": ".search_projects_response_body",
    "SearchSurveysRequest": ".search_surveys_request",
    "SearchSurveysResponseBody": ".search_surveys_response_body",
    "SearchTasksRequest": ".search_tasks_request",
    "SearchTasksResponseBody": ".search_tasks_response_body",
    "SearchUsersRequest": ".search_users_request",
    "SearchUsersResponseBody": ".search_users_response_body",
    "SelectMetadata": ".select_metadata",
    "SlackInfo": ".slack_info",
    "SnoozeIssueRequestBody": ".snooze_issue_request_body",
    "SnoozeIssueResponseBody": ".snooze_issue_response_body",
    "Survey": ".survey",
    "SurveyResponse": ".survey_response",
    "SurveyResponseAnswer": ".survey_response_answer",
    "SurveyType": ".survey_type",
    "Tag": ".tag",
    "Task": ".task",
    "TaskAssignee": ".task_assignee",
    "TaskCustomFields": ".task_custom_fields",
    "Team": ".team",
    "TicketForm": ".ticket_form",
    "TicketFormLayoutField": ".ticket_form_layout_field",
    "TrainingData": ".training_data",
    "TrainingDataDocument": ".training_data_document",
    "TrainingDataScrapeStatus": ".training_data_scrape_status",
    "TrainingDataUploadResponseBody": ".training_data_upload_response_body",
    "UpdateAccountHighlightRequestBody": ".update_account_highlight_request_body",
    "UpdateAccountHighlightResponseBody": ".update_account_highlight_response_body",
    "UpdateAccountRequestBody": ".update_account_request_body",
    "UpdateAccountResponseBody": ".update_account_response_body",
    "UpdateAccountsRequest": ".update_accounts_request",
    "UpdateAccountsResponseBody": ".update_accounts_response_body",
    "UpdateArticleRequestBody": ".update_article_request_body",
    "UpdateArticleResponseBody": ".update_article_response_body",
    "UpdateContactEmail": ".update_contact_email",
    "UpdateContactRequestBody": ".update_contact_request_body",
    "UpdateContactRequestBodyPortalRole": ".update_contact_request_body_portal_role",
    "UpdateContactResponseBody": ".update_contact_response_body",
    "UpdateCustomFieldRequestBody": ".update_custom_field_request_body",
    "UpdateCustomFieldResponseBody": ".update_custom_field_response_body",
    "UpdateCustomObjectRequestBody": ".update_custom_object_request_body",
    "UpdateCustomObjectRequestBodyCustomFields": ".update_custom_object_request_body_custom_fields",
    "UpdateCustomObjectResponseBody": ".update_custom_object_response_body",
    "UpdateFeatureRequestRequestBody": ".update_feature_request_request_body",
    "UpdateFeatureRequestResponseBody": ".update_feature_request_response_body",
    "UpdateIssueRequestBody": ".update_issue_request_body",
    "UpdateIssueRequestBodyType": ".update_issue_request_body_type",
    "UpdateIssueResponseBody": ".update_issue_response_body",
    "UpdateMacroRequestBody": ".update_macro_request_body",
    "UpdateMacroResponseBody": ".update_macro_response_body",
    "UpdateMilestoneRequestBody": ".update_milestone_request_body",
    "UpdateMilestoneResponseBody": ".update_milestone_response_body",
    "UpdateProjectRequestBody": ".update_project_request_body",
    "UpdateProjectResponseBody": ".update_project_response_body",
    "UpdateTagRequestBody": ".update_tag_request_body",
    "UpdateTagResponseBody": ".update_tag_response_body",
    "UpdateTaskRequestBody": ".update_task_request_body",
    "UpdateTaskResponseBody": ".update_task_response_body",
    "UpdateTeamRequestBody": ".update_team_request_body",
    "UpdateTeamResponseBody": ".update_team_response_body",
    "UpdateUserRequestBody": ".update_user_request_body",
    "UpdateUserResponseBody": ".update_user_response_body",
    "UploadAccountFileBody": ".upload_account_file_body",
    "UploadAccountFileResponseBody": ".upload_account_file_response_body",
    "UploadTrainingDataFileContentRequestBody": ".upload_training_data_file_content_request_body",
    "UploadTrainingDataFilesBody": ".upload_training_data_files_body",
    "User": ".user",
    "UserRole": ".user_role",
    "Visibility": ".visibility",
    "VisibilityConfig": ".visibility_config",
    "VisibilityConfigAiAgentAccess": ".visibility_config_ai_agent_access",
    "VisibilityConfigVisibility": ".visibility_config_visibility",
    "VisibilityInput": ".visibility_input",
    "VisibilityInputType": ".visibility_input_type",
}

__all__ = (
    "Account",
    "AccountCustomFields",
    "AccountHighlight",
    "ActivityType",
    "AddIssueFollowersRequestBody",
    "AddIssueFollowersResponseBody",
    "APICustomObject",
    "APICustomObjectCustomFields",
    "Article",
    "ArticleTranslationInput",
    "Attachment",
    "AuditLog",
    "AuditLogAttributes",
    "AuditLogMetadata",
    "CallRecording",
    "Channel",
    "Collection",
    "Contact",
    "ContactCustomFields",
    "ContactPortalRole",
    "CreateAccountHighlightRequestBody",
    "CreateAccountHighlightResponseBody",
    "CreateAccountRequest",
    "CreateAccountResponseBody",
    "CreateActivityRequest",
    "CreateActivityResponseBody",
    "CreateActivityResponseData",
    "CreateArticleRequestBody",
    "CreateArticleResponseBody",
    "CreateAttachmentBody",
    "CreateAttachmentResponseBody",
    "CreateCallRecordingMessageRequest",
    "CreateCallRecordingRequest",
    "CreateCallRecordingResponseBody",
    "CreateCollectionRequestBody",
    "CreateCollectionResponseBody",
    "CreateContactRequestBody",
    "CreateContactRequestBodyPortalRole",
    "CreateContactResponseBody",
    "CreateCustomFieldRequestBody",
    "CreateCustomFieldResponseBody",
    "CreateCustomObjectRequestBody",
    "CreateCustomObjectRequestBodyCustomFields",
    "CreateCustomObjectResponseBody",
    "CreateIssueAIResponseRequestBody",
    "CreateIssueAIResponseResponseBody",
    "CreateIssueNoteRequestBody",
    "CreateIssueNoteResponseBody",
    "CreateIssueNoteResponseData",
    "CreateIssueReplyEmailInfo",
    "CreateIssueReplyRequestBody",
    "CreateIssueReplyResponseBody",
    "CreateIssueReplyResponseData",
    "CreateIssueRequest",
    "CreateIssueResponseBody",
    "CreateIssueThreadRequestBody",
    "CreateIssueThreadResponseBody",
    "CreateMacroRequestBody",
    "CreateMacroResponseBody",
    "CreateMilestoneRequestBody",
    "CreateMilestoneResponseBody",
    "CreateProjectRequestBody",
    "CreateProjectResponseBody",
    "CreateRouteRedirectRequestBody",
    "CreateRouteRedirectResponseBody",
    "CreateTagRequestBody",
    "CreateTagResponseBody",
    "CreateTaskRequestBody",
    "CreateTaskResponseBody",
    "CreateTeamRequestBody",
    "CreateTeamResponseBody",
    "CreateTrainingDataRequestBody",
    "CreateTrainingDataResponseBody",
    "CRMDetails",
    "CRMSettings",
    "CSATResponse",
    "CustomFieldDefinition",
    "CustomFieldDefinitionSelectOption",
    "CustomFieldValue",
    "CustomSourceInfo",
    "CustomSourceInfoMetadata",
    "CustomSourceInfoMetadataAdditionalProperty",
    "DeleteAccountHighlightResponseBody",
    "DeleteAccountHighlightResponseData",
    "DeleteAccountResponseBody",
    "DeleteArticleResponseBody",
    "DeleteCollectionResponseBody",
    "DeleteContactResponseBody",
    "DeleteCustomObjectResponseBody",
    "DeleteFeatureRequestResponseBody",
    "DeleteIssueResponseBody",
    "DeleteMessageResponseBody",
    "DeleteMilestoneResponseBody",
    "DeleteProjectResponseBody",
    "DeleteTagResponseBody",
    "DeleteTaskResponseBody",
    "DeleteTrainingDataDocumentsResponseBody",
    "DestinationMetadata",
    "DestinationMetadataDestination",
    "EmailMessageInfo",
    "ErrorApiResponseBody",
    "ExternalID",
    "ExternalIssue",
    "FeatureRequest",
    "FeatureRequestCustomFields",
    "FeatureRequestEvidence",
    "FeatureRequestSearchResult",
    "FeatureRequestSearchResultCustomFields",
    "Filter",
    "FilterOperator",
    "Follower",
    "FollowerType",
    "GetAccountResponseBody",
    "GetAccountsResponseBody",
    "GetActivityTypesResponseBody",
    "GetArticleResponseBody",
    "GetArticlesResponseBody",
    "GetAuditLogsResponseBody",
    "GetCollectionResponseBody",
    "GetCollectionsResponseBody",
    "GetContactResponseBody",
    "GetContactsResponseBody",
    "GetCustomFieldResponseBody",
    "GetCustomFieldsResponseBody",
    "GetCustomObjectResponseBody",
    "GetCustomObjectsResponseBody",
    "GetFeatureRequestResponseBody",
    "GetIssueFollowersResponseBody",
    "GetIssueMessagesResponseBody",
    "GetIssueResponseBody",
    "GetIssuesResponseBody",
    "GetIssueStatusesResponseBody",
    "GetIssueThreadsResponseBody",
    "GetKnowledgeBaseResponseBody",
    "GetKnowledgeBasesResponseBody",
    "GetMacroGroupsResponseBody",
    "GetMacroResponseBody",
    "GetMacrosResponseBody",
    "GetMeResponseBody",
    "GetSurveyResponseBody",
    "GetSurveyResponsesResponseBody",
    "GetSurveysResponseBody",
    "GetTagResponseBody",
    "GetTagsResponseBody",
    "GetTaskResponseBody",
    "GetTasksResponseBody",
    "GetTeamResponseBody",
    "GetTeamsResponseBody",
    "GetTicketFormResponseBody",
    "GetTicketFormsResponseBody",
    "GetTrainingDataResponseBody",
    "GetUserResponseBody",
    "GetUserRolesResponseBody",
    "GetUsersResponseBody",
    "ImportContactRequestBody",
    "ImportContactRequestBodyPortalRole",
    "ImportContactResponseBody",
    "ImportExternalIssue",
    "ImportIssueExternalRefs",
    "ImportIssueMessage",
    "ImportIssueRequest",
    "ImportIssueResponseBody",
    "ImportMessagesRequest",
    "ImportMessagesResponseBody",
    "IntegrationUserID",
    "Issue",
    "IssueBusinessHoursTimeInStatusSeconds",
    "IssueChatWidgetInfo",
    "IssueCustomFields",
    "IssueSource",
    "IssueStatus",
    "IssueThread",
    "IssueTimeInStatusSeconds",
    "IssueType",
    "KnowledgeBase",
    "LinkExternalIssueRequestBody",
    "LinkExternalIssueResponseBody",
    "ListTrainingDataResponseBody",
    "Macro",
    "MacroAction",
    "MacroGroup",
    "Me",
    "Message",
    "MessageAuthor",
    "Milestone",
    "MiniAccount",
    "MiniContact",
    "MiniMilestone",
    "MiniProject",
    "MiniProjectTemplate",
    "MiniTeam",
    "MiniUser",
    "MirrorChannel",
    "NumberMetadata",
    "NumberMetadataFormat",
    "Pagination",
    "Project",
    "RedactMessageResponseBody",
    "RouteRedirect",
    "SearchAccountsRequest",
    "SearchAccountsResponseBody",
    "SearchContactsRequest",
    "SearchContactsResponseBody",
    "SearchCustomObjectsRequest",
    "SearchCustomObjectsResponseBody",
    "SearchFeatureRequestsRequest",
    "SearchFeatureRequestsResponseBody",
    "SearchIssuesRequest",
    "SearchIssuesResponseBody",
    "SearchProjectsRequest",
    "SearchProjectsResponseBody",
    "SearchSurveysRequest",
    "SearchSurveysResponseBody",
    "SearchTasksRequest",
    "SearchTasksResponseBody",
    "SearchUsersRequest",
    "SearchUsersResponseBody",
    "SelectMetadata",
    "SlackInfo",
    "SnoozeIssueRequestBody",
    "SnoozeIssueResponseBody",
    "Survey",
    "SurveyResponse",
    "SurveyResponseAnswer",
    "SurveyType",
    "Tag",
    "Task",
    "TaskAssignee",
    "TaskCustomFields",
    "Team",
    "TicketForm",
    "TicketFormLayoutField",
    "TrainingData",
    "TrainingDataDocument",
    "TrainingDataScrapeStatus",
    "TrainingDataUploadResponseBody",
    "UpdateAccountHighlightRequestBody",
    "UpdateAccountHighlightResponseBody",
    "UpdateAccountRequestBody",
    "UpdateAccountResponseBody",
    "UpdateAccountsRequest",
    "UpdateAccountsResponseBody",
    "UpdateArticleRequestBody",
    "UpdateArticleResponseBody",
    "UpdateContactEmail",
    "UpdateContactRequestBody",
    "UpdateContactRequestBodyPortalRole",
    "UpdateContactResponseBody",
    "UpdateCustomFieldRequestBody",
    "UpdateCustomFieldResponseBody",
    "UpdateCustomObjectRequestBody",
    "UpdateCustomObjectRequestBodyCustomFields",
    "UpdateCustomObjectResponseBody",
    "UpdateFeatureRequestRequestBody",
    "UpdateFeatureRequestResponseBody",
    "UpdateIssueRequestBody",
    "UpdateIssueRequestBodyType",
    "UpdateIssueResponseBody",
    "UpdateMacroRequestBody",
    "UpdateMacroResponseBody",
    "UpdateMilestoneRequestBody",
    "UpdateMilestoneResponseBody",
    "UpdateProjectRequestBody",
    "UpdateProjectResponseBody",
    "UpdateTagRequestBody",
    "UpdateTagResponseBody",
    "UpdateTaskRequestBody",
    "UpdateTaskResponseBody",
    "UpdateTeamRequestBody",
    "UpdateTeamResponseBody",
    "UpdateUserRequestBody",
    "UpdateUserResponseBody",
    "UploadAccountFileBody",
    "UploadAccountFileResponseBody",
    "UploadTrainingDataFileContentRequestBody",
    "UploadTrainingDataFilesBody",
    "User",
    "UserRole",
    "Visibility",
    "VisibilityConfig",
    "VisibilityConfigAiAgentAccess",
    "VisibilityConfigVisibility",
    "VisibilityInput",
    "VisibilityInputType",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
