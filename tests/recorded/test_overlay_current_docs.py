"""The overlay over the operations that complete the current documentation: generic pagination of
the new lists (sync and async) and typed errors, replayed from cassettes."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from cassette_tools import API_KEY, BASE_URL, CLIENT_ID, CLIENT_SECRET
from pipedream_rest import NotFoundError, PermissionDeniedError, Pipedream, apaginate, paginate
from pipedream_rest_client.api.accounts import get_account
from pipedream_rest_client.api.apps import get_app, list_apps
from pipedream_rest_client.api.workflows import create_workflow
from pipedream_rest_client.api.workspaces import list_workspace_accounts, list_workspace_projects, list_workspaces
from pipedream_rest_client.models import App, CreateWorkflowRequest

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


@pytest.fixture
def client() -> Iterator[Pipedream]:
    with Pipedream(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as c:
        yield c


def test_paginate_apps_and_workspace_accounts(client: Pipedream) -> None:
    apps = list(paginate(list_apps.sync, client=client, limit=2).items(max_items=5))
    assert len(apps) == 5 and all(isinstance(app, App) for app in apps)
    assert len({app.id for app in apps}) == 5

    org_id = list_workspaces.sync(client=client).data[0].id
    walked = [account.id for account in paginate(list_workspace_accounts.sync, org_id, client=client, limit=1)]
    whole = list_workspace_accounts.sync(org_id, client=client, limit=100).data
    assert walked == [account.id for account in whole]

    async def walk_async() -> list[str]:
        async with Pipedream(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as async_client:
            walk = apaginate(list_apps.asyncio, client=async_client, limit=2)
            return [app.id async for app in walk.items(max_items=3)]

    assert asyncio.run(walk_async()) == [app.id for app in apps[:3]]


def test_new_operations_raise_typed_errors(client: Pipedream) -> None:
    with pytest.raises(NotFoundError):
        get_app.sync("no_such_app", client=client)
    with pytest.raises(NotFoundError):
        get_account.sync("apn_doesnotexist", client=client)

    org_id = list_workspaces.sync(client=client).data[0].id
    project_id = list_workspace_projects.sync(org_id, client=client).data[0].id
    body = CreateWorkflowRequest(project_id=project_id, org_id=org_id, template_id="tch_3BXfWO")
    # Creating a workflow needs a user API key: an OAuth token (acting for its workspace) is refused.
    with Pipedream(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=BASE_URL, max_retries=0) as oauth:
        with pytest.raises(PermissionDeniedError):
            create_workflow.sync(client=oauth, body=body)
