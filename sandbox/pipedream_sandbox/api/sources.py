"""GET /users/me/sources, POST /sources, PUT and DELETE /sources/{id}."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..errors import ApiError, bad_parameter, not_found
from ..props import configure
from . import render
from .common import (
    FieldFilter,
    check_org_id,
    cursor_params,
    data,
    json_body,
    page,
    parse_limit,
    required_string,
    sandbox_of,
    user_of,
)
from .component_input import no_component_error, resolve_component


def root_url(request: Request) -> str:
    """The sandbox's own address as the client reached it (for HTTP endpoint URLs)."""
    return str(request.base_url)


async def list_sources(request: Request) -> JSONResponse:
    """The user's sources in creation order; cursors are base64 of a source ID."""
    fields = FieldFilter(request)
    check_org_id(request)
    limit = parse_limit(request)
    after, before = cursor_params(request)
    sandbox, user = sandbox_of(request), user_of(request)
    positions: dict[str, int | None] = {"after": None, "before": None}
    for name, cursor in (("after", after), ("before", before)):
        if cursor is None:
            continue
        source_id = render.decode_source_cursor(cursor)
        position = sandbox.service.source_position(user.id, source_id) if source_id else None
        if position is None:
            raise bad_parameter(name, f"{name} is not a cursor of this list: {cursor[:60]!r}")
        positions[name] = position
    rows, total = sandbox.service.list_sources(
        user.id, after=positions["after"], before=positions["before"], limit=limit
    )
    base = root_url(request)
    return page(
        [render.source(row, base) for row in rows],
        fields,
        total=total,
        start_cursor=render.source_cursor(rows[0]["id"]) if rows else None,
        end_cursor=render.source_cursor(rows[-1]["id"]) if rows else None,
    )


def _name(body: dict[str, Any]) -> str | None:
    return required_string(body, "name")


async def create_source(request: Request) -> JSONResponse:
    body = await json_body(request)
    fields = FieldFilter(request, body)
    check_org_id(request, body)
    name = _name(body)
    sandbox, user = sandbox_of(request), user_of(request)
    resolved = await resolve_component(sandbox, user.id, body)
    if resolved is None:
        raise no_component_error()
    component = resolved.row
    configured = configure(
        json.loads(component["configurable_props"]), body.get("configured_props"), component["name"]
    )
    row = sandbox.service.create_source(user.id, component, name, configured)
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
    source = sandbox.service.require_source(user.id, request.path_params["id"])
    name = _name(body)
    active = body.get("active")
    if active is not None and not isinstance(active, bool):
        raise bad_parameter("active", "active must be true or false")
    resolved = await resolve_component(sandbox, user.id, body)
    configured = None
    if resolved is not None or body.get("configured_props") is not None:
        configured = _reconfigure(_component_for(request, source, resolved), source, body)
    row = sandbox.service.update_source(
        user.id,
        source["id"],
        name=name,
        active=active,
        component=resolved.row if resolved else None,
        configured=configured,
    )
    return data(render.source(row, root_url(request)), fields)


def _component_for(request: Request, source: sqlite3.Row, resolved: Any) -> sqlite3.Row:
    """The new component if the body names one, else the source's current one."""
    if resolved is not None:
        row: sqlite3.Row = resolved.row
        return row
    current = sandbox_of(request).service.find_component(source["user_id"], source["component_id"])
    if current is None:  # saved components are never deleted: only a damaged database gets here
        raise not_found("component", source["component_id"])
    return current


def _reconfigure(component: sqlite3.Row, source: sqlite3.Row, body: dict[str, Any]) -> Any:
    props = json.loads(component["configurable_props"])
    given = body.get("configured_props")
    if given is not None:
        return configure(props, given, component["name"])
    # A new component without new props: carry over the old values it still has.
    return configure(props, json.loads(source["configured_props"]), component["name"], lenient=True)


async def delete_source(request: Request) -> Response:
    """Deletes the source, its events and its subscriptions; 204 with no body."""
    FieldFilter(request)
    check_org_id(request)
    sandbox_of(request).service.delete_source(user_of(request).id, request.path_params["id"])
    return Response(status_code=204)
