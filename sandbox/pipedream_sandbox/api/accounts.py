"""GET /accounts and GET /accounts/{account_id}: the connected accounts of the user, or of the
workspace it acts for (`org_id`, `workspace_id`, or an OAuth token's). Credentials are answered
only with `include_credentials` (`true` or `1`)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..domain.accounts import Account, AccountQuery
from ..errors import not_found
from ..state import Sandbox
from . import render
from .common import FieldFilter, acting_org, data, query_flag, sandbox_of, user_of


def rendered(sandbox: Sandbox, account: Account, *, credentials: bool) -> dict[str, object]:
    return render.account(account, sandbox.catalogue.find(account.app_id), credentials=credentials)


def app_id_filter(sandbox: Sandbox, ident: str | None) -> str | None:
    """An app filter (ID or name slug) as the app ID accounts hold: an unknown one as sent (it
    matches nothing); None when absent or empty."""
    app = sandbox.catalogue.find(ident) if ident else None
    return (app.id if app else ident) or None


async def list_accounts(request: Request) -> JSONResponse:
    """Filtered by `app` (ID or name slug) and `oauth_app_id`; no page_info, as documented."""
    fields = FieldFilter(request)
    credentials = bool(query_flag(request, "include_credentials"))
    sandbox = sandbox_of(request)
    query = AccountQuery(
        org_id=acting_org(request),
        app_id=app_id_filter(sandbox, request.query_params.get("app")),
        oauth_app_id=request.query_params.get("oauth_app_id") or None,
    )
    accounts = sandbox.accounts.matching(user_of(request).id, query)
    items = [rendered(sandbox, a, credentials=credentials) for a in accounts]
    return JSONResponse({"data": [fields.apply(item) for item in items]})


async def get_account(request: Request) -> JSONResponse:
    fields = FieldFilter(request)
    credentials = bool(query_flag(request, "include_credentials"))
    sandbox = sandbox_of(request)
    account_id = request.path_params["account_id"]
    account = sandbox.accounts.get(user_of(request).id, account_id, acting_org(request))
    if account is None:
        raise not_found("account", account_id)
    return data(rendered(sandbox, account, credentials=credentials), fields)
