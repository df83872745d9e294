"""The ``workspaces`` operations as one group: ``client.workspaces.<method>(...)``.

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
from ...models import Account, PageInfo, Source
from ...models.error_body import ErrorBody
from ...models.project_list import ProjectList
from ...models.source_list import SourceList
from ...models.subscription_list_response import SubscriptionListResponse
from ...models.workspace_account_list import WorkspaceAccountList
from ...models.workspace_list_response import WorkspaceListResponse
from ...models.workspace_response import WorkspaceResponse
from ...types import UNSET, Unset
from . import (
    get_workspace,
    list_org_subscriptions,
    list_workspace_accounts,
    list_workspace_projects,
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
        """List a workspace's sources: the async twin of :meth:`list_sources`."""
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
        """Get a workspace: the async twin of :meth:`get`."""
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
        """List a workspace's subscriptions: the async twin of :meth:`list_subscriptions`."""
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
        """List the current user's workspaces: the async twin of :meth:`list`."""
        answer = await list_workspaces.asyncio_detailed(
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("list_workspaces", answer, WorkspaceListResponse)

    def list_accounts(
        self,
        id: str,
        *,
        query: str | Unset = UNSET,
        app_slug: str | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> SyncPage[Account, PageInfo]:
        """List a workspace's connected accounts

        The connected accounts of a workspace, one page at a time. `query` filters by app; the
        2021 edition's text calls this filter `app_slug` while its own example sends `query`, so
        both are accepted.

        ``GET /workspaces/{id}/accounts`` (operation ``list_workspace_accounts``).
        """

        return SyncPage(
            "list_workspace_accounts",
            list_workspace_accounts.sync_detailed,
            WorkspaceAccountList,
            {
                "id": id,
                "client": self._client,
                "query": query,
                "app_slug": app_slug,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
            },
        )

    def async_list_accounts(
        self,
        id: str,
        *,
        query: str | Unset = UNSET,
        app_slug: str | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AsyncPager[Account, PageInfo]:
        """List a workspace's connected accounts: the async twin of :meth:`list_accounts`."""
        return AsyncPager(
            "list_workspace_accounts",
            list_workspace_accounts.asyncio_detailed,
            WorkspaceAccountList,
            {
                "id": id,
                "client": self._client,
                "query": query,
                "app_slug": app_slug,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
            },
        )

    def list_projects(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> ProjectList:
        """List a workspace's projects

        Every project of a workspace, in one answer. The 2021 edition prints the list without its
        outer braces (not JSON); the example here restores them. Its `org_id` is a number there,
        unlike the `o_...` IDs everywhere else.

        ``GET /workspaces/{id}/projects`` (operation ``list_workspace_projects``).
        """

        answer = list_workspace_projects.sync_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("list_workspace_projects", answer, ProjectList)

    async def async_list_projects(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> ProjectList:
        """List a workspace's projects: the async twin of :meth:`list_projects`."""
        answer = await list_workspace_projects.asyncio_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("list_workspace_projects", answer, ProjectList)

    def list_org_subscriptions(
        self,
        org_id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> SubscriptionListResponse:
        """List a workspace's subscriptions (older path)

        The earlier name of `GET /workspaces/{id}/subscriptions`, still called by older tools: the
        same list, in one answer (no `page_info`).

        ``GET /orgs/{org_id}/subscriptions`` (operation ``list_org_subscriptions``).
        """

        answer = list_org_subscriptions.sync_detailed(
            org_id=org_id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("list_org_subscriptions", answer, SubscriptionListResponse)

    async def async_list_org_subscriptions(
        self,
        org_id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> SubscriptionListResponse:
        """List a workspace's subscriptions (older path): the async twin of :meth:`list_org_subscriptions`."""
        answer = await list_org_subscriptions.asyncio_detailed(
            org_id=org_id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("list_org_subscriptions", answer, SubscriptionListResponse)
