"""The ``accounts`` operations as one group: ``client.accounts.<method>(...)``.

Generated from openapi.yaml by ``make generate``; do not edit.
"""

import builtins
from typing import Any, cast

from pipedream_rest_runtime.paging import AsyncPager, SyncPage
from pipedream_rest_runtime.responses import (
    empty,
    success,
    success_list,
    success_or_empty,
)

from ...client import AuthenticatedClient
from ...models.account_list import AccountList
from ...models.account_response import AccountResponse
from ...models.error_body import ErrorBody
from ...types import UNSET, Unset
from . import get_account, list_accounts


class Accounts:
    """The ``accounts`` operations: each method sync, and ``async_``-prefixed for ``await``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        app: str | Unset = UNSET,
        oauth_app_id: str | Unset = UNSET,
        include_credentials: bool | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AccountList:
        """List connected accounts

        The connected accounts the user or workspace can use, filtered by app or by OAuth app.
        Credentials are included only with `include_credentials=true`; they are secrets and must
        never be logged. The docs print this list without `page_info`.

        ``GET /accounts`` (operation ``list_accounts``).
        """

        answer = list_accounts.sync_detailed(
            client=self._client,
            app=app,
            oauth_app_id=oauth_app_id,
            include_credentials=include_credentials,
            org_id=org_id,
            workspace_id=workspace_id,
            include=include,
            exclude=exclude,
        )
        return success("list_accounts", answer, AccountList)

    async def async_list(
        self,
        *,
        app: str | Unset = UNSET,
        oauth_app_id: str | Unset = UNSET,
        include_credentials: bool | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AccountList:
        """List connected accounts: the async twin of :meth:`list`."""
        answer = await list_accounts.asyncio_detailed(
            client=self._client,
            app=app,
            oauth_app_id=oauth_app_id,
            include_credentials=include_credentials,
            org_id=org_id,
            workspace_id=workspace_id,
            include=include,
            exclude=exclude,
        )
        return success("list_accounts", answer, AccountList)

    def get(
        self,
        account_id: str,
        *,
        include_credentials: bool | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AccountResponse:
        """Get a connected account

        One connected account's metadata, and with `include_credentials=true` its credentials:
        `oauth_access_token`, `oauth_client_id`, `oauth_refresh_token` and `oauth_uid` for OAuth
        apps, app-specific fields (for example `api_key`) otherwise. Credentials are secrets:
        never log them.

        ``GET /accounts/{account_id}`` (operation ``get_account``).
        """

        answer = get_account.sync_detailed(
            account_id=account_id,
            client=self._client,
            include_credentials=include_credentials,
            org_id=org_id,
            workspace_id=workspace_id,
            include=include,
            exclude=exclude,
        )
        return success("get_account", answer, AccountResponse)

    async def async_get(
        self,
        account_id: str,
        *,
        include_credentials: bool | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AccountResponse:
        """Get a connected account: the async twin of :meth:`get`."""
        answer = await get_account.asyncio_detailed(
            account_id=account_id,
            client=self._client,
            include_credentials=include_credentials,
            org_id=org_id,
            workspace_id=workspace_id,
            include=include,
            exclude=exclude,
        )
        return success("get_account", answer, AccountResponse)
