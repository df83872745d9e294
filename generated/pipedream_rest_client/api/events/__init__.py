"""The ``events`` operations as one group: ``client.events.<method>(...)``.

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
from ...models import EventSummary, PageInfo
from ...models.error_body import ErrorBody
from ...models.event_summary_list import EventSummaryList
from ...models.expand import Expand
from ...models.legacy_event_list import LegacyEventList
from ...types import UNSET, Unset
from . import (
    delete_source_events,
    list_source_events,
    list_source_events_legacy,
    stream_source_events,
)


class Events:
    """The ``events`` operations: each method sync, and ``async_``-prefixed for ``await``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        id: str,
        *,
        event_name: str | Unset = UNSET,
        expand: Expand | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> SyncPage[EventSummary, PageInfo]:
        """List a source's events

        Retrieve up to the last 100 events emitted by a source, newest first. Here the cursors
        are event IDs. Event data over 1 KB may be truncated unless `expand=event` is passed.

        `event_name` lists one channel (`$errors`, `$logs`, or a custom channel the source emits
        on); without it, the default channel. Pipedream's own client sends it; the docs do not
        mention it. Each event's `metadata` carries the `id`, `summary` and `ts` the component
        passed to `$emit(event, {id, summary, ts})`, beside `emitter_id`, `emit_id` and `name`.

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
                "event_name": event_name,
                "expand": expand,
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
        id: str,
        *,
        event_name: str | Unset = UNSET,
        expand: Expand | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> AsyncPager[EventSummary, PageInfo]:
        """List a source's events: the async twin of :meth:`list`."""
        return AsyncPager(
            "list_source_events",
            list_source_events.asyncio_detailed,
            EventSummaryList,
            {
                "id": id,
                "client": self._client,
                "event_name": event_name,
                "expand": expand,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
                "org_id": org_id,
                "workspace_id": workspace_id,
            },
        )

    def list_source_legacy(
        self,
        id: str,
        *,
        n: int | Unset = UNSET,
        event_name: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> LegacyEventList:
        """List a source's last events (2020 form)

        The 2020 way to read a source's events, still shown by the 2020 RSS walkthrough and still
        called by older tools: the last `n` events, newest first. Use
        `GET /sources/{id}/event_summaries` (cursors, `limit`) instead. The walkthrough prints no
        answer: see `LegacyEvent` for the shapes accepted.

        ``GET /sources/{id}/events`` (operation ``list_source_events_legacy``).
        """

        answer = list_source_events_legacy.sync_detailed(
            id=id,
            client=self._client,
            n=n,
            event_name=event_name,
            include=include,
            exclude=exclude,
        )
        return success("list_source_events_legacy", answer, LegacyEventList)

    async def async_list_source_legacy(
        self,
        id: str,
        *,
        n: int | Unset = UNSET,
        event_name: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> LegacyEventList:
        """List a source's last events (2020 form): the async twin of :meth:`list_source_legacy`."""
        answer = await list_source_events_legacy.asyncio_detailed(
            id=id,
            client=self._client,
            n=n,
            event_name=event_name,
            include=include,
            exclude=exclude,
        )
        return success("list_source_events_legacy", answer, LegacyEventList)

    def delete(
        self,
        id: str,
        *,
        event_name: str | Unset = UNSET,
        start_id: str | Unset = UNSET,
        end_id: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> None:
        """Delete a source's events

        Delete all events of a source, or a range of them. Without parameters every event is
        deleted. `start_id` alone deletes that event and every later one; `end_id` alone deletes
        every event up to and including that one; both delete the inclusive range (the same ID
        twice deletes one event). Deletion happens asynchronously: the docs answer
        `202 Accepted`; third-party clients expect `204`, and `200` is accepted too.

        `event_name` picks the channel whose events are deleted (Pipedream's own client sends it);
        without it, the default channel. A delete never touches another channel's events.

        ``DELETE /sources/{id}/events`` (operation ``delete_source_events``).

        Args:
            start_id: An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
            end_id: An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
        """

        answer = delete_source_events.sync_detailed(
            id=id,
            client=self._client,
            event_name=event_name,
            start_id=start_id,
            end_id=end_id,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return empty("delete_source_events", answer)

    async def async_delete(
        self,
        id: str,
        *,
        event_name: str | Unset = UNSET,
        start_id: str | Unset = UNSET,
        end_id: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> None:
        """Delete a source's events: the async twin of :meth:`delete`."""
        answer = await delete_source_events.asyncio_detailed(
            id=id,
            client=self._client,
            event_name=event_name,
            start_id=start_id,
            end_id=end_id,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return empty("delete_source_events", answer)
