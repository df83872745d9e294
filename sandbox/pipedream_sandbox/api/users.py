"""GET /users/me."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from .common import FieldFilter, check_org_id, data, require_api_key, sandbox_of, user_of
from .render import workspace as render_workspace

LAMBDA_TIME_QUOTA_MS = 1_800_000


async def get_current_user(request: Request) -> JSONResponse:
    """The 2020 shape (with `api_key`, a secret) plus the later `orgs` list. API keys only."""
    require_api_key(request)
    fields = FieldFilter(request)
    check_org_id(request)
    user = user_of(request)
    workspaces = sandbox_of(request).workspaces.of_user(user.id)
    item = {
        "id": user.id,
        "username": user.username,
        "email": user.email,
        "api_key": user.api_key,
        "lambda_time_quota": LAMBDA_TIME_QUOTA_MS,
        "lambda_time_used": 0,
        "orgs": [render_workspace(row) for row in workspaces],
    }
    return data(item, fields)
