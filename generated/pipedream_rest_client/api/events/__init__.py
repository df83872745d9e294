"""The ``events`` operations as one group: ``client.events.<method>(...)``.

Generated from openapi.yaml by ``make generate``; do not edit.
"""

from typing import Any, cast

from pipedream_rest_runtime.paging import AsyncPager, SyncPage
from pipedream_rest_runtime.responses import empty, success, success_or_empty

from ...client import AuthenticatedClient
from ...models import EventSummary, PageInfo
from ...models.error import Error
from ...models.event_summary_list import EventSummaryList
from ...models.expand import Expand
from ...types import UNSET, Unset
from . import delete_source_events, list_source_events


class Events:
    """The ``events`` operations: each method sync, and ``async_``-prefixed for ``await``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        id: str,
        *,
        expand: Expand | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
    ) -> SyncPage[EventSummary, PageInfo]:
        """List a source's events

        Retrieve up to the last 100 events emitted by a source, newest first. Here the cursors
        are event IDs. Event data over 1 KB may be truncated unless `expand=event` is passed.

        ``GET /sources/{id}/event_summaries`` (operation ``list_source_events``).

        Args:
            expand: What to expand in a list of events; `event` returns every event in full.
        """

        return SyncPage(
            "list_source_events",
            list_source_events.sync_detailed,
            EventSummaryList,
            {
                "id": id,
                "client": self._client,
                "expand": expand,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
                "org_id": org_id,
            },
        )

    def async_list(
        self,
        id: str,
        *,
        expand: Expand | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
    ) -> AsyncPager[EventSummary, PageInfo]:
        """List a source's events

        Retrieve up to the last 100 events emitted by a source, newest first. Here the cursors
        are event IDs. Event data over 1 KB may be truncated unless `expand=event` is passed.

        ``GET /sources/{id}/event_summaries`` (operation ``list_source_events``).

        Args:
            expand: What to expand in a list of events; `event` returns every event in full.
        """

        return AsyncPager(
            "list_source_events",
            list_source_events.asyncio_detailed,
            EventSummaryList,
            {
                "id": id,
                "client": self._client,
                "expand": expand,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
                "org_id": org_id,
            },
        )

    def delete(
        self,
        id: str,
        *,
        start_id: str | Unset = UNSET,
        end_id: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
    ) -> None:
        """Delete a source's events

        Delete all events of a source, or a range of them. Without parameters every event is
        deleted. `start_id` alone deletes that event and every later one; `end_id` alone deletes
        every event up to and including that one; both delete the inclusive range (the same ID
        twice deletes one event). Deletion happens asynchronously: the answer is always
        `202 Accepted`.

        ``DELETE /sources/{id}/events`` (operation ``delete_source_events``).

        Args:
            start_id: An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
            end_id: An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
        """

        answer = delete_source_events.sync_detailed(
            id=id,
            client=self._client,
            start_id=start_id,
            end_id=end_id,
            include=include,
            exclude=exclude,
            org_id=org_id,
        )
        return empty("delete_source_events", answer)

    async def async_delete(
        self,
        id: str,
        *,
        start_id: str | Unset = UNSET,
        end_id: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
    ) -> None:
        """Delete a source's events

        Delete all events of a source, or a range of them. Without parameters every event is
        deleted. `start_id` alone deletes that event and every later one; `end_id` alone deletes
        every event up to and including that one; both delete the inclusive range (the same ID
        twice deletes one event). Deletion happens asynchronously: the answer is always
        `202 Accepted`.

        ``DELETE /sources/{id}/events`` (operation ``delete_source_events``).

        Args:
            start_id: An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
            end_id: An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
        """

        answer = await delete_source_events.asyncio_detailed(
            id=id,
            client=self._client,
            start_id=start_id,
            end_id=end_id,
            include=include,
            exclude=exclude,
            org_id=org_id,
        )
        return empty("delete_source_events", answer)
