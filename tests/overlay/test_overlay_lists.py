"""The later list operations: paginate()/apaginate() walk every one with page_info, with no code of
their own, and infer the item type; the lists without page_info come back whole and are refused
by paginate(). This module is type-checked by `make typecheck` (mypy --strict): `assert_type`
fails there if an item type is not inferred exactly, and an unused `type: ignore` fails if mypy
stops refusing a whole list.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, NamedTuple, assert_type

import pytest
from overlay_fakes import FakeServer, json_response, page
from pipedream_rest import Pipedream, PipedreamError, apaginate, paginate
from pipedream_rest_client.api.accounts import list_accounts
from pipedream_rest_client.api.apps import list_app_categories, list_apps
from pipedream_rest_client.api.events import list_source_events_legacy
from pipedream_rest_client.api.subscriptions import list_subscriptions
from pipedream_rest_client.api.webhooks import list_webhooks
from pipedream_rest_client.api.workflows import list_workflow_errors, list_workflow_events
from pipedream_rest_client.api.workspaces import (
    list_org_subscriptions,
    list_workspace_accounts,
    list_workspace_projects,
    list_workspace_sources,
    list_workspace_subscriptions,
    list_workspaces,
)
from pipedream_rest_client.models import (
    Account,
    App,
    AppCategory,
    ErrorEventSummary,
    EventSummary,
    Expand,
    LegacyEvent,
    Project,
    Source,
    Subscription,
    SubscriptionListResponse,
    Webhook,
    Workspace,
    WorkspaceListResponse,
)

TWO_PAGES_THEN_EMPTY = [
    json_response(200, page(["a", "b"], start="a", end="b")),
    json_response(200, page(["c"], start="c", end="c")),
    json_response(200, page([])),
]


class Listing(NamedTuple):
    """A generated list operation: its functions, positional arguments, path and item class."""

    name: str
    sync: Any
    asyncio: Any
    args: tuple[str, ...]
    path: str
    item_class: type


PAGINATED = [
    Listing(
        "list_webhooks",
        list_webhooks.sync,
        list_webhooks.asyncio,
        (),
        "/v1/users/me/webhooks",
        Webhook,
    ),
    Listing(
        "list_workspace_sources",
        list_workspace_sources.sync,
        list_workspace_sources.asyncio,
        ("o_1",),
        "/v1/orgs/o_1/sources",
        Source,
    ),
    Listing(
        "list_workflow_events",
        list_workflow_events.sync,
        list_workflow_events.asyncio,
        ("p_1",),
        "/v1/workflows/p_1/event_summaries",
        EventSummary,
    ),
    Listing(
        "list_workflow_errors",
        list_workflow_errors.sync,
        list_workflow_errors.asyncio,
        ("p_1",),
        "/v1/workflows/p_1/$errors/event_summaries",
        ErrorEventSummary,
    ),
    Listing("list_apps", list_apps.sync, list_apps.asyncio, (), "/v1/apps", App),
    Listing(
        "list_workspace_accounts",
        list_workspace_accounts.sync,
        list_workspace_accounts.asyncio,
        ("o_1",),
        "/v1/workspaces/o_1/accounts",
        Account,
    ),
]


@pytest.mark.parametrize("listing", PAGINATED, ids=[listing.name for listing in PAGINATED])
def test_every_paginated_list_is_walked_generically(
    make_client: Callable[..., Pipedream], server: FakeServer, listing: Listing
) -> None:
    server.answer(*TWO_PAGES_THEN_EMPTY)
    args = listing.args
    with make_client() as client:
        items = list(paginate(listing.sync, *args, client=client, limit=2, include="id"))
    assert [item.id for item in items] == ["a", "b", "c"]
    assert all(isinstance(item, listing.item_class) for item in items)
    assert {request.url.path for request in server.requests} == {listing.path}
    assert server.queries == [
        {"limit": "2", "include": "id"},
        {"limit": "2", "include": "id", "after": "b"},
        {"limit": "2", "include": "id", "after": "c"},
    ]

    async def walk_async() -> list[object]:
        async with make_client() as client:
            walk = apaginate(listing.asyncio, *args, client=client, before="z")
            return [item async for item in walk]

    server.restart(*TWO_PAGES_THEN_EMPTY)
    async_items = asyncio.run(walk_async())
    assert [item.id for item in async_items] == ["a", "b", "c"]  # type: ignore[attr-defined]
    assert all(isinstance(item, listing.item_class) for item in async_items)
    assert [query.get("before") for query in server.queries[3:]] == ["z", "a", "c"]


def test_item_types_are_inferred_from_the_generated_operation(
    make_client: Callable[..., Pipedream], server: FakeServer
) -> None:
    server.answer(json_response(200, page(["a"])))
    with make_client() as client:
        app = next(iter(paginate(list_apps.sync, client=client)))
        account = next(iter(paginate(list_workspace_accounts.sync, "o_1", client=client)))
        webhook = next(iter(paginate(list_webhooks.sync, client=client)))
        source = next(iter(paginate(list_workspace_sources.sync, "o_1", client=client)))
        event = next(
            iter(
                paginate(
                    list_workflow_events.sync,
                    "p_1",
                    client=client,
                    expand=Expand.EVENT,
                )
            )
        )
        error = next(
            iter(
                paginate(
                    list_workflow_errors.sync,
                    "p_1",
                    client=client,
                    expand=Expand.EVENT,
                )
            )
        )
    assert_type(app, App)
    assert_type(account, Account)
    assert isinstance(app, App) and isinstance(account, Account)
    assert_type(webhook, Webhook)
    assert_type(source, Source)
    assert_type(event, EventSummary)
    assert_type(error, ErrorEventSummary)
    assert isinstance(webhook, Webhook) and isinstance(source, Source)
    assert isinstance(event, EventSummary) and isinstance(error, ErrorEventSummary)

    async def first_async() -> tuple[object, object]:
        async with make_client() as client:
            webhook = await anext(aiter(apaginate(list_webhooks.asyncio, client=client)))
            error = await anext(
                aiter(apaginate(list_workflow_errors.asyncio, "p_1", client=client))
            )
            assert_type(webhook, Webhook)
            assert_type(error, ErrorEventSummary)
            return webhook, error

    async_webhook, async_error = asyncio.run(first_async())
    assert isinstance(async_webhook, Webhook) and isinstance(async_error, ErrorEventSummary)


WHOLE_LISTS = [
    Listing(
        "list_subscriptions",
        list_subscriptions.sync,
        list_subscriptions.asyncio,
        (),
        "/v1/users/me/subscriptions",
        Subscription,
    ),
    Listing(
        "list_workspaces",
        list_workspaces.sync,
        list_workspaces.asyncio,
        (),
        "/v1/users/me/workspaces",
        Workspace,
    ),
    Listing(
        "list_workspace_subscriptions",
        list_workspace_subscriptions.sync,
        list_workspace_subscriptions.asyncio,
        ("o_1",),
        "/v1/workspaces/o_1/subscriptions",
        Subscription,
    ),
    Listing("list_accounts", list_accounts.sync, list_accounts.asyncio, (), "/v1/accounts", Account),
    Listing(
        "list_workspace_projects",
        list_workspace_projects.sync,
        list_workspace_projects.asyncio,
        ("o_1",),
        "/v1/workspaces/o_1/projects",
        Project,
    ),
    Listing(
        "list_org_subscriptions",
        list_org_subscriptions.sync,
        list_org_subscriptions.asyncio,
        ("o_1",),
        "/v1/orgs/o_1/subscriptions",
        Subscription,
    ),
    Listing(
        "list_source_events_legacy",
        list_source_events_legacy.sync,
        list_source_events_legacy.asyncio,
        ("dc_1",),
        "/v1/sources/dc_1/events",
        LegacyEvent,
    ),
]


@pytest.mark.parametrize("listing", WHOLE_LISTS, ids=[listing.name for listing in WHOLE_LISTS])
def test_lists_without_page_info_come_back_whole(
    client: Pipedream, server: FakeServer, listing: Listing
) -> None:
    everything = [{"id": f"x_{n}"} for n in range(150)]  # more than any page limit
    server.answer(json_response(200, {"data": everything}))
    answer = listing.sync(*listing.args, client=client)
    assert [item.id for item in answer.data] == [item["id"] for item in everything]
    assert all(isinstance(item, listing.item_class) for item in answer.data)
    assert [request.url.path for request in server.requests] == [listing.path]


@pytest.mark.parametrize("listing", WHOLE_LISTS, ids=[listing.name for listing in WHOLE_LISTS])
def test_paginate_refuses_a_list_without_page_info_before_sending(
    client: Pipedream, server: FakeServer, listing: Listing
) -> None:
    named = rf"\.{listing.name}\.(sync|asyncio) returns .*'page_info'"
    with pytest.raises(TypeError, match=named):
        paginate(listing.sync, *listing.args, client=client)
    with pytest.raises(TypeError, match=named):
        apaginate(listing.asyncio, *listing.args, client=client)
    assert server.requests == []


def test_mypy_refuses_to_paginate_a_whole_list(client: Pipedream, server: FakeServer) -> None:
    server.answer(json_response(200, {"data": []}))
    whole = list_subscriptions.sync(client=client)
    assert isinstance(whole, SubscriptionListResponse)
    workspaces = list_workspaces.sync(client=client)
    assert isinstance(workspaces, WorkspaceListResponse)
    # The ignores below are needed: `make typecheck` (warn_unused_ignores) fails if they are not.
    with pytest.raises(TypeError):
        paginate(list_subscriptions.sync, client=client)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        apaginate(list_workspaces.asyncio, client=client)  # type: ignore[arg-type]


def test_app_categories_come_back_as_a_bare_list_that_paginate_refuses(
    client: Pipedream, server: FakeServer
) -> None:
    server.answer(json_response(200, [{"id": "appcat_1", "name": "Communication", "description": None}]))
    categories = list_app_categories.sync(client=client)
    assert isinstance(categories, list) and isinstance(categories[0], AppCategory)
    assert categories[0].description is None
    server.answer(json_response(200, []))
    with pytest.raises(PipedreamError, match=r"list_app_categories\.sync returned list, not a page"):
        list(paginate(list_app_categories.sync, client=client))  # type: ignore[arg-type]
