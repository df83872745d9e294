"""POST /webhooks, GET /users/me/webhooks and DELETE /webhooks/{id}."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..domain.webhooks import check_webhook_url
from ..errors import bad_parameter
from . import render
from .common import (
    FieldFilter,
    check_org_id,
    cursor_positions,
    data,
    keyed_page,
    parse_limit,
    sandbox_of,
    user_of,
)


async def create_webhook(request: Request) -> JSONResponse:
    """All parameters in the query; `url` must be http(s) with a host."""
    fields = FieldFilter(request)
    check_org_id(request)
    url = check_webhook_url(request.query_params.get("url"))
    refused = sandbox_of(request).outbound.check_literal(url)
    if refused is not None:
        raise bad_parameter("url", f"webhooks cannot deliver there: {refused}")
    row = sandbox_of(request).webhooks.create(
        user_of(request).id,
        url,
        request.query_params.get("name"),
        request.query_params.get("description"),
    )
    return data(render.webhook(row), fields)


async def list_webhooks(request: Request) -> JSONResponse:
    """The user's webhooks, oldest first; cursors are base64 of a webhook ID."""
    fields = FieldFilter(request)
    limit = parse_limit(request)
    sandbox, user = sandbox_of(request), user_of(request)
    after, before = cursor_positions(
        request, "wh", lambda ident: sandbox.webhooks.position(user.id, ident)
    )
    rows, total = sandbox.webhooks.page(user.id, after=after, before=before, limit=limit)
    return keyed_page(
        [row.id for row in rows], [render.webhook(row) for row in rows], fields, total=total
    )


async def delete_webhook(request: Request) -> Response:
    """Deletes the webhook and its subscriptions; 204 with no body."""
    FieldFilter(request)
    check_org_id(request)
    sandbox_of(request).webhooks.delete(user_of(request).id, request.path_params["id"])
    return Response(status_code=204)
