"""The ``workflows`` operations as one group: ``client.workflows.<method>(...)``.

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
from ...models import ErrorEventSummary, EventSummary, PageInfo
from ...models.create_workflow_request import CreateWorkflowRequest
from ...models.error_body import ErrorBody
from ...models.error_event_summary_list import ErrorEventSummaryList
from ...models.event_summary_list import EventSummaryList
from ...models.expand import Expand
from ...models.update_workflow_request import UpdateWorkflowRequest
from ...models.workflow_details import WorkflowDetails
from ...models.workflow_response import WorkflowResponse
from ...models.workflow_update_result import WorkflowUpdateResult
from ...types import UNSET, Unset
from . import (
    create_workflow,
    get_workflow,
    list_workflow_errors,
    list_workflow_events,
    update_workflow,
)


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
        `{"raw_event": {...}}`. Cursors are event IDs.

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
        """List a workflow's emitted events: the async twin of :meth:`list_events`."""
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

        Where `metadata` sits differs by edition: the 2021 workflow-errors page prints it beside
        `event`; the current docs and docs-v2 print it inside `event`, beside `error`. Both
        places are declared, so either answer parses without losing it.

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
        """List a workflow's errors: the async twin of :meth:`list_errors`."""
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

    def create(
        self,
        *,
        body: CreateWorkflowRequest,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> WorkflowResponse:
        """Create a workflow from a template

        Create a workflow in a workspace's project from a workflow template (the `tch_...` ID of a
        share link), filling in the template's step and trigger props, connected accounts
        (`authProvisionId`) and settings. With `settings.auto_deploy` the workflow is deployed and
        active at once. Documented by the current docs and the 2021 edition.

        **User API keys only**: an OAuth access token is refused with `403`.

        ``POST /workflows`` (operation ``create_workflow``).

        Args:
            body: A workflow template to copy into a project, with the props it needs.
        """

        answer = create_workflow.sync_detailed(
            client=self._client,
            body=body,
            include=include,
            exclude=exclude,
        )
        return success("create_workflow", answer, WorkflowResponse)

    async def async_create(
        self,
        *,
        body: CreateWorkflowRequest,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> WorkflowResponse:
        """Create a workflow from a template: the async twin of :meth:`create`."""
        answer = await create_workflow.asyncio_detailed(
            client=self._client,
            body=body,
            include=include,
            exclude=exclude,
        )
        return success("create_workflow", answer, WorkflowResponse)

    def get(
        self,
        workflow_id: str,
        *,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> WorkflowDetails:
        """Get a workflow's details

        A workflow's triggers and steps. Unlike every other single-object answer, the docs print
        this one **without** a `data` wrapper: `{"triggers": [...], "steps": [...]}`. Pass
        `org_id` for a workflow of a workspace when using a user API key.

        ``GET /workflows/{workflow_id}`` (operation ``get_workflow``).
        """

        answer = get_workflow.sync_detailed(
            workflow_id=workflow_id,
            client=self._client,
            org_id=org_id,
            workspace_id=workspace_id,
            include=include,
            exclude=exclude,
        )
        return success("get_workflow", answer, WorkflowDetails)

    async def async_get(
        self,
        workflow_id: str,
        *,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> WorkflowDetails:
        """Get a workflow's details: the async twin of :meth:`get`."""
        answer = await get_workflow.asyncio_detailed(
            workflow_id=workflow_id,
            client=self._client,
            org_id=org_id,
            workspace_id=workspace_id,
            include=include,
            exclude=exclude,
        )
        return success("get_workflow", answer, WorkflowDetails)

    def update(
        self,
        workflow_id: str,
        *,
        body: UpdateWorkflowRequest,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> WorkflowUpdateResult | None:
        """Activate or deactivate a workflow

        Set a workflow's activation status. Steps, triggers and accounts cannot be changed this
        way: create a new workflow from a template instead. The current docs send
        `{"active": false, "org_id": "o_..."}`; the 2021 edition sends `active` alone. The
        answer is documented nowhere: `200` (with the workflow or any object) and `204` both mean
        success.

        **User API keys only**: an OAuth access token is refused with `403`.

        ``PUT /workflows/{workflow_id}`` (operation ``update_workflow``).

        Args:
            body: The workflow's activation status.
        """

        answer = update_workflow.sync_detailed(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
            include=include,
            exclude=exclude,
        )
        return success_or_empty("update_workflow", answer, WorkflowUpdateResult)

    async def async_update(
        self,
        workflow_id: str,
        *,
        body: UpdateWorkflowRequest,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> WorkflowUpdateResult | None:
        """Activate or deactivate a workflow: the async twin of :meth:`update`."""
        answer = await update_workflow.asyncio_detailed(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
            include=include,
            exclude=exclude,
        )
        return success_or_empty("update_workflow", answer, WorkflowUpdateResult)
