"""GET /users/me/workspaces, GET /workspaces/{id}, GET /workspaces/{id}/subscriptions (and its
older path GET /orgs/{org_id}/subscriptions), GET /orgs/{org_id}/sources, and a workspace's
connected accounts and projects. Another user's workspace is not found."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..domain.accounts import AccountQuery
from ..domain.workspaces import Workspace
from ..errors import bad_parameter, not_found
from . import render
from .accounts import app_id_filter, rendered
from .common import (
    FieldFilter,
    cursor_positions,
    data,
    keyed_page,
    parse_limit,
    sandbox_of,
    short_query,
    user_of,
)
from .render import workspace as render_workspace
from .sources import source_page


def _workspace(request: Request, workspace_id: str) -> Workspace:
    row = sandbox_of(request).workspaces.get(user_of(request).id, workspace_id)
    if row is None:
        raise not_found("workspace", workspace_id)
    return row


async def list_workspaces(request: Request) -> JSONResponse:
    """The user's workspaces, `{id, orgname, name}` each, no page_info."""
    fields = FieldFilter(request)
    rows = sandbox_of(request).workspaces.of_user(user_of(request).id)
    items = [{key: render_workspace(row)[key] for key in ("id", "orgname", "name")} for row in rows]
    return JSONResponse({"data": [fields.apply(item) for item in items]})


async def get_workspace(request: Request) -> JSONResponse:
    fields = FieldFilter(request)
    return data(render_workspace(_workspace(request, request.path_params["id"])), fields)


async def list_workspace_subscriptions(request: Request) -> JSONResponse:
    """The subscriptions made for the workspace (with its `org_id`, by its OAuth token, or on
    one of its sources), no page_info. `GET /orgs/{org_id}/subscriptions`, the older path,
    answers the same."""
    fields = FieldFilter(request)
    params = request.path_params
    workspace = _workspace(request, params.get("id") or params["org_id"])
    rows = sandbox_of(request).subscriptions.of_workspace(workspace.id)
    return JSONResponse({"data": [fields.apply(render.subscription(row)) for row in rows]})


async def list_workspace_sources(request: Request) -> JSONResponse:
    """The workspace's sources (created with its `org_id`), paginated like /users/me/sources."""
    workspace = _workspace(request, request.path_params["org_id"])
    return source_page(request, workspace.id)


def _app_slug(request: Request) -> str | None:
    """`query`, or the 2021 text's `app_slug`: the app whose accounts to list."""
    if "query" in request.query_params and "app_slug" in request.query_params:
        raise bad_parameter("app_slug", "send query or app_slug (its 2021 name), not both")
    most = sandbox_of(request).limits.search_query_chars
    return short_query(request, "query", most) or short_query(request, "app_slug", most)


async def list_workspace_accounts(request: Request) -> JSONResponse:
    """The workspace's accounts in creation order, paginated; cursors are base64 of an ID."""
    fields = FieldFilter(request)
    limit = parse_limit(request)
    slug = _app_slug(request)
    workspace = _workspace(request, request.path_params["id"])
    sandbox, user = sandbox_of(request), user_of(request)
    query = AccountQuery(org_id=workspace.id, app_id=app_id_filter(sandbox, slug))
    after, before = cursor_positions(
        request, "apn", lambda ident: sandbox.accounts.position(user.id, ident)
    )
    accounts, total = sandbox.accounts.page(user.id, query, after=after, before=before, limit=limit)
    return keyed_page(
        [a.id for a in accounts],
        [rendered(sandbox, a, credentials=False) for a in accounts],
        fields,
        total=total,
    )


async def list_workspace_projects(request: Request) -> JSONResponse:
    """Every project of the workspace, no page_info."""
    fields = FieldFilter(request)
    workspace = _workspace(request, request.path_params["id"])
    projects = sandbox_of(request).projects.of_workspace(workspace.id)
    return JSONResponse({"data": [fields.apply(render.project(p)) for p in projects]})
