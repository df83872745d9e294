"""POST and DELETE /subscriptions, GET /users/me/subscriptions, POST /auto_subscriptions."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import render
from .common import (
    FieldFilter,
    acting_org,
    check_org_id,
    data,
    event_name_param,
    required_query,
    sandbox_of,
    user_of,
)


async def create_subscription(request: Request) -> JSONResponse:
    """Both ends must be the user's (the emitter a source, a workflow, or the glob `dc_*` /
    `p_*`; the listener a source, a workflow or a webhook); answers the subscription, as a list
    of one (docs/evidence.md)."""
    fields = FieldFilter(request)
    org_id = acting_org(request)
    emitter_id = required_query(request, "emitter_id")
    listener_id = required_query(request, "listener_id")
    event_name = event_name_param(request)
    row = sandbox_of(request).subscriptions.subscribe(
        user_of(request).id, emitter_id, listener_id, event_name, org_id
    )
    # A list of one, as Pipedream's own create-subscription action reads it (`data.length`).
    return JSONResponse({"data": [fields.apply(render.subscription(row))]})


async def delete_subscription(request: Request) -> Response:
    """Named by the parameters that created it (`event_name` absent or empty: the default
    channel); 204, or 404 when there is no such subscription."""
    FieldFilter(request)
    check_org_id(request)
    emitter_id = required_query(request, "emitter_id")
    listener_id = required_query(request, "listener_id")
    event_name = event_name_param(request)
    sandbox_of(request).subscriptions.unsubscribe(
        user_of(request).id, emitter_id, listener_id, event_name
    )
    return Response(status_code=204)


async def list_subscriptions(request: Request) -> JSONResponse:
    """Every subscription of the user (personal and workspace), in creation order, no page_info."""
    fields = FieldFilter(request)
    rows = sandbox_of(request).subscriptions.of_user(user_of(request).id)
    return JSONResponse({"data": [fields.apply(render.subscription(row)) for row in rows]})


async def create_auto_subscription(request: Request) -> JSONResponse:
    """From now on, every source or workflow the user creates delivers `event_name` to the
    listener; existing ones are left alone."""
    fields = FieldFilter(request)
    org_id = acting_org(request)
    event_name = event_name_param(request, required=True)
    listener_id = required_query(request, "listener_id")
    row = sandbox_of(request).subscriptions.auto_subscribe(
        user_of(request).id, event_name, listener_id, org_id
    )
    return data(render.auto_subscription(row), fields)
