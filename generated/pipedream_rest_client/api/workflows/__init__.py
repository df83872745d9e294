"""The ``workflows`` operations as one group: ``client.workflows.<method>(...)``.

Generated from openapi.yaml by ``make generate``; do not edit.
"""

from typing import Any, cast

from pipedream_rest_runtime.paging import AsyncPager, SyncPage
from pipedream_rest_runtime.responses import empty, success, success_or_empty

from ...client import AuthenticatedClient
from ...models import ErrorEventSummary, EventSummary, PageInfo
from ...models.error import Error
from ...models.error_event_summary_list import ErrorEventSummaryList
from ...models.event_summary_list import EventSummaryList
from ...models.expand import Expand
from ...types import UNSET, Unset
from . import list_workflow_errors, list_workflow_events


class Workflows:
    """The ``workflows`` operations: each method sync, and ``async_``-prefixed for ``await``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_events(
        self,
        workflow_id: str,
        *,
        expand: Expand | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> SyncPage[EventSummary, PageInfo]:
        """List a workflow's emitted events

        The events a workflow emitted, newest first, one page at a time; each `event` is
        `{"raw_event": {...}}`. Cursors are event IDs. Creating or editing workflows is outside
        this API.

        ``GET /workflows/{workflow_id}/event_summaries`` (operation ``list_workflow_events``).

        Args:
            expand: What to expand in a list of events; `event` returns every event in full.
        """

        return SyncPage(
            "list_workflow_events",
            list_workflow_events.sync_detailed,
            EventSummaryList,
            {
                "workflow_id": workflow_id,
                "client": self._client,
                "expand": expand,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
            },
        )

    def async_list_events(
        self,
        workflow_id: str,
        *,
        expand: Expand | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AsyncPager[EventSummary, PageInfo]:
        """List a workflow's emitted events

        The events a workflow emitted, newest first, one page at a time; each `event` is
        `{"raw_event": {...}}`. Cursors are event IDs. Creating or editing workflows is outside
        this API.

        ``GET /workflows/{workflow_id}/event_summaries`` (operation ``list_workflow_events``).

        Args:
            expand: What to expand in a list of events; `event` returns every event in full.
        """

        return AsyncPager(
            "list_workflow_events",
            list_workflow_events.asyncio_detailed,
            EventSummaryList,
            {
                "workflow_id": workflow_id,
                "client": self._client,
                "expand": expand,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
            },
        )

    def list_errors(
        self,
        workflow_id: str,
        *,
        expand: Expand | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> SyncPage[ErrorEventSummary, PageInfo]:
        """List a workflow's errors

        The errors a workflow raised, newest first, one page at a time, from the built-in
        `$errors` channel: each `event` holds the original event, its context and the error.

        ``GET /workflows/{workflow_id}/$errors/event_summaries`` (operation ``list_workflow_errors``).

        Args:
            expand: What to expand in a list of events; `event` returns every event in full.
        """

        return SyncPage(
            "list_workflow_errors",
            list_workflow_errors.sync_detailed,
            ErrorEventSummaryList,
            {
                "workflow_id": workflow_id,
                "client": self._client,
                "expand": expand,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
            },
        )

    def async_list_errors(
        self,
        workflow_id: str,
        *,
        expand: Expand | Unset = UNSET,
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AsyncPager[ErrorEventSummary, PageInfo]:
        """List a workflow's errors

        The errors a workflow raised, newest first, one page at a time, from the built-in
        `$errors` channel: each `event` holds the original event, its context and the error.

        ``GET /workflows/{workflow_id}/$errors/event_summaries`` (operation ``list_workflow_errors``).

        Args:
            expand: What to expand in a list of events; `event` returns every event in full.
        """

        return AsyncPager(
            "list_workflow_errors",
            list_workflow_errors.asyncio_detailed,
            ErrorEventSummaryList,
            {
                "workflow_id": workflow_id,
                "client": self._client,
                "expand": expand,
                "limit": limit,
                "after": after,
                "before": before,
                "include": include,
                "exclude": exclude,
            },
        )
