"""Every operation, grouped by tag: ``GroupedClient`` and ``PATH_TEMPLATES``.

Generated from openapi.yaml by ``make generate``; do not edit.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import AuthenticatedClient

if TYPE_CHECKING:
    from .accounts import Accounts
    from .apps import Apps
    from .components import Components
    from .events import Events
    from .oauth import Oauth
    from .sources import Sources
    from .subscriptions import Subscriptions
    from .users import Users
    from .webhooks import Webhooks
    from .workflows import Workflows
    from .workspaces import Workspaces

PATH_TEMPLATES: tuple[str, ...] = (
    "/accounts",
    "/accounts/{account_id}",
    "/app_categories",
    "/app_categories/{id}",
    "/apps",
    "/apps/{app_id}",
    "/auto_subscriptions",
    "/components",
    "/components/registry/{key}",
    "/components/search",
    "/components/{id}",
    "/oauth/revoke",
    "/oauth/token",
    "/orgs/{org_id}/sources",
    "/orgs/{org_id}/subscriptions",
    "/sources",
    "/sources/{id}",
    "/sources/{id}/event_summaries",
    "/sources/{id}/events",
    "/sources/{id}/sse",
    "/subscriptions",
    "/users/me",
    "/users/me/sources",
    "/users/me/subscriptions",
    "/users/me/webhooks",
    "/users/me/workspaces",
    "/webhooks",
    "/webhooks/{id}",
    "/workflows",
    "/workflows/{workflow_id}",
    "/workflows/{workflow_id}/$errors/event_summaries",
    "/workflows/{workflow_id}/event_summaries",
    "/workspaces/{id}",
    "/workspaces/{id}/accounts",
    "/workspaces/{id}/projects",
    "/workspaces/{id}/subscriptions",
)
"""The path of every operation, as the spec writes it (``/sources/{id}``)."""


class GroupedClient(AuthenticatedClient):
    """An ``AuthenticatedClient`` with one attribute per tag, made on first use
    (``client.sources.list()``, ``await client.sources.async_create(...)``).
    """

    @cached_property
    def accounts(self) -> "Accounts":
        """The ``accounts`` operations."""
        from .accounts import Accounts

        return Accounts(self)

    @cached_property
    def apps(self) -> "Apps":
        """The ``apps`` operations."""
        from .apps import Apps

        return Apps(self)

    @cached_property
    def components(self) -> "Components":
        """The ``components`` operations."""
        from .components import Components

        return Components(self)

    @cached_property
    def events(self) -> "Events":
        """The ``events`` operations."""
        from .events import Events

        return Events(self)

    @cached_property
    def oauth(self) -> "Oauth":
        """The ``oauth`` operations."""
        from .oauth import Oauth

        return Oauth(self)

    @cached_property
    def sources(self) -> "Sources":
        """The ``sources`` operations."""
        from .sources import Sources

        return Sources(self)

    @cached_property
    def subscriptions(self) -> "Subscriptions":
        """The ``subscriptions`` operations."""
        from .subscriptions import Subscriptions

        return Subscriptions(self)

    @cached_property
    def users(self) -> "Users":
        """The ``users`` operations."""
        from .users import Users

        return Users(self)

    @cached_property
    def webhooks(self) -> "Webhooks":
        """The ``webhooks`` operations."""
        from .webhooks import Webhooks

        return Webhooks(self)

    @cached_property
    def workflows(self) -> "Workflows":
        """The ``workflows`` operations."""
        from .workflows import Workflows

        return Workflows(self)

    @cached_property
    def workspaces(self) -> "Workspaces":
        """The ``workspaces`` operations."""
        from .workspaces import Workspaces

        return Workspaces(self)
