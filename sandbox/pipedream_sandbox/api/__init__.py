"""The /v1 API: its routes, behind a guard that authenticates (and optionally throttles)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Route, Router
from starlette.types import ASGIApp, Receive, Scope, Send

from ..errors import ApiError
from ..state import Sandbox
from .components import create_component, get_component
from .events import delete_source_events, list_source_events
from .sources import create_source, delete_source, list_sources, update_source
from .subscriptions import create_subscription
from .users import get_current_user


class AuthGuard:
    """Every /v1 request needs `Authorization: Bearer <key>` of a known user: else 401."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sandbox: Sandbox = scope["app"].state.sandbox
        scheme, _, token = Request(scope).headers.get("authorization", "").partition(" ")
        user = sandbox.users.by_key(token.strip()) if scheme.lower() == "bearer" else None
        try:
            if user is None:
                raise ApiError(401, "Unauthorized")
            if sandbox.throttle is not None:
                sandbox.throttle.check(user.api_key)
        except ApiError as error:
            await error.response()(scope, receive, send)
            return
        scope.setdefault("state", {})["user"] = user
        await self.app(scope, receive, send)


def v1_app() -> ASGIApp:
    """The API's routes; the 2020 document's trailing-slash paths reach the same handlers."""
    routes = [
        Route("/users/me", get_current_user, methods=["GET"]),
        Route("/components", create_component, methods=["POST"]),
        Route("/components/{id}", get_component, methods=["GET"]),
        Route("/users/me/sources", list_sources, methods=["GET"]),
        Route("/users/me/sources/", list_sources, methods=["GET"]),
        Route("/sources", create_source, methods=["POST"]),
        Route("/sources/", create_source, methods=["POST"]),
        Route("/sources/{id}", update_source, methods=["PUT"]),
        Route("/sources/{id}", delete_source, methods=["DELETE"]),
        Route("/subscriptions", create_subscription, methods=["POST"]),
        Route("/sources/{id}/event_summaries", list_source_events, methods=["GET"]),
        Route("/sources/{id}/events", delete_source_events, methods=["DELETE"]),
    ]
    return AuthGuard(Router(routes=routes, redirect_slashes=False))
