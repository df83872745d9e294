"""The operations later editions added, through the generated client, replayed from cassettes.

Registry and search, webhooks, subscriptions (list, delete, auto, glob), workspaces, workflow
events and errors, and the OAuth token endpoint.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cassette_tools import API_KEY, BASE_URL, CLIENT_ID, CLIENT_SECRET, WRONG_KEY
from pipedream_rest_client import AuthenticatedClient, Client
from pipedream_rest_client.api.components import get_registry_component, search_components
from pipedream_rest_client.api.oauth import create_oauth_token
from pipedream_rest_client.api.sources import create_source, delete_source, list_sources
from pipedream_rest_client.api.subscriptions import (
    create_auto_subscription,
    create_subscription,
    delete_subscription,
    list_subscriptions,
)
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.api.webhooks import create_webhook, delete_webhook, list_webhooks
from pipedream_rest_client.api.workflows import list_workflow_errors, list_workflow_events
from pipedream_rest_client.api.workspaces import (
    get_workspace,
    list_workspaces,
    list_workspace_sources,
    list_workspace_subscriptions,
)
from pipedream_rest_client.models import CreateSourceRequest, ErrorBody, Expand, OAuthTokenRequest
from test_generated_operations import new_http_source

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]

WORKFLOW = "p_abc123"
# Nothing listens on the discard port: deliveries fail, which never touches the sources' events.
HOOK_URL = "http://127.0.0.1:9/hook"


@pytest.fixture
def client() -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=BASE_URL, token=API_KEY) as c:
        yield c


def test_registry_component_search_and_deploy_by_key(client: AuthenticatedClient) -> None:
    rss = get_registry_component.sync("rss-new-item-in-feed", client=client).data
    assert rss.key == "rss-new-item-in-feed" and rss.name
    assert {p.name for p in rss.configurable_props} >= {"url", "timer"}
    assert get_registry_component.sync_detailed("no-such-component", client=client).status_code == 404

    found = search_components.sync(client=client, query="new item in rss feed")
    assert "rss-new-item-in-feed" in found.sources
    nothing = search_components.sync(client=client, query="zzqx", similarity_threshold=1.0)
    assert nothing.sources == [] and nothing.actions == []
    assert search_components.sync_detailed(client=client, query="").status_code == 400

    source = create_source.sync(client=client, body=CreateSourceRequest(key="http-new-requests", name="by-key")).data
    try:
        assert source.id.startswith("dc_") and source.name == "by-key"
    finally:
        delete_source.sync_detailed(source.id, client=client)


def test_webhooks_subscribe_list_and_delete(client: AuthenticatedClient) -> None:
    hooks = [
        create_webhook.sync(client=client, url_query=f"{HOOK_URL}/{n}", name=f"hook {n}").data for n in range(3)
    ]
    source_id = new_http_source(client, "recorded-webhook-emitter")
    try:
        assert all(h.id.startswith("wh_") and h.active for h in hooks)
        first = list_webhooks.sync(client=client, limit=2)
        second = list_webhooks.sync(client=client, limit=2, after=first.page_info.end_cursor)
        listed = [h.id for h in first.data + second.data]
        assert [h.id for h in hooks] == [i for i in listed if i in {h.id for h in hooks}]

        made = create_subscription.sync(client=client, emitter_id=source_id, listener_id=hooks[0].id).data
        assert isinstance(made, list)  # a list of one, as Pipedream's own action reads it
        [sub] = made
        assert (sub.emitter_id, sub.listener_id) == (source_id, hooks[0].id)
        assert sub.id in {s.id for s in list_subscriptions.sync(client=client).data}

        gone = delete_subscription.sync_detailed(
            client=client, emitter_id=source_id, listener_id=hooks[0].id, event_name=""
        )
        assert gone.status_code in (200, 204)
        again = delete_subscription.sync_detailed(
            client=client, emitter_id=source_id, listener_id=hooks[0].id, event_name=""
        )
        assert again.status_code == 404

        assert create_webhook.sync_detailed(client=client, url_query="ftp://example.com").status_code == 400
    finally:
        delete_source.sync_detailed(source_id, client=client)
        for hook in hooks:
            assert delete_webhook.sync_detailed(hook.id, client=client).status_code in (200, 202, 204)
    assert delete_webhook.sync_detailed(hooks[0].id, client=client).status_code == 404


def test_auto_and_glob_subscriptions(client: AuthenticatedClient) -> None:
    hook = create_webhook.sync(client=client, url_query=f"{HOOK_URL}/auto", name="auto").data
    try:
        auto = create_auto_subscription.sync_detailed(client=client, event_name="$errors", listener_id=hook.id)
        assert auto.status_code in (200, 204)
        [glob] = create_subscription.sync(client=client, emitter_id="dc_*", listener_id=hook.id).data
        assert glob.emitter_id == "dc_*"
        mine = [s for s in list_subscriptions.sync(client=client).data if s.listener_id == hook.id]
        assert {s.emitter_id for s in mine} >= {"dc_*"}
        unknown = create_auto_subscription.sync_detailed(client=client, event_name="$errors", listener_id="wh_nope")
        assert unknown.status_code == 404
    finally:
        delete_webhook.sync_detailed(hook.id, client=client)


def test_workspaces_and_their_sources(client: AuthenticatedClient) -> None:
    (workspace,) = list_workspaces.sync(client=client).data
    assert workspace.id.startswith("o_") and workspace.orgname
    full = get_workspace.sync(workspace.id, client=client).data
    assert full.id == workspace.id and isinstance(full.daily_credits_quota, int)
    assert get_workspace.sync_detailed("o_doesnotexist", client=client).status_code == 404

    body = CreateSourceRequest(key="http-new-requests", name="team-source")
    source = create_source.sync(client=client, body=body, org_id=workspace.id).data
    try:
        assert source.owner_id == workspace.id
        listed = list_workspace_sources.sync(workspace.id, client=client, limit=100)
        assert source.id in {s.id for s in listed.data}
        assert list_workspace_sources.sync_detailed("o_doesnotexist", client=client).status_code == 404
        assert isinstance(list_workspace_subscriptions.sync(workspace.id, client=client).data, list)
    finally:
        delete_source.sync_detailed(source.id, client=client)


def test_workflow_events_and_errors_paginate(client: AuthenticatedClient) -> None:
    page1 = list_workflow_events.sync(WORKFLOW, client=client, limit=5, expand=Expand.EVENT)
    page2 = list_workflow_events.sync(WORKFLOW, client=client, limit=5, after=page1.page_info.end_cursor)
    ids = [e.id for e in page1.data + page2.data]
    assert len(ids) == 10 and ids == sorted(ids, reverse=True)
    assert all("raw_event" in e.event for e in page1.data)

    errors = list_workflow_errors.sync(WORKFLOW, client=client, limit=3)
    assert len(errors.data) == 3
    first = errors.data[0]
    assert first.metadata.name == "$errors" and first.event.error.code
    assert first.event.original_context.workflow_id == WORKFLOW
    back = list_workflow_errors.sync(WORKFLOW, client=client, limit=3, before=errors.page_info.end_cursor)
    assert [e.id for e in back.data] == [e.id for e in errors.data[:2]]

    assert list_workflow_events.sync_detailed("p_doesnotexist", client=client).status_code == 404


def test_oauth_token_acts_for_the_workspace() -> None:
    with Client(base_url=BASE_URL) as anonymous:
        token = create_oauth_token.sync(
            client=anonymous,
            body=OAuthTokenRequest(grant_type="client_credentials", client_id=CLIENT_ID, client_secret=CLIENT_SECRET),
        )
        wrong = create_oauth_token.sync_detailed(
            client=anonymous,
            body=OAuthTokenRequest(grant_type="client_credentials", client_id=CLIENT_ID, client_secret="wrong"),
        )
    assert token.token_type == "Bearer" and token.expires_in == 3600
    assert wrong.status_code == 401 and isinstance(wrong.parsed, ErrorBody)

    with AuthenticatedClient(base_url=BASE_URL, token=token.access_token) as oauth:
        assert list_sources.sync_detailed(client=oauth).status_code == 200
        assert list_workflow_events.sync_detailed(WORKFLOW, client=oauth, limit=1).status_code == 200
        api_key_only = get_current_user.sync_detailed(client=oauth)
        assert api_key_only.status_code == 403 and isinstance(api_key_only.parsed, ErrorBody)


def test_lists_refuse_a_wrong_key() -> None:
    with AuthenticatedClient(base_url=BASE_URL, token=WRONG_KEY) as wrong:
        answers = [
            list_subscriptions.sync_detailed(client=wrong),
            list_webhooks.sync_detailed(client=wrong),
            list_workspaces.sync_detailed(client=wrong),
            list_workspace_subscriptions.sync_detailed("o_Qa8I1Z", client=wrong),
            list_workflow_errors.sync_detailed(WORKFLOW, client=wrong),
        ]
    assert [a.status_code for a in answers] == [401] * 5
    assert all(isinstance(a.parsed, ErrorBody) for a in answers)
