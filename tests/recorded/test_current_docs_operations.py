"""The operations that complete the current documentation, and the older forms tools still call,
through the generated client, replayed from cassettes.

Workflows from templates, apps and categories, connected accounts, projects, token revocation,
event channels, workspace and user emitters, self-subscriptions, trailing slashes, and the legacy
`GET /sources/{id}/events?n=` and `GET /orgs/{org_id}/subscriptions`. IDs are discovered from the
server (the first workspace, its first project, the first app ...), so the same tests record from
the sandbox or the real API. The template is the docs' example, `tch_3BXfWO`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cassette_tools import API_KEY, BASE_URL, CLIENT_ID, CLIENT_SECRET, WRONG_KEY
from pipedream_rest_client import AuthenticatedClient, Client
from pipedream_rest_client.api.accounts import get_account, list_accounts
from pipedream_rest_client.api.apps import get_app, get_app_category, list_app_categories, list_apps
from pipedream_rest_client.api.events import delete_source_events, list_source_events, list_source_events_legacy
from pipedream_rest_client.api.oauth import create_oauth_token, revoke_oauth_token
from pipedream_rest_client.api.sources import delete_source
from pipedream_rest_client.api.subscriptions import create_subscription, delete_subscription
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.api.webhooks import create_webhook, delete_webhook
from pipedream_rest_client.api.workflows import create_workflow, get_workflow, update_workflow
from pipedream_rest_client.api.workspaces import (
    list_org_subscriptions,
    list_workspace_accounts,
    list_workspace_projects,
    list_workspaces,
)
from pipedream_rest_client.models import (
    CreateWorkflowRequest,
    ErrorBody,
    OAuthRevokeRequest,
    OAuthTokenRequest,
    UpdateWorkflowRequest,
    WorkflowSettings,
)
from pipedream_rest_client.types import UNSET
from test_generated_operations import new_http_source, send_requests

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]

TEMPLATE = "tch_3BXfWO"
HOOK_URL = "http://127.0.0.1:9/hook"  # nothing listens on the discard port


@pytest.fixture
def client() -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=BASE_URL, token=API_KEY) as c:
        yield c


@pytest.fixture
def wrong_key() -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=BASE_URL, token=WRONG_KEY) as c:
        yield c


def first_workspace(client: AuthenticatedClient) -> str:
    return list_workspaces.sync(client=client).data[0].id


def test_workflows_create_update_get_and_errors(client: AuthenticatedClient) -> None:
    org_id = first_workspace(client)
    project = list_workspace_projects.sync(org_id, client=client).data[0]
    assert project.id.startswith("proj_")
    body = CreateWorkflowRequest(
        project_id=project.id,
        org_id=org_id,
        template_id=TEMPLATE,
        settings=WorkflowSettings(name="recorded workflow", auto_deploy=True),
    )
    workflow = create_workflow.sync(client=client, body=body).data
    assert workflow.id.startswith("p_") and workflow.name == "recorded workflow" and workflow.active

    details = get_workflow.sync(workflow.id, client=client, org_id=org_id)
    assert isinstance(details.triggers, list) and isinstance(details.steps, list)

    paused = update_workflow.sync_detailed(
        workflow.id, client=client, body=UpdateWorkflowRequest(active=False, org_id=org_id)
    )
    assert paused.status_code in (200, 204)

    assert get_workflow.sync_detailed("p_doesnotexist", client=client).status_code == 404
    gone = update_workflow.sync_detailed("p_doesnotexist", client=client, body=UpdateWorkflowRequest(active=True))
    assert gone.status_code == 404
    unknown = CreateWorkflowRequest(project_id=project.id, org_id=org_id, template_id="tch_doesnotexist")
    assert create_workflow.sync_detailed(client=client, body=unknown).status_code in (400, 404)


def test_apps_and_categories(client: AuthenticatedClient, wrong_key: AuthenticatedClient) -> None:
    first = list_apps.sync(client=client, limit=2)
    second = list_apps.sync(client=client, limit=2, after=first.page_info.end_cursor)
    ids = [app.id for app in first.data + second.data]
    assert len(ids) == len(set(ids)) == 4

    slack = list_apps.sync(client=client, q="slack", limit=100)
    assert slack.data and all("slack" in app.name.lower() for app in slack.data)
    with_actions = list_apps.sync(client=client, has_actions=True, limit=100)
    assert {app.id for app in with_actions.data} <= {app.id for app in list_apps.sync(client=client, limit=100).data}

    app = first.data[0]
    assert get_app.sync(app.id, client=client).data.id == app.id
    assert get_app.sync(app.name_slug, client=client).data.id == app.id
    assert get_app.sync_detailed("no_such_app", client=client).status_code == 404
    assert list_apps.sync_detailed(client=wrong_key).status_code == 401

    categories = list_app_categories.sync(client=client)
    assert categories and get_app_category.sync(categories[0].id, client=client).name == categories[0].name
    assert get_app_category.sync_detailed("appcat_doesnotexist", client=client).status_code == 404
    assert list_app_categories.sync_detailed(client=wrong_key).status_code == 401


def test_accounts_show_credentials_only_when_asked(
    client: AuthenticatedClient, wrong_key: AuthenticatedClient
) -> None:
    accounts = list_accounts.sync(client=client).data
    assert accounts and all(account.credentials is UNSET for account in accounts)
    account = accounts[0]
    plain = get_account.sync(account.id, client=client).data
    assert plain.id == account.id and plain.credentials is UNSET
    secret = get_account.sync(account.id, client=client, include_credentials=True).data
    assert secret.credentials is not UNSET and secret.credentials.additional_keys

    same_app = list_accounts.sync(client=client, app=account.app.id).data
    assert account.id in {a.id for a in same_app}
    assert get_account.sync_detailed("apn_doesnotexist", client=client).status_code == 404
    assert list_accounts.sync_detailed(client=wrong_key).status_code == 401

    org_id = first_workspace(client)
    page = list_workspace_accounts.sync(org_id, client=client, limit=1)
    assert len(page.data) <= 1 and page.page_info is not UNSET
    assert list_workspace_accounts.sync_detailed("o_doesnotexist", client=client).status_code == 404
    assert list_workspace_projects.sync_detailed("o_doesnotexist", client=client).status_code == 404


def test_a_revoked_token_is_refused() -> None:
    with Client(base_url=BASE_URL) as anonymous:
        token = create_oauth_token.sync(
            client=anonymous,
            body=OAuthTokenRequest(grant_type="client_credentials", client_id=CLIENT_ID, client_secret=CLIENT_SECRET),
        )
        revoke = OAuthRevokeRequest(token=token.access_token, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
        with AuthenticatedClient(base_url=BASE_URL, token=token.access_token) as oauth:
            assert list_workspaces.sync_detailed(client=oauth).status_code == 200
            revoked = revoke_oauth_token.sync_detailed(client=anonymous, body=revoke)
            assert revoked.status_code == 200 and revoked.parsed.to_dict() == {}
            assert list_workspaces.sync_detailed(client=oauth).status_code == 401
        wrong = OAuthRevokeRequest(token=token.access_token, client_id=CLIENT_ID, client_secret="wrong-secret")
        assert revoke_oauth_token.sync_detailed(client=anonymous, body=wrong).status_code in (400, 401)


def test_event_channels_and_the_legacy_list(client: AuthenticatedClient) -> None:
    source_id = new_http_source(client, "recorded-channels")
    try:
        send_requests(client, source_id, [{"n": n} for n in range(3)])
        default = list_source_events.sync(source_id, client=client)
        assert len(default.data) == 3 and all(e.metadata.name == "" for e in default.data)
        assert list_source_events.sync(source_id, client=client, event_name="$in").data == []

        # A delete on another channel never touches the default channel's events.
        newest = default.data[0].id
        other = delete_source_events.sync_detailed(
            source_id, client=client, start_id=newest, end_id=newest, event_name="$in"
        )
        assert other.status_code in (200, 202, 204)
        assert [e.id for e in list_source_events.sync(source_id, client=client).data] == [e.id for e in default.data]

        legacy = list_source_events_legacy.sync(source_id, client=client, n=2)
        assert [e.id for e in legacy.data] == [e.id for e in default.data[:2]]
        assert list_source_events_legacy.sync_detailed("dc_doesnotexist", client=client, n=2).status_code == 404
    finally:
        delete_source.sync_detailed(source_id, client=client)


def test_workspace_user_and_self_emitters(client: AuthenticatedClient) -> None:
    org_id = first_workspace(client)
    user_id = get_current_user.sync(client=client).data.id
    hook = create_webhook.sync(client=client, url_query=f"{HOOK_URL}/emitters", name="emitters").data
    source_id = new_http_source(client, "recorded-self")
    try:
        for emitter in (org_id, user_id):
            made = create_subscription.sync_detailed(client=client, emitter_id=emitter, listener_id=hook.id)
            assert made.status_code in (200, 204), emitter
        itself = create_subscription.sync_detailed(
            client=client, emitter_id=source_id, listener_id=source_id, event_name="self"
        )
        assert itself.status_code in (200, 204)

        listed = list_org_subscriptions.sync(org_id, client=client)
        assert not isinstance(listed, ErrorBody) and isinstance(listed.data, list)
        assert list_org_subscriptions.sync_detailed("o_doesnotexist", client=client).status_code == 404
        for emitter in (org_id, user_id):
            delete_subscription.sync_detailed(client=client, emitter_id=emitter, listener_id=hook.id, event_name="")
    finally:
        delete_source.sync_detailed(source_id, client=client)
        delete_webhook.sync_detailed(hook.id, client=client)


def test_every_path_answers_with_a_trailing_slash(client: AuthenticatedClient) -> None:
    org_id = first_workspace(client)
    http = client.get_httpx_client()
    assert http.get(f"/orgs/{org_id}/sources/").status_code == 200
    assert http.get("/users/me/").status_code == 200
    assert http.get("/apps/", params={"limit": 1}).status_code == 200
    assert http.get("/sources/dc_doesnotexist/event_summaries/").status_code == 404
