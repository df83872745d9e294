"""POST /v1/oauth/token, the client credentials grant, and POST /v1/oauth/revoke. Both take no
Bearer header (they are routed outside the auth guard) and answer without a `data` wrapper."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..domain.oauth import GRANT_TYPE
from ..errors import ApiError, bad_parameter
from .common import json_body, sandbox_of


def _credential_field(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise bad_parameter(name, f"{name} is required (a non-empty string in the JSON body)")
    return value


async def create_token(request: Request) -> JSONResponse:
    """400 for a body that is no client credentials grant, 401 for wrong credentials."""
    sandbox = sandbox_of(request)
    body = await json_body(request)
    grant_type = body.get("grant_type")
    if grant_type != GRANT_TYPE:
        raise ApiError(
            400,
            f'grant_type must be "{GRANT_TYPE}", not {grant_type!r}'[:200],
            code="unsupported_grant_type",
            details={"parameter": "grant_type"},
        )
    client_id = _credential_field(body, "client_id")
    client_secret = _credential_field(body, "client_secret")
    if not isinstance(body.get("scope", ""), str):
        raise bad_parameter("scope", "scope must be a string of space-separated scopes, such as *")
    if sandbox.throttle is not None:
        sandbox.throttle.check(f"oauth-client:{client_id}")
    return JSONResponse(sandbox.oauth.issue(client_id, client_secret))


async def revoke_token(request: Request) -> JSONResponse:
    """`{token, client_id, client_secret}`: the token stops working at once; answers `{}`.
    400 for a missing field, 401 for wrong client credentials."""
    sandbox = sandbox_of(request)
    body = await json_body(request)
    token = _credential_field(body, "token")
    client_id = _credential_field(body, "client_id")
    client_secret = _credential_field(body, "client_secret")
    if sandbox.throttle is not None:
        sandbox.throttle.check(f"oauth-client:{client_id}")
    sandbox.oauth.revoke(client_id, client_secret, token)
    return JSONResponse({})
