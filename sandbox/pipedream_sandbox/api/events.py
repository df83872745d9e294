"""GET /sources/{id}/event_summaries and DELETE /sources/{id}/events."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..errors import bad_parameter
from ..service import EventKey, parse_event_id
from . import render
from .common import (
    FieldFilter,
    check_org_id,
    cursor_params,
    page,
    parse_limit,
    sandbox_of,
    user_of,
)


def _event_id_param(request: Request, name: str, value: str | None) -> EventKey | None:
    if value is None:
        return None
    key = parse_event_id(value)
    if key is None:
        raise bad_parameter(name, f"{name} must be an event ID such as 1589486981597-0")
    return key


async def list_source_events(request: Request) -> JSONResponse:
    """Newest first; the cursors are event IDs; `expand=event` turns truncation off."""
    fields = FieldFilter(request)
    check_org_id(request)
    expand = request.query_params.get("expand")
    if expand is not None and expand != "event":
        raise bad_parameter("expand", "expand must be `event`")
    limit = parse_limit(request)
    after, before = cursor_params(request)
    after_key = _event_id_param(request, "after", after)
    before_key = _event_id_param(request, "before", before)
    sandbox, user = sandbox_of(request), user_of(request)
    source = sandbox.service.require_source(user.id, request.path_params["id"])
    rows, total = sandbox.service.list_events(
        source["id"], after=after_key, before=before_key, limit=limit
    )
    items = [render.event(row, expand=expand == "event") for row in rows]
    return page(
        items,
        fields,
        total=total,
        start_cursor=items[0]["id"] if items else None,
        end_cursor=items[-1]["id"] if items else None,
    )


async def delete_source_events(request: Request) -> Response:
    """`start_id`/`end_id` inclusive, either open; deletes at once but answers 202 as documented."""
    FieldFilter(request)
    check_org_id(request)
    start = _event_id_param(request, "start_id", request.query_params.get("start_id"))
    end = _event_id_param(request, "end_id", request.query_params.get("end_id"))
    sandbox, user = sandbox_of(request), user_of(request)
    source = sandbox.service.require_source(user.id, request.path_params["id"])
    sandbox.service.delete_events(source["id"], start=start, end=end)
    return Response(status_code=202)
