"""The ``subscriptions`` operations as one group: ``client.subscriptions.<method>(...)``.

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
from ...models.auto_subscription_response import AutoSubscriptionResponse
from ...models.error_body import ErrorBody
from ...models.subscription_list_response import SubscriptionListResponse
from ...models.subscription_response import SubscriptionResponse
from ...types import UNSET, Unset
from . import (
    create_auto_subscription,
    create_subscription,
    delete_subscription,
    list_subscriptions,
)


class Subscriptions:
    """The ``subscriptions`` operations: each method sync, and ``async_``-prefixed for ``await``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        emitter_id: str,
        listener_id: str,
        event_name: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> SubscriptionResponse | None:
        """Subscribe a listener to an emitter's events

        Configure a source or workflow (the listener) to receive the events of another source
        or workflow (the emitter). For example, one workflow can run on the events of ten RSS
        sources.

        The 2020 document marks `emitter_id` optional; later editions require it, and so does
        this document. `event_name` picks a channel (`$errors` and `$logs` are built in, any other
        name is a custom channel); the default channel is used when it is absent.

        A source may subscribe to itself on a named channel (`emitter_id` = `listener_id`,
        `event_name=self`), as Pipedream's own scheduled-tasks source does: each event emitted on
        that channel is delivered to it once, never in a loop.

        The answer is documented only as "200 OK with metadata on the subscription" (docs-v2
        webhooks tutorial). Pipedream's own action reads `response.data.length`, so `data` may be
        a list of subscriptions rather than one; third-party clients expect `204`. All three are
        accepted: `data` is one subscription or a list of them.

        ``POST /subscriptions`` (operation ``create_subscription``).
        """

        answer = create_subscription.sync_detailed(
            client=self._client,
            emitter_id=emitter_id,
            listener_id=listener_id,
            event_name=event_name,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success_or_empty("create_subscription", answer, SubscriptionResponse)

    async def async_create(
        self,
        *,
        emitter_id: str,
        listener_id: str,
        event_name: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> SubscriptionResponse | None:
        """Subscribe a listener to an emitter's events: the async twin of :meth:`create`."""
        answer = await create_subscription.asyncio_detailed(
            client=self._client,
            emitter_id=emitter_id,
            listener_id=listener_id,
            event_name=event_name,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success_or_empty("create_subscription", answer, SubscriptionResponse)

    def delete(
        self,
        *,
        emitter_id: str,
        listener_id: str,
        event_name: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> None:
        """Unsubscribe a listener from an emitter

        Remove a subscription, named by the same query parameters that created it. Pass
        `event_name=` (empty) when none was given at creation. The current docs mark `event_name`
        required, yet their own example omits it, as do the 2021 edition and Pipedream's own
        client when no channel was set: here it is optional, and absent means the default
        channel. The answer is documented nowhere: `200` (with or without a body) and `204` both
        mean success.

        ``DELETE /subscriptions`` (operation ``delete_subscription``).
        """

        answer = delete_subscription.sync_detailed(
            client=self._client,
            emitter_id=emitter_id,
            listener_id=listener_id,
            event_name=event_name,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return empty("delete_subscription", answer)

    async def async_delete(
        self,
        *,
        emitter_id: str,
        listener_id: str,
        event_name: str | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> None:
        """Unsubscribe a listener from an emitter: the async twin of :meth:`delete`."""
        answer = await delete_subscription.asyncio_detailed(
            client=self._client,
            emitter_id=emitter_id,
            listener_id=listener_id,
            event_name=event_name,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return empty("delete_subscription", answer)

    def create_auto(
        self,
        *,
        event_name: str,
        listener_id: str,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> AutoSubscriptionResponse | None:
        """Subscribe a listener to a channel of every future emitter

        From now on, every source or workflow the user creates delivers the `event_name` channel
        (`$errors` or `$logs`) to the listener. Emitters that already exist are not affected: use
        `POST /subscriptions` for them. The answer is documented nowhere; `200` (with or without a
        body) and `204` both mean success.

        ``POST /auto_subscriptions`` (operation ``create_auto_subscription``).
        """

        answer = create_auto_subscription.sync_detailed(
            client=self._client,
            event_name=event_name,
            listener_id=listener_id,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success_or_empty(
            "create_auto_subscription", answer, AutoSubscriptionResponse
        )

    async def async_create_auto(
        self,
        *,
        event_name: str,
        listener_id: str,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> AutoSubscriptionResponse | None:
        """Subscribe a listener to a channel of every future emitter: the async twin of :meth:`create_auto`."""
        answer = await create_auto_subscription.asyncio_detailed(
            client=self._client,
            event_name=event_name,
            listener_id=listener_id,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success_or_empty(
            "create_auto_subscription", answer, AutoSubscriptionResponse
        )

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> SubscriptionListResponse:
        """List the current user's subscriptions

        Every subscription of the authenticated user, in one answer (this list has no `page_info`).

        ``GET /users/me/subscriptions`` (operation ``list_subscriptions``).
        """

        answer = list_subscriptions.sync_detailed(
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("list_subscriptions", answer, SubscriptionListResponse)

    async def async_list(
        self,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> SubscriptionListResponse:
        """List the current user's subscriptions: the async twin of :meth:`list`."""
        answer = await list_subscriptions.asyncio_detailed(
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("list_subscriptions", answer, SubscriptionListResponse)
