"""POST /subscriptions."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..errors import bad_parameter
from . import render
from .common import FieldFilter, check_org_id, data, sandbox_of, user_of


def _required_query(request: Request, name: str) -> str:
    value = request.query_params.get(name)
    if not value:
        raise bad_parameter(name, f"{name} is required (a query parameter)")
    return value


async def create_subscription(request: Request) -> JSONResponse:
    """Both IDs must be the user's (a source, or a workflow); answers the subscription."""
    fields = FieldFilter(request)
    check_org_id(request)
    emitter_id = _required_query(request, "emitter_id")
    listener_id = _required_query(request, "listener_id")
    event_name = request.query_params.get("event_name") or ""
    row = sandbox_of(request).service.subscribe(
        user_of(request).id, emitter_id, listener_id, event_name
    )
    return data(render.subscription(row), fields)
