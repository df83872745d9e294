"""POST /workflows (from a template), GET and PUT /workflows/{workflow_id}. Creating and
updating need a user API key (403 for an OAuth token)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..domain import templates
from ..domain.workflows import NewWorkflow
from ..errors import bad_parameter, not_found
from . import render
from .common import (
    FieldFilter,
    check_org_id,
    data,
    json_body,
    require_api_key,
    required_string,
    sandbox_of,
    user_of,
)
from .sources import root_url


def _required(body: dict[str, Any], name: str) -> str:
    value = required_string(body, name)
    if value is None:
        raise bad_parameter(name, f"{name} is required (a non-empty string in the JSON body)")
    return value


def _settings(body: dict[str, Any], default_name: str) -> tuple[str, bool]:
    """`settings.name` (else the template's name) and `settings.auto_deploy` (else false)."""
    settings = body.get("settings") or {}
    if not isinstance(settings, dict):
        raise bad_parameter("settings", "settings must be an object")
    name = settings.get("name", default_name)
    if not isinstance(name, str) or not name:
        raise bad_parameter("settings", "settings.name must be a non-empty string")
    auto_deploy = settings.get("auto_deploy", False)
    if not isinstance(auto_deploy, bool):
        raise bad_parameter("settings", "settings.auto_deploy must be true or false")
    return name, auto_deploy


async def create_workflow(request: Request) -> JSONResponse:
    """A copy of the template in the project; active at once with `settings.auto_deploy`."""
    require_api_key(request)
    body = await json_body(request)
    fields = FieldFilter(request, body)
    org_id = check_org_id(request, body)
    if org_id is None:
        raise bad_parameter("org_id", "org_id is required (the workspace that owns the project)")
    project_id, template_id = _required(body, "project_id"), _required(body, "template_id")
    sandbox, user = sandbox_of(request), user_of(request)
    if sandbox.projects.get(org_id, project_id) is None:
        raise not_found("project", project_id)
    template = sandbox.templates.get(template_id)
    if template is None:
        raise not_found("workflow template", template_id)
    name, auto_deploy = _settings(body, template.name)
    built = templates.build(
        template,
        body,
        org_id,
        sandbox.context.ids,
        sandbox.context.now(),
        lambda account_id: sandbox.accounts.get(user.id, account_id, org_id) is not None,
    )
    workflow = sandbox.workflows.create(
        NewWorkflow(user.id, org_id, project_id, template_id, name, auto_deploy, built)
    )
    return data(render.workflow(workflow, root_url(request)), fields)


async def get_workflow(request: Request) -> JSONResponse:
    """Triggers and steps, not wrapped in `data` (as every edition of the docs prints it)."""
    fields = FieldFilter(request)
    check_org_id(request)
    sandbox, user = sandbox_of(request), user_of(request)
    workflow = sandbox.workflows.require(user.id, request.path_params["workflow_id"])
    return JSONResponse(fields.apply(render.workflow_details(workflow, root_url(request))))


async def update_workflow(request: Request) -> JSONResponse:
    """`active` (required) activates or deactivates it; answers the workflow."""
    require_api_key(request)
    body = await json_body(request)
    fields = FieldFilter(request, body)
    check_org_id(request, body)
    active = body.get("active")
    if not isinstance(active, bool):
        raise bad_parameter("active", "active is required: true or false")
    sandbox, user = sandbox_of(request), user_of(request)
    workflow = sandbox.workflows.set_active(user.id, request.path_params["workflow_id"], active)
    return data(render.workflow(workflow, root_url(request)), fields)
