"""The /v1 API: its routes, behind a guard that authenticates (and optionally throttles).

`POST /v1/oauth/token` and `POST /v1/oauth/revoke` are the routes outside the guard (see `oauth_routes`).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.routing import BaseRoute, Route, Router
from starlette.types import ASGIApp, Receive, Scope, Send

from ..domain.oauth import TokenExpired
from ..errors import ApiError
from ..state import Sandbox
from ..users import SandboxUser
from .accounts import get_account, list_accounts
from .apps import get_app, get_app_category, list_app_categories, list_apps
from .common import Credential
from .components import (
    create_component,
    get_component,
    get_registry_component,
    search_components,
)
from .events import (
    delete_source_events,
    list_source_events,
    list_source_events_legacy,
    list_workflow_errors,
    list_workflow_events,
)
from .oauth import create_token, revoke_token
from .sources import create_source, delete_source, list_sources, update_source
from .stream import stream_source_events
from .subscriptions import (
    create_auto_subscription,
    create_subscription,
    delete_subscription,
    list_subscriptions,
)
from .users import get_current_user
from .webhooks import create_webhook, delete_webhook, list_webhooks
from .workflows import create_workflow, get_workflow, update_workflow
from .workspaces import (
    get_workspace,
    list_workspace_accounts,
    list_workspace_projects,
    list_workspace_sources,
    list_workspace_subscriptions,
    list_workspaces,
)


def authenticate(sandbox: Sandbox, token: str) -> tuple[SandboxUser, Credential]:
    """The user behind a Bearer credential: a user API key, or an unexpired OAuth access token
    (which acts for its workspace). 401 otherwise."""
    user = sandbox.users.by_key(token)
    if user is not None:
        return user, Credential(token)
    try:
        owner = sandbox.oauth.owner(token) if token else None
    except TokenExpired:
        raise ApiError(401, "Unauthorized: the access token has expired", code="token_expired")
    user = sandbox.users.by_id(owner.user_id) if owner else None
    if owner is None or user is None:
        raise ApiError(401, "Unauthorized")
    return user, Credential(token, owner.workspace_id)


class AuthGuard:
    """Every /v1 request needs `Authorization: Bearer <API key or access token>`: else 401."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sandbox: Sandbox = scope["app"].state.sandbox
        scheme, _, token = Request(scope).headers.get("authorization", "").partition(" ")
        try:
            if scheme.lower() != "bearer":
                raise ApiError(401, "Unauthorized")
            user, credential = authenticate(sandbox, token.strip())
            if sandbox.throttle is not None:
                sandbox.throttle.check(credential.bearer)
        except ApiError as error:
            await error.response()(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        state["user"] = user
        state["credential"] = credential
        await self.app(scope, receive, send)


def oauth_routes() -> list[BaseRoute]:
    """Mounted by the app before /v1, so that the token endpoints need no Bearer header."""
    return [
        Route("/v1/oauth/token", create_token, methods=["POST"]),
        Route("/v1/oauth/revoke", revoke_token, methods=["POST"]),
    ]


def stream_app() -> ASGIApp:
    """GET /sources/{id}/sse, which the real API serves outside /v1, behind the same guard."""
    routes = [Route("/sources/{id}/sse", stream_source_events, methods=["GET"])]
    return AuthGuard(Router(routes=routes, redirect_slashes=False))


def v1_app() -> ASGIApp:
    """The API's routes (a trailing slash reaches the same handler: `paths.TrailingSlashes`)."""
    routes = [
        Route("/users/me", get_current_user, methods=["GET"]),
        Route("/components", create_component, methods=["POST"]),
        Route("/components/search", search_components, methods=["GET"]),
        Route("/components/registry/{key}", get_registry_component, methods=["GET"]),
        Route("/components/{id}", get_component, methods=["GET"]),
        Route("/users/me/sources", list_sources, methods=["GET"]),
        Route("/sources", create_source, methods=["POST"]),
        Route("/sources/{id}", update_source, methods=["PUT"]),
        Route("/sources/{id}", delete_source, methods=["DELETE"]),
        Route("/subscriptions", create_subscription, methods=["POST"]),
        Route("/subscriptions", delete_subscription, methods=["DELETE"]),
        Route("/auto_subscriptions", create_auto_subscription, methods=["POST"]),
        Route("/users/me/subscriptions", list_subscriptions, methods=["GET"]),
        Route("/sources/{id}/event_summaries", list_source_events, methods=["GET"]),
        Route("/sources/{id}/events", delete_source_events, methods=["DELETE"]),
        Route("/sources/{id}/events", list_source_events_legacy, methods=["GET"]),
        Route("/users/me/webhooks", list_webhooks, methods=["GET"]),
        Route("/webhooks", create_webhook, methods=["POST"]),
        Route("/webhooks/{id}", delete_webhook, methods=["DELETE"]),
        Route("/users/me/workspaces", list_workspaces, methods=["GET"]),
        Route("/workspaces/{id}", get_workspace, methods=["GET"]),
        Route("/workspaces/{id}/subscriptions", list_workspace_subscriptions, methods=["GET"]),
        Route("/orgs/{org_id}/sources", list_workspace_sources, methods=["GET"]),
        Route("/orgs/{org_id}/subscriptions", list_workspace_subscriptions, methods=["GET"]),
        Route("/workspaces/{id}/accounts", list_workspace_accounts, methods=["GET"]),
        Route("/workspaces/{id}/projects", list_workspace_projects, methods=["GET"]),
        Route("/workflows", create_workflow, methods=["POST"]),
        Route("/workflows/{workflow_id}", get_workflow, methods=["GET"]),
        Route("/workflows/{workflow_id}", update_workflow, methods=["PUT"]),
        Route("/apps", list_apps, methods=["GET"]),
        Route("/apps/{app_id}", get_app, methods=["GET"]),
        Route("/app_categories", list_app_categories, methods=["GET"]),
        Route("/app_categories/{id}", get_app_category, methods=["GET"]),
        Route("/accounts", list_accounts, methods=["GET"]),
        Route("/accounts/{account_id}", get_account, methods=["GET"]),
        Route("/workflows/{workflow_id}/event_summaries", list_workflow_events, methods=["GET"]),
        Route(
            "/workflows/{workflow_id}/$errors/event_summaries",
            list_workflow_errors,
            methods=["GET"],
        ),
    ]
    return AuthGuard(Router(routes=routes, redirect_slashes=False))
