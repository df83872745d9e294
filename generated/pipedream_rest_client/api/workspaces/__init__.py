"""The ``workspaces`` operations as one group: ``client.workspaces.<method>(...)``.

Generated from openapi.yaml by ``make generate``; do not edit.
"""

from typing import Any, cast

from pipedream_rest_runtime.paging import AsyncPager, SyncPage
from pipedream_rest_runtime.responses import empty, success, success_or_empty

from ...client import AuthenticatedClient
from ...models import PageInfo, Source
from ...models.error import Error
from ...models.source_list import SourceList
from ...models.subscription_list_response import SubscriptionListResponse
from ...models.workspace_list_response import WorkspaceListResponse
from ...models.workspace_response import WorkspaceResponse
from ...types import UNSET, Unset
from . import (
    get_workspace,
    list_workspace_sources,
    list_workspace_subscriptions,
    list_workspaces,
)


class Workspaces:
    """The ``workspaces`` operations: each method sync, and ``async_``-prefixed for ``await``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_sources(
        self,
        org_id: str,
        *,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> SyncPage[Source, PageInfo]:
        """List a workspace's sources

        The sources of a workspace, one page at a time, in the order they were created: the same
        list as `GET /users/me/sources`. Current documentation lists sources only this way.

        ``GET /orgs/{org_id}/sources`` (operation ``list_workspace_sources``).
        """

        return SyncPage(
            "list_workspace_sources",
            list_workspace_sources.sync_detailed,
            SourceList,
            {
                "org_id": org_id,
                "client": self._client,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
            },
        )

    def async_list_sources(
        self,
        org_id: str,
        *,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AsyncPager[Source, PageInfo]:
        """List a workspace's sources

        The sources of a workspace, one page at a time, in the order they were created: the same
        list as `GET /users/me/sources`. Current documentation lists sources only this way.

        ``GET /orgs/{org_id}/sources`` (operation ``list_workspace_sources``).
        """

        return AsyncPager(
            "list_workspace_sources",
            list_workspace_sources.asyncio_detailed,
            SourceList,
            {
                "org_id": org_id,
                "client": self._client,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
            },
        )

    def get(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> WorkspaceResponse:
        """Get a workspace

        A workspace the user belongs to, with its credit quota.

        ``GET /workspaces/{id}`` (operation ``get_workspace``).
        """

        answer = get_workspace.sync_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("get_workspace", answer, WorkspaceResponse)

    async def async_get(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> WorkspaceResponse:
        """Get a workspace

        A workspace the user belongs to, with its credit quota.

        ``GET /workspaces/{id}`` (operation ``get_workspace``).
        """

        answer = await get_workspace.asyncio_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("get_workspace", answer, WorkspaceResponse)

    def list_subscriptions(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> SubscriptionListResponse:
        """List a workspace's subscriptions

        Every subscription of a workspace, in one answer (no `page_info`). Older editions serve
        the same list at `/orgs/{id}/subscriptions`.

        ``GET /workspaces/{id}/subscriptions`` (operation ``list_workspace_subscriptions``).
        """

        answer = list_workspace_subscriptions.sync_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("list_workspace_subscriptions", answer, SubscriptionListResponse)

    async def async_list_subscriptions(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> SubscriptionListResponse:
        """List a workspace's subscriptions

        Every subscription of a workspace, in one answer (no `page_info`). Older editions serve
        the same list at `/orgs/{id}/subscriptions`.

        ``GET /workspaces/{id}/subscriptions`` (operation ``list_workspace_subscriptions``).
        """

        answer = await list_workspace_subscriptions.asyncio_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("list_workspace_subscriptions", answer, SubscriptionListResponse)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> WorkspaceListResponse:
        """List the current user's workspaces

        Every workspace the user belongs to, in one answer (no `page_info`).

        ``GET /users/me/workspaces`` (operation ``list_workspaces``).
        """

        answer = list_workspaces.sync_detailed(
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("list_workspaces", answer, WorkspaceListResponse)

    async def async_list(
        self,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> WorkspaceListResponse:
        """List the current user's workspaces

        Every workspace the user belongs to, in one answer (no `page_info`).

        ``GET /users/me/workspaces`` (operation ``list_workspaces``).
        """

        answer = await list_workspaces.asyncio_detailed(
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("list_workspaces", answer, WorkspaceListResponse)
