"""The ``sources`` operations as one group: ``client.sources.<method>(...)``.

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
from ...models import PageInfo, Source
from ...models.create_source_request import CreateSourceRequest
from ...models.error_body import ErrorBody
from ...models.source_list import SourceList
from ...models.source_response import SourceResponse
from ...models.update_source_request import UpdateSourceRequest
from ...types import UNSET, Unset
from . import create_source, delete_source, list_sources, update_source


class Sources:
    """The ``sources`` operations: each method sync, and ``async_``-prefixed for ``await``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> SyncPage[Source, PageInfo]:
        """List the current user's sources

        List the sources of the authenticated user, one page at a time, in the order they were
        created. The next page is this request with `after` set to `page_info.end_cursor`.
        With `include=id` each item carries only its `id` (the docs' pagination example),
        although `Source` marks more fields required: see `include`.
        (The 2020 document writes the path with a trailing slash; both forms reach the same
        resource.)

        ``GET /users/me/sources`` (operation ``list_sources``).
        """

        return SyncPage(
            "list_sources",
            list_sources.sync_detailed,
            SourceList,
            {
                "client": self._client,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
                "org_id": org_id,
                "workspace_id": workspace_id,
            },
        )

    def async_list(
        self,
        *,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> AsyncPager[Source, PageInfo]:
        """List the current user's sources: the async twin of :meth:`list`."""
        return AsyncPager(
            "list_sources",
            list_sources.asyncio_detailed,
            SourceList,
            {
                "client": self._client,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
                "org_id": org_id,
                "workspace_id": workspace_id,
            },
        )

    def create(
        self,
        *,
        body: CreateSourceRequest,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> SourceResponse:
        """Create a source

        Deploy a source from a component.

        One of `component_id`, `component_code`, `component_url` or `key` is required. When
        several are present the precedence is `component_id`, then `component_code`, then
        `component_url`, then `key`; `component_url` is then kept only as metadata identifying
        where the code lives.

        `configured_props` sets the component's props. Timer props are written
        `{"intervalSeconds": 60}` or `{"cron": "..."}` here, and echoed back as
        `{"cron": null, "interval_seconds": 60}`; timers under 15 seconds are rejected.
        (The 2020 document writes the path with a trailing slash; both forms reach the same
        resource.)

        ``POST /sources`` (operation ``create_source``).

        Args:
            body: One of `component_id`, `component_code`, `component_url` or `key` is required.
                Precedence: `component_id`, `component_code`, `component_url`, `key`.
        """

        answer = create_source.sync_detailed(
            client=self._client,
            body=body,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success("create_source", answer, SourceResponse)

    async def async_create(
        self,
        *,
        body: CreateSourceRequest,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> SourceResponse:
        """Create a source: the async twin of :meth:`create`."""
        answer = await create_source.asyncio_detailed(
            client=self._client,
            body=body,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success("create_source", answer, SourceResponse)

    def update(
        self,
        id: str,
        *,
        body: UpdateSourceRequest,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> SourceResponse:
        """Update a source

        Change a source's name, active state, component or props. Send only the fields to
        change: pausing a source is `{"active": false}`, resuming it `{"active": true}`.

        The 2020 document says one of `component_id`, `component_code` or `component_url` is
        required here too; real clients send only `name` or only `active`, and the API accepts
        that, so this document requires just one field of any kind. When several component
        fields are present the precedence is as on create.

        ``PUT /sources/{id}`` (operation ``update_source``).

        Args:
            body: Send only what changes; at least one field. Component fields follow the precedence
                of
                create.
        """

        answer = update_source.sync_detailed(
            id=id,
            client=self._client,
            body=body,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success("update_source", answer, SourceResponse)

    async def async_update(
        self,
        id: str,
        *,
        body: UpdateSourceRequest,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> SourceResponse:
        """Update a source: the async twin of :meth:`update`."""
        answer = await update_source.asyncio_detailed(
            id=id,
            client=self._client,
            body=body,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success("update_source", answer, SourceResponse)

    def delete(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> None:
        """Delete a source

        Delete a source, with its events and subscriptions. The status is documented nowhere;
        clients have seen `204`. Any of `200`, `202` and `204` means success, and a body, if
        any, carries nothing a client needs.

        ``DELETE /sources/{id}`` (operation ``delete_source``).
        """

        answer = delete_source.sync_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return empty("delete_source", answer)

    async def async_delete(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> None:
        """Delete a source: the async twin of :meth:`delete`."""
        answer = await delete_source.asyncio_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return empty("delete_source", answer)
