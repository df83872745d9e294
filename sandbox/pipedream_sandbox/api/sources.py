"""GET /users/me/sources, GET /orgs/{org_id}/sources, POST /sources, PUT and DELETE /sources/{id}."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..domain.components import Component
from ..domain.sources import Source
from ..errors import ApiError, bad_parameter, not_found
from ..props import configure
from . import render
from .common import (
    FieldFilter,
    check_org_id,
    cursor_positions,
    data,
    json_body,
    keyed_page,
    not_null,
    parse_limit,
    require_api_key,
    required_string,
    sandbox_of,
    user_of,
)
from .component_input import ResolvedComponent, no_component_error, resolve_component


def root_url(request: Request) -> str:
    """The sandbox's own address as the client reached it (for HTTP endpoint URLs)."""
    return str(request.base_url)


async def list_sources(request: Request) -> JSONResponse:
    """The user's sources in creation order (with `org_id`, only that workspace's)."""
    return source_page(request, check_org_id(request))


def source_page(request: Request, owner_id: str | None) -> JSONResponse:
    """A page of the user's sources (of one owner, if given); cursors are base64 of an ID."""
    fields = FieldFilter(request)
    limit = parse_limit(request)
    sandbox, user = sandbox_of(request), user_of(request)
    after, before = cursor_positions(
        request, "dc", lambda ident: sandbox.sources.position(user.id, ident)
    )
    rows, total = sandbox.sources.page(
        user.id, after=after, before=before, limit=limit, owner_id=owner_id
    )
    base = root_url(request)
    return keyed_page(
        [row.id for row in rows], [render.source(row, base) for row in rows], fields, total=total
    )


def deployable(component: Component) -> Component:
    """The component, unless it is an action (actions run in workflows, not as sources)."""
    if component.type == "action":
        raise ApiError(
            400,
            f"{component.key or component.id} is an action: only sources can be deployed",
            code="invalid_component",
        )
    return component


def _name(body: dict[str, Any]) -> str | None:
    return required_string(body, "name")


async def create_source(request: Request) -> JSONResponse:
    """A source of the user; with `org_id`, owned by that workspace. API keys only."""
    require_api_key(request)
    body = await json_body(request)
    fields = FieldFilter(request, body)
    org_id = check_org_id(request, body)
    name = _name(body)
    sandbox, user = sandbox_of(request), user_of(request)
    resolved = await resolve_component(sandbox, user.id, body)
    if resolved is None:
        raise no_component_error()
    component = deployable(resolved.component)
    configured = configure(
        component.configurable_props, not_null(body, "configured_props"), component.name
    )
    row = sandbox.sources.create(user.id, component, name, configured, owner_id=org_id)
    return data(render.source(row, root_url(request)), fields)


async def update_source(request: Request) -> JSONResponse:
    """Change only what the body names; a new component re-checks the props against it."""
    body = await json_body(request)
    fields = FieldFilter(request, body)
    check_org_id(request, body)
    if not body:
        raise ApiError(
            400, "request body must name at least one field to change", code="invalid_parameter"
        )
    sandbox, user = sandbox_of(request), user_of(request)
    source = sandbox.sources.require(user.id, request.path_params["id"])
    name = _name(body)
    active = not_null(body, "active")
    if active is not None and not isinstance(active, bool):
        raise bad_parameter("active", "active must be true or false")
    resolved = await resolve_component(sandbox, user.id, body)
    if resolved is not None:
        deployable(resolved.component)
    configured = None
    if resolved is not None or not_null(body, "configured_props") is not None:
        configured = _reconfigure(_component_for(request, source, resolved), source, body)
    row = sandbox.sources.update(
        user.id,
        source.id,
        name=name,
        active=active,
        component=resolved.component if resolved else None,
        configured=configured,
    )
    return data(render.source(row, root_url(request)), fields)


def _component_for(
    request: Request, source: Source, resolved: ResolvedComponent | None
) -> Component:
    """The new component if the body names one, else the source's current one."""
    if resolved is not None:
        return resolved.component
    current = sandbox_of(request).components.find(source.user_id, source.component_id)
    if current is None:  # saved components are never deleted: only a damaged database gets here
        raise not_found("component", source.component_id)
    return current


def _reconfigure(component: Component, source: Source, body: dict[str, Any]) -> Any:
    props = component.configurable_props
    given = not_null(body, "configured_props")
    if given is not None:
        return configure(props, given, component.name)
    # A new component without new props: carry over the old values it still has.
    return configure(props, source.configured_props, component.name, lenient=True)


async def delete_source(request: Request) -> Response:
    """Deletes the source, its events and its subscriptions; 204 with no body."""
    FieldFilter(request)
    check_org_id(request)
    sandbox_of(request).sources.delete(user_of(request).id, request.path_params["id"])
    return Response(status_code=204)
