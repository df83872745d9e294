"""GET /users/me/workspaces, GET /workspaces/{id}, GET /workspaces/{id}/subscriptions (and its
older path GET /orgs/{org_id}/subscriptions) and GET /orgs/{org_id}/sources. Another user's
workspace is not found."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..domain.workspaces import Workspace
from ..errors import not_found
from . import render
from .common import FieldFilter, data, sandbox_of, user_of
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
