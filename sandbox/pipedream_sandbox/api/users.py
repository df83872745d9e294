"""GET /users/me."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from .common import FieldFilter, check_org_id, data, user_of

LAMBDA_TIME_QUOTA_MS = 1_800_000


async def get_current_user(request: Request) -> JSONResponse:
    """The 2020 shape (with `api_key`, a secret) plus the later `orgs` list."""
    fields = FieldFilter(request)
    check_org_id(request)
    user = user_of(request)
    workspace = {
        "id": user.org_id,
        "name": user.org_name,
        "orgname": user.username,
        "email": user.email,
        "daily_credits_quota": 100,
        "daily_credits_used": 0,
    }
    item = {
        "id": user.id,
        "username": user.username,
        "email": user.email,
        "api_key": user.api_key,
        "lambda_time_quota": LAMBDA_TIME_QUOTA_MS,
        "lambda_time_used": 0,
        "orgs": [workspace],
    }
    return data(item, fields)
