"""The ``webhooks`` operations as one group: ``client.webhooks.<method>(...)``.

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
from ...models import PageInfo, Webhook
from ...models.error_body import ErrorBody
from ...models.webhook_list import WebhookList
from ...models.webhook_response import WebhookResponse
from ...types import UNSET, Unset
from . import create_webhook, delete_webhook, list_webhooks


class Webhooks:
    """The ``webhooks`` operations: each method sync, and ``async_``-prefixed for ``await``."""

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
    ) -> SyncPage[Webhook, PageInfo]:
        """List the current user's webhooks

        The user's webhooks, one page at a time, oldest first. Cursors are opaque.

        ``GET /users/me/webhooks`` (operation ``list_webhooks``).
        """

        return SyncPage(
            "list_webhooks",
            list_webhooks.sync_detailed,
            WebhookList,
            {
                "client": self._client,
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
        limit: int | Unset = 10,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> AsyncPager[Webhook, PageInfo]:
        """List the current user's webhooks: the async twin of :meth:`list`."""
        return AsyncPager(
            "list_webhooks",
            list_webhooks.asyncio_detailed,
            WebhookList,
            {
                "client": self._client,
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
        url: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> WebhookResponse:
        """Create a webhook

        Register a URL that receives events: subscribe the webhook (`wh_...`) to a source with
        `POST /subscriptions`, and each event the source emits is `POST`ed to the URL as JSON. A
        failed delivery never removes the event from the source. All parameters are query
        parameters. The current docs mark `name` and `description` required, but their own
        answer shows both `null` and the 2021 and docs-v2 editions leave them optional: here they
        are optional.

        ``POST /webhooks`` (operation ``create_webhook``).
        """

        answer = create_webhook.sync_detailed(
            client=self._client,
            url_query=url,
            name=name,
            description=description,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success("create_webhook", answer, WebhookResponse)

    async def async_create(
        self,
        *,
        url: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> WebhookResponse:
        """Create a webhook: the async twin of :meth:`create`."""
        answer = await create_webhook.asyncio_detailed(
            client=self._client,
            url_query=url,
            name=name,
            description=description,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success("create_webhook", answer, WebhookResponse)

    def delete(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> None:
        """Delete a webhook

        Delete a webhook and its subscriptions. The status is documented nowhere; clients have
        seen `204`. `200`, `202` and `204` all mean success.

        ``DELETE /webhooks/{id}`` (operation ``delete_webhook``).
        """

        answer = delete_webhook.sync_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return empty("delete_webhook", answer)

    async def async_delete(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> None:
        """Delete a webhook: the async twin of :meth:`delete`."""
        answer = await delete_webhook.asyncio_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return empty("delete_webhook", answer)
