"""Contains all the data models used in inputs/outputs"""

from .component import Component
from .component_response import ComponentResponse
from .configurable_prop import ConfigurableProp
from .create_component_request import CreateComponentRequest
from .create_source_request import CreateSourceRequest
from .error import Error
from .error_details import ErrorDetails
from .event_metadata import EventMetadata
from .event_summary import EventSummary
from .event_summary_list import EventSummaryList
from .list_source_events_expand import ListSourceEventsExpand
from .page_info import PageInfo
from .source import Source
from .source_configured_props import SourceConfiguredProps
from .source_configured_props_input import SourceConfiguredPropsInput
from .source_list import SourceList
from .source_response import SourceResponse
from .subscription import Subscription
from .subscription_response import SubscriptionResponse
from .update_source_request import UpdateSourceRequest
from .user import User
from .user_response import UserResponse
from .workspace import Workspace

__all__ = (
    "Component",
    "ComponentResponse",
    "ConfigurableProp",
    "CreateComponentRequest",
    "CreateSourceRequest",
    "Error",
    "ErrorDetails",
    "EventMetadata",
    "EventSummary",
    "EventSummaryList",
    "ListSourceEventsExpand",
    "PageInfo",
    "Source",
    "SourceConfiguredProps",
    "SourceConfiguredPropsInput",
    "SourceList",
    "SourceResponse",
    "Subscription",
    "SubscriptionResponse",
    "UpdateSourceRequest",
    "User",
    "UserResponse",
    "Workspace",
)
