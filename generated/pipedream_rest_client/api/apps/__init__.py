"""The ``apps`` operations as one group: ``client.apps.<method>(...)``.

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
from ...models import App, PageInfo
from ...models.app_category import AppCategory
from ...models.app_list import AppList
from ...models.app_response import AppResponse
from ...models.error_body import ErrorBody
from ...types import UNSET, Unset
from . import get_app, get_app_category, list_app_categories, list_apps


class Apps:
    """The ``apps`` operations: each method sync, and ``async_``-prefixed for ``await``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        q: str | Unset = UNSET,
        has_components: bool | Unset = UNSET,
        has_actions: bool | Unset = UNSET,
        has_triggers: bool | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> SyncPage[App, PageInfo]:
        """List apps

        The apps integrated with Pipedream, one page at a time, filtered by name and by whether
        they have public components. Each app carries a `featured_weight` (the sort order of
        pipedream.com/apps, set by Pipedream).

        ``GET /apps`` (operation ``list_apps``).
        """

        return SyncPage(
            "list_apps",
            list_apps.sync_detailed,
            AppList,
            {
                "client": self._client,
                "q": q,
                "has_components": has_components,
                "has_actions": has_actions,
                "has_triggers": has_triggers,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
            },
        )

    def async_list(
        self,
        *,
        q: str | Unset = UNSET,
        has_components: bool | Unset = UNSET,
        has_actions: bool | Unset = UNSET,
        has_triggers: bool | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AsyncPager[App, PageInfo]:
        """List apps: the async twin of :meth:`list`."""
        return AsyncPager(
            "list_apps",
            list_apps.asyncio_detailed,
            AppList,
            {
                "client": self._client,
                "q": q,
                "has_components": has_components,
                "has_actions": has_actions,
                "has_triggers": has_triggers,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
            },
        )

    def get(
        self,
        app_id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AppResponse:
        """Get an app

        One app, by its ID (`app_...`) or its name slug (`slack`).

        ``GET /apps/{app_id}`` (operation ``get_app``).
        """

        answer = get_app.sync_detailed(
            app_id=app_id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("get_app", answer, AppResponse)

    async def async_get(
        self,
        app_id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AppResponse:
        """Get an app: the async twin of :meth:`get`."""
        answer = await get_app.asyncio_detailed(
            app_id=app_id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("get_app", answer, AppResponse)

    def list_categories(
        self,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> builtins.list[AppCategory]:
        """List app categories

        Every category of integrated apps, in one answer. Documented only by Pipedream's
        published OpenAPI document (`pipedream_openapi_swagger.json`), which answers a bare JSON
        array, not wrapped in `data` and without `page_info`; its later editions serve the same
        list under `/connect/app_categories`.

        ``GET /app_categories`` (operation ``list_app_categories``).
        """

        answer = list_app_categories.sync_detailed(
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success_list("list_app_categories", answer, AppCategory)

    async def async_list_categories(
        self,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> builtins.list[AppCategory]:
        """List app categories: the async twin of :meth:`list_categories`."""
        answer = await list_app_categories.asyncio_detailed(
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success_list("list_app_categories", answer, AppCategory)

    def get_category(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AppCategory:
        """Get an app category

        One app category by its ID, answered as a bare object (not wrapped in `data`), as in
        Pipedream's published OpenAPI document.

        ``GET /app_categories/{id}`` (operation ``get_app_category``).
        """

        answer = get_app_category.sync_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("get_app_category", answer, AppCategory)

    async def async_get_category(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AppCategory:
        """Get an app category: the async twin of :meth:`get_category`."""
        answer = await get_app_category.asyncio_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("get_app_category", answer, AppCategory)
