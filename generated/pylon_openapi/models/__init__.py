"""Contains all the data models used in inputs/outputs"""

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
from .create_account_highlight_response_body import CreateAccountHighlightResponseBody
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
from .create_contact_request_body_portal_role import CreateContactRequestBodyPortalRole
from .create_contact_response_body import CreateContactResponseBody
from .create_custom_field_request_body import CreateCustomFieldRequestBody
from .create_custom_field_response_body import CreateCustomFieldResponseBody
from .create_custom_object_request_body import CreateCustomObjectRequestBody
from .create_custom_object_request_body_custom_fields import (
    CreateCustomObjectRequestBodyCustomFields,
)
from .create_custom_object_response_body import CreateCustomObjectResponseBody
from .create_issue_ai_response_request_body import CreateIssueAIResponseRequestBody
from .create_issue_ai_response_response_body import CreateIssueAIResponseResponseBody
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
from .delete_account_highlight_response_body import DeleteAccountHighlightResponseBody
from .delete_account_highlight_response_data import DeleteAccountHighlightResponseData
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
from .import_contact_request_body_portal_role import ImportContactRequestBodyPortalRole
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
from .update_account_highlight_response_body import UpdateAccountHighlightResponseBody
from .update_account_request_body import UpdateAccountRequestBody
from .update_account_response_body import UpdateAccountResponseBody
from .update_accounts_request import UpdateAccountsRequest
from .update_accounts_response_body import UpdateAccountsResponseBody
from .update_article_request_body import UpdateArticleRequestBody
from .update_article_response_body import UpdateArticleResponseBody
from .update_contact_email import UpdateContactEmail
from .update_contact_request_body import UpdateContactRequestBody
from .update_contact_request_body_portal_role import UpdateContactRequestBodyPortalRole
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
