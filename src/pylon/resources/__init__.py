"""The resource groups of the facade (`client.issues`, `client.accounts`, ...)."""

from ._accounts import AccountsResource
from ._activity_types import ActivityTypesResource
from ._attachments import AttachmentsResource
from ._audit_logs import AuditLogsResource
from ._contacts import ContactsResource
from ._custom_fields import CustomFieldsResource
from ._custom_objects import CustomObjectsResource
from ._feature_requests import FeatureRequestsResource
from ._imports import ImportsResource
from ._issue_statuses import IssueStatusesResource
from ._issues import IssuesResource
from ._knowledge_bases import KnowledgeBasesResource
from ._macros import MacrosResource
from ._me import MeResource
from ._milestones import MilestonesResource
from ._projects import ProjectsResource
from ._surveys import SurveysResource
from ._tags import TagsResource
from ._tasks import TasksResource
from ._teams import TeamsResource
from ._ticket_forms import TicketFormsResource
from ._training_data import TrainingDataResource
from ._user_roles import UserRolesResource
from ._users import UsersResource

__all__ = [
    "AccountsResource",
    "ActivityTypesResource",
    "AttachmentsResource",
    "AuditLogsResource",
    "ContactsResource",
    "CustomFieldsResource",
    "CustomObjectsResource",
    "FeatureRequestsResource",
    "ImportsResource",
    "IssueStatusesResource",
    "IssuesResource",
    "KnowledgeBasesResource",
    "MacrosResource",
    "MeResource",
    "MilestonesResource",
    "ProjectsResource",
    "SurveysResource",
    "TagsResource",
    "TasksResource",
    "TeamsResource",
    "TicketFormsResource",
    "TrainingDataResource",
    "UserRolesResource",
    "UsersResource",
]
