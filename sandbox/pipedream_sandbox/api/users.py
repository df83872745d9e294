"""GET /users/me."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from .common import FieldFilter, check_org_id, data, require_api_key, sandbox_of, user_of
from .render import workspace as render_workspace

DAILY_COMPUTE_TIME_QUOTA_MS = 1_800_000
DAILY_INVOCATIONS_QUOTA = 10_000


async def get_current_user(request: Request) -> JSONResponse:
    """The current docs' shape for a user on the free plan: daily compute and invocation quotas
    (the sandbox counts nothing, so nothing is used) and the `orgs` list. Not the 2020 shape
    (`api_key`, `lambda_time_*`): no edition gives both. API keys only."""
    require_api_key(request)
    fields = FieldFilter(request)
    check_org_id(request)
    user = user_of(request)
    workspaces = sandbox_of(request).workspaces.of_user(user.id)
    item = {
        "id": user.id,
        "username": user.username,
        "email": user.email,
        "daily_compute_time_quota": DAILY_COMPUTE_TIME_QUOTA_MS,
        "daily_compute_time_used": 0,
        "daily_invocations_quota": DAILY_INVOCATIONS_QUOTA,
        "daily_invocations_used": 0,
        "orgs": [render_workspace(row) for row in workspaces],
    }
    return data(item, fields)
