"""The overlay over recorded exchanges: pagination both ways (sync and async) and typed errors."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from cassette_tools import API_KEY, BASE_URL, CLIENT_ID, CLIENT_SECRET, WRONG_KEY
from pipedream_rest import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    Pipedream,
    apaginate,
    paginate,
)
from pipedream_rest_client.api.components import create_component, get_component
from pipedream_rest_client.api.events import list_source_events
from pipedream_rest_client.api.sources import create_source, delete_source, list_sources, update_source
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.api.webhooks import create_webhook, delete_webhook, list_webhooks
from pipedream_rest_client.api.workflows import list_workflow_errors, list_workflow_events
from pipedream_rest_client.api.workspaces import list_workspace_sources, list_workspaces
from pipedream_rest_client.models import CreateComponentRequest, CreateSourceRequest, UpdateSourceRequest
from test_generated_operations import HTTP_COMPONENT, new_http_source

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


@pytest.fixture
def client() -> Iterator[Pipedream]:
    with Pipedream(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as c:
        yield c


def test_paginate_sources_forward_then_backward(client: Pipedream) -> None:
    ids = [new_http_source(client, f"overlay-page-{i}") for i in range(5)]
    try:
        forward = [s.id for s in paginate(list_sources.sync, client=client, limit=2)]
        assert [i for i in forward if i in ids] == ids
        assert len(forward) == len(set(forward))

        pages = list(paginate(list_sources.sync, client=client, limit=2, include="id,name").pages())
        assert sum(len(p.data) for p in pages) == len(forward)
        assert all(set(s.to_dict()) <= {"id", "name"} for p in pages for s in p.data)

        # Start before the newest source and walk back: every older one, newest pages first.
        newest = [p for p in pages if p.data][-1].page_info.end_cursor
        assert newest
        backward_pages = list(paginate(list_sources.sync, client=client, limit=2, before=newest).pages())
        backward = [s.id for page in reversed(backward_pages) for s in page.data]
        assert backward == forward[:-1]

        capped = list(paginate(list_sources.sync, client=client, limit=2).items(max_items=3))
        assert [s.id for s in capped] == forward[:3]
    finally:
        for source_id in ids:
            delete_source.sync(source_id, client=client)


async def test_apaginate_events_walks_every_page() -> None:
    async with Pipedream(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as client:
        source = await create_source.asyncio(
            client=client, body=CreateSourceRequest(component_code=HTTP_COMPONENT, name="overlay-async")
        )
        source_id = source.data.id
        try:
            updated = await update_source.asyncio(source_id, client=client, body=UpdateSourceRequest(active=True))
            endpoint = updated.data.configured_props["http"]["endpoint_url"]
            async with httpx.AsyncClient() as http:
                for n in range(5):
                    await http.post(endpoint, json={"n": n})
            events = [e async for e in apaginate(list_source_events.asyncio, source_id, client=client, limit=2)]
            assert [e.event["body"] for e in events] == [{"n": n} for n in reversed(range(5))]
            pages = [p async for p in apaginate(list_source_events.asyncio, source_id, client=client, limit=2).pages()]
            assert [len(p.data) for p in pages if p.data] == [2, 2, 1]
        finally:
            await delete_source.asyncio(source_id, client=client)


def test_errors_are_raised_as_typed_exceptions(client: Pipedream) -> None:
    with Pipedream(api_key=WRONG_KEY, base_url=BASE_URL, max_retries=0) as wrong:
        with pytest.raises(AuthenticationError) as denied:
            get_current_user.sync(client=wrong)
    assert denied.value.status_code == 401 and WRONG_KEY not in repr(denied.value)

    with pytest.raises(NotFoundError) as missing:
        get_component.sync("sc_doesnotexist", client=client)
    assert missing.value.status_code == 404 and missing.value.path == "/v1/components/sc_doesnotexist"

    with pytest.raises(BadRequestError) as bad:
        create_component.sync(client=client, body=CreateComponentRequest(component_code="module.exports = {"))
    assert bad.value.status_code == 400 and bad.value.message

    with pytest.raises(BadRequestError):
        list(paginate(list_sources.sync, client=client, after="not a cursor!"))


def test_oauth_client_credentials_page_through_workflow_events_and_errors() -> None:
    with Pipedream(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=BASE_URL, max_retries=0) as client:
        events = list(paginate(list_workflow_events.sync, "p_abc123", client=client, limit=5))
        errors = list(paginate(list_workflow_errors.sync, "p_abc123", client=client, limit=5))
        assert len(events) == len(errors) == 12
        assert {e.metadata.name for e in errors} == {"$errors"}
        assert CLIENT_SECRET not in repr(client)
        with pytest.raises(PermissionDeniedError):
            get_current_user.sync(client=client)


def test_paginate_webhooks_and_workspace_sources(client: Pipedream) -> None:
    hooks = [create_webhook.sync(client=client, url_query=f"http://127.0.0.1:9/overlay/{n}").data.id for n in range(3)]
    (workspace,) = list_workspaces.sync(client=client).data
    body = CreateSourceRequest(component_code=HTTP_COMPONENT, name="overlay-team")
    team = [create_source.sync(client=client, body=body, org_id=workspace.id).data.id for _ in range(3)]
    try:
        walked = [h.id for h in paginate(list_webhooks.sync, client=client, limit=2)]
        assert [h for h in walked if h in hooks] == hooks
        owned = [s.id for s in paginate(list_workspace_sources.sync, workspace.id, client=client, limit=2)]
        assert [s for s in owned if s in team] == team
    finally:
        for hook in hooks:
            delete_webhook.sync(hook, client=client)
        for source_id in team:
            delete_source.sync(source_id, client=client)
