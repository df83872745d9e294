"""Bad input is rejected with a ValueError naming the parameter, and no request is sent."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
import yaml
from overlay_fakes import json_response
from pipedream_rest.validation import _path_templates
from pipedream_rest_client.api.components import get_component, get_registry_component
from pipedream_rest_client.api.events import delete_source_events, list_source_events
from pipedream_rest_client.api.sources import delete_source, list_sources, update_source
from pipedream_rest_client.api.webhooks import delete_webhook, list_webhooks
from pipedream_rest_client.api.workflows import list_workflow_errors, list_workflow_events
from pipedream_rest_client.api.workspaces import (
    get_workspace,
    list_workspace_sources,
    list_workspace_subscriptions,
)
from pipedream_rest_client.models import UpdateSourceRequest

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"

BAD_CALLS = [
    ("empty source id on delete", lambda c: delete_source.sync("", client=c), "'id'"),
    ("blank source id on delete", lambda c: delete_source.sync("  ", client=c), "'id'"),
    ("tab as source id", lambda c: delete_source.sync("\t", client=c), "'id'"),
    (
        "empty id on update",
        lambda c: update_source.sync("", client=c, body=UpdateSourceRequest(active=True)),
        "'id'",
    ),
    ("empty component id", lambda c: get_component.sync("", client=c), "'id'"),
    ("empty id in the middle", lambda c: list_source_events.sync("", client=c), "'id'"),
    ("blank id in the middle", lambda c: delete_source_events.sync(" ", client=c), "'id'"),
    ("limit 0", lambda c: list_sources.sync(client=c, limit=0), "limit"),
    ("limit 101", lambda c: list_sources.sync(client=c, limit=101), "limit"),
    ("limit negative", lambda c: list_source_events.sync("dc_1", client=c, limit=-3), "limit"),
    (
        "malformed start_id",
        lambda c: delete_source_events.sync("dc_1", client=c, start_id="abc"),
        "start_id",
    ),
    (
        "malformed end_id",
        lambda c: delete_source_events.sync("dc_1", client=c, end_id="1-2-3"),
        "end_id",
    ),
    ("empty end_id", lambda c: delete_source_events.sync("dc_1", client=c, end_id=""), "end_id"),
    ("before and after", lambda c: list_sources.sync(client=c, before="a", after="b"), "before"),
    # The later operations get the same checks with no code of their own.
    ("empty registry key", lambda c: get_registry_component.sync("", client=c), "'key'"),
    ("empty webhook id", lambda c: delete_webhook.sync("", client=c), "'id' of DELETE /webhooks"),
    ("blank workspace id", lambda c: get_workspace.sync(" ", client=c), "'id' of GET /workspaces"),
    (
        "empty workspace id in the middle",
        lambda c: list_workspace_subscriptions.sync("", client=c),
        "'id' of GET /workspaces/{id}/subscriptions",
    ),
    ("empty org id", lambda c: list_workspace_sources.sync("", client=c), "'org_id'"),
    ("empty workflow id", lambda c: list_workflow_events.sync("", client=c), "'workflow_id'"),
    (
        "empty workflow id for errors",
        lambda c: list_workflow_errors.sync("\t", client=c),
        "'workflow_id' of GET /workflows/{workflow_id}/$errors/event_summaries",
    ),
    ("webhooks limit 101", lambda c: list_webhooks.sync(client=c, limit=101), "limit"),
    (
        "workflow events both cursors",
        lambda c: list_workflow_events.sync("p_1", client=c, before="a", after="b"),
        "before",
    ),
]


@pytest.mark.parametrize(("case", "call", "named"), BAD_CALLS, ids=[b[0] for b in BAD_CALLS])
def test_bad_input_raises_value_error_and_sends_nothing(client, server, case, call, named) -> None:
    server.answer(json_response(200, {"data": [], "page_info": {}}))
    with pytest.raises(ValueError, match=re.escape(named)):
        call(client)
    assert server.requests == []


ASYNC_BAD_CALLS = [
    ("empty id", lambda c: delete_source.asyncio("", client=c), "'id'"),
    ("limit 0", lambda c: list_sources.asyncio(client=c, limit=0), "limit"),
    (
        "start_id",
        lambda c: delete_source_events.asyncio("dc_1", client=c, start_id="x"),
        "start_id",
    ),
    ("both cursors", lambda c: list_sources.asyncio(client=c, before="a", after="b"), "after"),
]


@pytest.mark.parametrize(
    ("case", "call", "named"), ASYNC_BAD_CALLS, ids=[b[0] for b in ASYNC_BAD_CALLS]
)
def test_async_bad_input_raises_and_sends_nothing(make_client, server, case, call, named) -> None:
    async def run() -> None:
        async with make_client() as client:
            await call(client)

    with pytest.raises(ValueError, match=re.escape(named)):
        asyncio.run(run())
    assert server.requests == []


def test_error_names_the_operation_template(client) -> None:
    with pytest.raises(ValueError) as caught:
        delete_source_events.sync(" ", client=client)
    assert str(caught.value) == (
        "path parameter 'id' of DELETE /sources/{id}/events is empty or blank; pass a non-empty ID"
    )


GOOD_CALLS = [
    lambda c: list_sources.sync(client=c, limit=1),
    lambda c: list_sources.sync(client=c, limit=100),
    lambda c: list_sources.sync(client=c, before="a"),
    lambda c: list_source_events.sync("dc_1", client=c, after="1589486981598-0"),
    lambda c: delete_source_events.sync(
        "dc_1", client=c, start_id="1589486981598-0", end_id="1589486981599-12"
    ),
    lambda c: delete_source.sync("dc with space", client=c),
    lambda c: delete_source.sync("a/b", client=c),
    lambda c: list_workflow_errors.sync("p_1", client=c, limit=100),
    lambda c: get_registry_component.sync("rss-new-item-in-feed", client=c),
]


@pytest.mark.parametrize("call", GOOD_CALLS)
def test_good_input_is_sent(client, server, call) -> None:
    server.answer(json_response(200, {"data": [], "page_info": {}}))
    call(client)
    assert len(server.requests) == 1


def test_every_templated_path_of_the_spec_is_known() -> None:
    spec = yaml.safe_load(SPEC.read_text())
    templated = {path for path in spec["paths"] if "{" in path}
    assert templated, "the spec has path parameters"
    assert {template for template, _, _ in _path_templates()} == templated
