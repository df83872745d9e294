"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_app import AccountApp
from .account_credentials import AccountCredentials
from .account_list import AccountList
from .account_response import AccountResponse
from .app import App
from .app_category import AppCategory
from .app_connect import AppConnect
from .app_list import AppList
from .app_response import AppResponse
from .auto_subscription import AutoSubscription
from .auto_subscription_response import AutoSubscriptionResponse
from .component import Component
from .component_response import ComponentResponse
from .component_search_result import ComponentSearchResult
from .configurable_prop import ConfigurableProp
from .create_component_request import CreateComponentRequest
from .create_source_request import CreateSourceRequest
from .create_workflow_request import CreateWorkflowRequest
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_event_summary import ErrorEventSummary
from .error_event_summary_list import ErrorEventSummaryList
from .event_metadata import EventMetadata
from .event_summary import EventSummary
from .event_summary_list import EventSummaryList
from .expand import Expand
from .legacy_event import LegacyEvent
from .legacy_event_list import LegacyEventList
from .o_auth_revoke_request import OAuthRevokeRequest
from .o_auth_revoke_result import OAuthRevokeResult
from .o_auth_token import OAuthToken
from .o_auth_token_request import OAuthTokenRequest
from .page_info import PageInfo
from .project import Project
from .project_list import ProjectList
from .source import Source
from .source_configured_props import SourceConfiguredProps
from .source_configured_props_input import SourceConfiguredPropsInput
from .source_list import SourceList
from .source_response import SourceResponse
from .subscription import Subscription
from .subscription_list_response import SubscriptionListResponse
from .subscription_response import SubscriptionResponse
from .update_source_request import UpdateSourceRequest
from .update_workflow_request import UpdateWorkflowRequest
from .user import User
from .user_response import UserResponse
from .webhook import Webhook
from .webhook_list import WebhookList
from .webhook_response import WebhookResponse
from .workflow import Workflow
from .workflow_details import WorkflowDetails
from .workflow_error_context import WorkflowErrorContext
from .workflow_error_detail import WorkflowErrorDetail
from .workflow_error_event import WorkflowErrorEvent
from .workflow_response import WorkflowResponse
from .workflow_settings import WorkflowSettings
from .workflow_step import WorkflowStep
from .workflow_step_config import WorkflowStepConfig
from .workflow_step_config_props import WorkflowStepConfigProps
from .workflow_step_saved_component import WorkflowStepSavedComponent
from .workflow_trigger import WorkflowTrigger
from .workflow_trigger_config import WorkflowTriggerConfig
from .workflow_trigger_config_props import WorkflowTriggerConfigProps
from .workflow_update_result import WorkflowUpdateResult
from .workspace import Workspace
from .workspace_account_list import WorkspaceAccountList
from .workspace_list_response import WorkspaceListResponse
from .workspace_response import WorkspaceResponse

# Old names of renamed schemas, kept so that code written against them still imports.
Error = ErrorBody
ErrorDetails = ErrorBodyDetails

__all__ = (
    "Account",
    "AccountApp",
    "AccountCredentials",
    "AccountList",
    "AccountResponse",
    "App",
    "AppCategory",
    "AppConnect",
    "AppList",
    "AppResponse",
    "AutoSubscription",
    "AutoSubscriptionResponse",
    "Component",
    "ComponentResponse",
    "ComponentSearchResult",
    "ConfigurableProp",
    "CreateComponentRequest",
    "CreateSourceRequest",
    "CreateWorkflowRequest",
    "Error",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorDetails",
    "ErrorEventSummary",
    "ErrorEventSummaryList",
    "EventMetadata",
    "EventSummary",
    "EventSummaryList",
    "Expand",
    "LegacyEvent",
    "LegacyEventList",
    "OAuthRevokeRequest",
    "OAuthRevokeResult",
    "OAuthToken",
    "OAuthTokenRequest",
    "PageInfo",
    "Project",
    "ProjectList",
    "Source",
    "SourceConfiguredProps",
    "SourceConfiguredPropsInput",
    "SourceList",
    "SourceResponse",
    "Subscription",
    "SubscriptionListResponse",
    "SubscriptionResponse",
    "UpdateSourceRequest",
    "UpdateWorkflowRequest",
    "User",
    "UserResponse",
    "Webhook",
    "WebhookList",
    "WebhookResponse",
    "Workflow",
    "WorkflowDetails",
    "WorkflowErrorContext",
    "WorkflowErrorDetail",
    "WorkflowErrorEvent",
    "WorkflowResponse",
    "WorkflowSettings",
    "WorkflowStep",
    "WorkflowStepConfig",
    "WorkflowStepConfigProps",
    "WorkflowStepSavedComponent",
    "WorkflowTrigger",
    "WorkflowTriggerConfig",
    "WorkflowTriggerConfigProps",
    "WorkflowUpdateResult",
    "Workspace",
    "WorkspaceAccountList",
    "WorkspaceListResponse",
    "WorkspaceResponse",
)
