"""Contains all the data models used in inputs/outputs"""

from .auto_subscription import AutoSubscription
from .auto_subscription_response import AutoSubscriptionResponse
from .component import Component
from .component_response import ComponentResponse
from .component_search_result import ComponentSearchResult
from .configurable_prop import ConfigurableProp
from .create_component_request import CreateComponentRequest
from .create_source_request import CreateSourceRequest
from .error_body import ErrorBody
from .error_body_details import ErrorBodyDetails
from .error_event_summary import ErrorEventSummary
from .error_event_summary_list import ErrorEventSummaryList
from .event_metadata import EventMetadata
from .event_summary import EventSummary
from .event_summary_list import EventSummaryList
from .expand import Expand
from .o_auth_token import OAuthToken
from .o_auth_token_request import OAuthTokenRequest
from .page_info import PageInfo
from .source import Source
from .source_configured_props import SourceConfiguredProps
from .source_configured_props_input import SourceConfiguredPropsInput
from .source_list import SourceList
from .source_response import SourceResponse
from .subscription import Subscription
from .subscription_list_response import SubscriptionListResponse
from .subscription_response import SubscriptionResponse
from .update_source_request import UpdateSourceRequest
from .user import User
from .user_response import UserResponse
from .webhook import Webhook
from .webhook_list import WebhookList
from .webhook_response import WebhookResponse
from .workflow_error_context import WorkflowErrorContext
from .workflow_error_detail import WorkflowErrorDetail
from .workflow_error_event import WorkflowErrorEvent
from .workspace import Workspace
from .workspace_list_response import WorkspaceListResponse
from .workspace_response import WorkspaceResponse

# Old names of renamed schemas, kept so that code written against them still imports.
Error = ErrorBody
ErrorDetails = ErrorBodyDetails

__all__ = (
    "AutoSubscription",
    "AutoSubscriptionResponse",
    "Component",
    "ComponentResponse",
    "ComponentSearchResult",
    "ConfigurableProp",
    "CreateComponentRequest",
    "CreateSourceRequest",
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
    "OAuthToken",
    "OAuthTokenRequest",
    "PageInfo",
    "Source",
    "SourceConfiguredProps",
    "SourceConfiguredPropsInput",
    "SourceList",
    "SourceResponse",
    "Subscription",
    "SubscriptionListResponse",
    "SubscriptionResponse",
    "UpdateSourceRequest",
    "User",
    "UserResponse",
    "Webhook",
    "WebhookList",
    "WebhookResponse",
    "WorkflowErrorContext",
    "WorkflowErrorDetail",
    "WorkflowErrorEvent",
    "Workspace",
    "WorkspaceListResponse",
    "WorkspaceResponse",
)
