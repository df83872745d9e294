"""The generated client sends each documented request and parses each documented response without loss.

Requests go to an httpx.MockTransport; response bodies are the spec's own examples.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from pipedream_rest_client import AuthenticatedClient
from pipedream_rest_client import Client
from pipedream_rest_client.api.accounts import get_account, list_accounts
from pipedream_rest_client.api.apps import get_app, get_app_category, list_app_categories, list_apps
from pipedream_rest_client.api.components import (
    create_component,
    get_component,
    get_registry_component,
    search_components,
)
from pipedream_rest_client.api.events import delete_source_events, list_source_events, list_source_events_legacy
from pipedream_rest_client.api.oauth import create_oauth_token, revoke_oauth_token
from pipedream_rest_client.api.sources import create_source, delete_source, list_sources, update_source
from pipedream_rest_client.api.subscriptions import (
    create_auto_subscription,
    create_subscription,
    delete_subscription,
    list_subscriptions,
)
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.api.webhooks import create_webhook, delete_webhook, list_webhooks
from pipedream_rest_client.api.workflows import (
    create_workflow,
    get_workflow,
    list_workflow_errors,
    list_workflow_events,
    update_workflow,
)
from pipedream_rest_client.api.workspaces import (
    get_workspace,
    list_org_subscriptions,
    list_workspace_accounts,
    list_workspace_projects,
    list_workspace_sources,
    list_workspace_subscriptions,
    list_workspaces,
)
from pipedream_rest_client.models import (
    CreateComponentRequest,
    CreateSourceRequest,
    CreateWorkflowRequest,
    ErrorBody,
    Expand,
    OAuthRevokeRequest,
    OAuthTokenRequest,
    UpdateSourceRequest,
    UpdateWorkflowRequest,
)
from pipedream_rest_client.types import UNSET as UNSET_VALUE
from spec_tools import load_spec, operations, resolve

BASE_URL = "https://api.pipedream.com/v1"
TOKEN = "test-token-0000"


def request_example(operation_id: str, name: str) -> dict[str, Any]:
    op = next(o for o in operations() if o.operation_id == operation_id)
    return op.spec["requestBody"]["content"]["application/json"]["examples"][name]["value"]


def response_example(operation_id: str, name: str, status: str = "200") -> dict[str, Any]:
    spec = load_spec()
    op = next(o for o in operations() if o.operation_id == operation_id)
    media = resolve(spec, op.spec["responses"][status])["content"]["application/json"]
    return resolve(spec, media["examples"][name])["value"]


@dataclass
class Case:
    operation_id: str
    call: Any  # a generated module
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    method: str
    path: str
    query: dict[str, str]
    body: dict[str, Any] | None = None
    status: int = 200
    response: dict[str, Any] | list[Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


CASES = [
    Case("get_current_user", get_current_user, (), {}, "GET", "/v1/users/me", {},
         response=response_example("get_current_user", "edition_2020")),
    Case("get_current_user (later edition)", get_current_user, (), {"include": "id,orgs"},
         "GET", "/v1/users/me", {"include": "id,orgs"},
         response=response_example("get_current_user", "current")),
    Case("create_component", create_component, (),
         {"body": CreateComponentRequest.from_dict(request_example("create_component", "from_url"))},
         "POST", "/v1/components", {}, body=request_example("create_component", "from_url"),
         response=response_example("create_component", "rss")),
    Case("get_component", get_component, ("sc_JDi8EB",), {"exclude": "code"},
         "GET", "/v1/components/sc_JDi8EB", {"exclude": "code"},
         response=response_example("get_component", "rss")),
    Case("list_sources", list_sources, (), {"limit": 3, "after": "ZGNfSzB1QWVl", "include": "id"},
         "GET", "/v1/users/me/sources", {"limit": "3", "after": "ZGNfSzB1QWVl", "include": "id"},
         # The docs' pagination example: include=id leaves out fields Source marks required.
         response={"page_info": {"total_count": 3, "count": 3, "start_cursor": "ZGNfSzB1QWVl",
                                 "end_cursor": "ZGNfclhhdTZv"},
                   "data": [{"id": "dc_5YGuMo"}, {"id": "dc_5v3unr"}, {"id": "dc_rXau6o"}]}),
    Case("list_sources (defaults)", list_sources, (), {}, "GET", "/v1/users/me/sources",
         {"limit": "10"}, response=response_example("list_sources", "first_page")),
    Case("list_sources (empty page)", list_sources, (), {"before": "ZGNfSzB1QWVl", "org_id": "o_Qa8I1Z"},
         "GET", "/v1/users/me/sources", {"limit": "10", "before": "ZGNfSzB1QWVl", "org_id": "o_Qa8I1Z"},
         response=response_example("list_sources", "empty")),
    Case("create_source", create_source, (),
         {"body": CreateSourceRequest.from_dict(request_example("create_source", "rss_from_url"))},
         "POST", "/v1/sources", {}, body=request_example("create_source", "rss_from_url"),
         response=response_example("create_source", "rss")),
    Case("create_source (registry key)", create_source, (),
         {"body": CreateSourceRequest.from_dict(request_example("create_source", "from_registry"))},
         "POST", "/v1/sources", {}, body=request_example("create_source", "from_registry"),
         response=response_example("create_source", "rss")),
    Case("update_source", update_source, ("dc_abc123",),
         {"body": UpdateSourceRequest.from_dict(request_example("update_source", "pause"))},
         "PUT", "/v1/sources/dc_abc123", {}, body={"active": False},
         response=response_example("update_source", "paused")),
    Case("delete_source", delete_source, ("dc_abc123",), {}, "DELETE", "/v1/sources/dc_abc123", {},
         status=204),
    Case("create_subscription", create_subscription, (),
         {"emitter_id": "dc_def456", "listener_id": "p_abc123"},
         "POST", "/v1/subscriptions", {"emitter_id": "dc_def456", "listener_id": "p_abc123"},
         response=response_example("create_subscription", "workflow_listens_to_source")),
    Case("list_source_events", list_source_events, ("dc_abc123",),
         {"expand": Expand.EVENT, "limit": 2},
         "GET", "/v1/sources/dc_abc123/event_summaries", {"expand": "event", "limit": "2"},
         response=response_example("list_source_events", "two_events")),
    Case("delete_source_events", delete_source_events, ("dc_abc123",),
         {"start_id": "1589486981598-0", "end_id": "1589486981598-0"},
         "DELETE", "/v1/sources/dc_abc123/events",
         {"start_id": "1589486981598-0", "end_id": "1589486981598-0"}, status=202),
    # The operations later editions added.
    Case("get_registry_component", get_registry_component, ("rss-new-item-in-feed",), {},
         "GET", "/v1/components/registry/rss-new-item-in-feed", {},
         response=response_example("get_registry_component", "rss_new_item")),
    Case("search_components", search_components, (),
         {"query": "new item in rss feed", "app": "rss", "similarity_threshold": 0.5, "debug": False},
         "GET", "/v1/components/search",
         {"query": "new item in rss feed", "app": "rss", "similarity_threshold": "0.5", "debug": "false"},
         response=response_example("search_components", "rss")),
    Case("delete_subscription", delete_subscription, (),
         {"emitter_id": "dc_def456", "listener_id": "p_abc123", "event_name": ""},
         "DELETE", "/v1/subscriptions", {"emitter_id": "dc_def456", "listener_id": "p_abc123", "event_name": ""},
         status=204),
    Case("create_auto_subscription", create_auto_subscription, (),
         {"event_name": "$errors", "listener_id": "wh_Rz5Tq1"},
         "POST", "/v1/auto_subscriptions", {"event_name": "$errors", "listener_id": "wh_Rz5Tq1"},
         response=response_example("create_auto_subscription", "errors_to_webhook")),
    Case("list_subscriptions", list_subscriptions, (), {}, "GET", "/v1/users/me/subscriptions", {},
         response=response_example("list_subscriptions", "two")),
    Case("list_webhooks", list_webhooks, (), {"limit": 1, "after": "d2hfUno1VHEx"},
         "GET", "/v1/users/me/webhooks", {"limit": "1", "after": "d2hfUno1VHEx"},
         response=response_example("list_webhooks", "one")),
    Case("create_webhook", create_webhook, (),
         {"url_query": "https://example.com/pipedream-errors", "name": "Error alerts"},
         "POST", "/v1/webhooks", {"url": "https://example.com/pipedream-errors", "name": "Error alerts"},
         response=response_example("create_webhook", "created")),
    Case("delete_webhook", delete_webhook, ("wh_Rz5Tq1",), {}, "DELETE", "/v1/webhooks/wh_Rz5Tq1", {},
         status=204),
    Case("list_workspace_sources", list_workspace_sources, ("o_Qa8I1Z",), {"limit": 50},
         "GET", "/v1/orgs/o_Qa8I1Z/sources", {"limit": "50"},
         response=response_example("list_workspace_sources", "one")),
    Case("get_workspace", get_workspace, ("o_Qa8I1Z",), {}, "GET", "/v1/workspaces/o_Qa8I1Z", {},
         response=response_example("get_workspace", "pipedream")),
    Case("list_workspace_subscriptions", list_workspace_subscriptions, ("o_Qa8I1Z",), {},
         "GET", "/v1/workspaces/o_Qa8I1Z/subscriptions", {},
         response=response_example("list_workspace_subscriptions", "two")),
    Case("list_workspaces", list_workspaces, (), {}, "GET", "/v1/users/me/workspaces", {},
         response=response_example("list_workspaces", "one")),
    Case("list_workflow_events", list_workflow_events, ("p_abc123",), {"expand": Expand.EVENT},
         "GET", "/v1/workflows/p_abc123/event_summaries", {"expand": "event", "limit": "10"},
         response=response_example("list_workflow_events", "one")),
    Case("list_workflow_errors", list_workflow_errors, ("p_abc123",), {"limit": 1},
         "GET", "/v1/workflows/p_abc123/$errors/event_summaries", {"limit": "1"},
         response=response_example("list_workflow_errors", "one")),
    Case("list_workflow_errors (metadata inside event)", list_workflow_errors, ("p_abc123",), {"limit": 1},
         "GET", "/v1/workflows/p_abc123/$errors/event_summaries", {"limit": "1"},
         response=response_example("list_workflow_errors", "current_docs")),
    # Issue 10: the whole documented API, and the older forms tools still call.
    Case("create_subscription (data as a list)", create_subscription, (),
         {"emitter_id": "o_Qa8I1Z", "listener_id": "p_abc123"},
         "POST", "/v1/subscriptions", {"emitter_id": "o_Qa8I1Z", "listener_id": "p_abc123"},
         response=response_example("create_subscription", "as_a_list")),
    Case("create_subscription (204)", create_subscription, (),
         {"emitter_id": "dc_abc123", "listener_id": "dc_abc123", "event_name": "self"},
         "POST", "/v1/subscriptions", {"emitter_id": "dc_abc123", "listener_id": "dc_abc123", "event_name": "self"},
         status=204),
    Case("list_source_events (channel)", list_source_events, ("dc_abc123",), {"event_name": "$logs"},
         "GET", "/v1/sources/dc_abc123/event_summaries", {"event_name": "$logs", "limit": "10"},
         response=response_example("list_source_events", "two_events")),
    Case("delete_source_events (channel, 204)", delete_source_events, ("dc_abc123",),
         {"start_id": "1589486981598-0", "end_id": "1589486981598-0", "event_name": "$in"},
         "DELETE", "/v1/sources/dc_abc123/events",
         {"start_id": "1589486981598-0", "end_id": "1589486981598-0", "event_name": "$in"}, status=204),
    Case("search_components (limit)", search_components, (), {"query": "rss", "limit": 1},
         "GET", "/v1/components/search", {"query": "rss", "limit": "1"},
         response=response_example("search_components", "rss")),
    Case("create_webhook (workspace_id)", create_webhook, (),
         {"url_query": "https://example.com/hook", "workspace_id": "o_Qa8I1Z"},
         "POST", "/v1/webhooks", {"url": "https://example.com/hook", "workspace_id": "o_Qa8I1Z"},
         response=response_example("create_webhook", "created")),
    Case("get_current_user (paid plan)", get_current_user, (), {}, "GET", "/v1/users/me", {},
         response={"data": {"id": "u_abc123", "username": "user-35b7389db9e5222d42df6b3f0cfa8143",
                            "email": "dylan@example.com", "billing_period_start_ts": 1610154978,
                            "billing_period_end_ts": 1612833378, "billing_period_credits": 12345}}),
    Case("create_workflow", create_workflow, (),
         {"body": CreateWorkflowRequest.from_dict(request_example("create_workflow", "from_template"))},
         "POST", "/v1/workflows", {}, body=request_example("create_workflow", "from_template"),
         response=response_example("create_workflow", "created")),
    Case("update_workflow", update_workflow, ("p_abc123",),
         {"body": UpdateWorkflowRequest.from_dict(request_example("update_workflow", "deactivate"))},
         "PUT", "/v1/workflows/p_abc123", {}, body=request_example("update_workflow", "deactivate"),
         response=response_example("update_workflow", "deactivated")),
    Case("update_workflow (204)", update_workflow, ("p_abc123",),
         {"body": UpdateWorkflowRequest(active=True)},
         "PUT", "/v1/workflows/p_abc123", {}, body={"active": True}, status=204),
    Case("get_workflow", get_workflow, ("p_abc123",), {"org_id": "o_abc123"},
         "GET", "/v1/workflows/p_abc123", {"org_id": "o_abc123"},
         response=response_example("get_workflow", "http_trigger_one_step")),
    Case("list_apps", list_apps, (), {"q": "Slack", "has_actions": True},
         "GET", "/v1/apps", {"q": "Slack", "has_actions": "true", "limit": "10"},
         response=response_example("list_apps", "slack")),
    Case("get_app", get_app, ("slack",), {}, "GET", "/v1/apps/slack", {},
         response=response_example("get_app", "slack")),
    Case("list_app_categories", list_app_categories, (), {}, "GET", "/v1/app_categories", {},
         response=response_example("list_app_categories", "two")),
    Case("get_app_category", get_app_category, ("appcat_Communication",), {},
         "GET", "/v1/app_categories/appcat_Communication", {},
         response=response_example("get_app_category", "communication")),
    Case("list_accounts", list_accounts, (), {"app": "google_sheets"},
         "GET", "/v1/accounts", {"app": "google_sheets"},
         response=response_example("list_accounts", "metadata")),
    Case("get_account", get_account, ("apn_abc123",), {"include_credentials": True},
         "GET", "/v1/accounts/apn_abc123", {"include_credentials": "true"},
         response=response_example("get_account", "with_credentials")),
    Case("list_workspace_accounts", list_workspace_accounts, ("o_abc123",), {"query": "google_sheets"},
         "GET", "/v1/workspaces/o_abc123/accounts", {"query": "google_sheets", "limit": "10"},
         response=response_example("list_workspace_accounts", "google_sheets")),
    Case("list_workspace_projects", list_workspace_projects, ("o_abc123",), {},
         "GET", "/v1/workspaces/o_abc123/projects", {},
         response=response_example("list_workspace_projects", "one")),
    Case("list_workspace_projects (o_ org_id)", list_workspace_projects, ("o_abc123",), {},
         "GET", "/v1/workspaces/o_abc123/projects", {},
         response={"data": [{"id": "proj_1", "name": "P", "org_id": "o_abc123", "repository_id": 7}]}),
    Case("list_source_events (numeric emitted id)", list_source_events, ("dc_abc123",), {},
         "GET", "/v1/sources/dc_abc123/event_summaries", {"limit": "10"},
         response={"page_info": {"count": 1, "excluded_count": 2, "start_cursor": None, "end_cursor": None},
                   "data": [{"id": "1-0", "metadata": {"id": 8161, "summary": "n", "ts": 1589486981000}}]}),
    Case("list_source_events_legacy", list_source_events_legacy, ("dc_abc123",), {"n": 2},
         "GET", "/v1/sources/dc_abc123/events", {"n": "2"},
         response=response_example("list_source_events_legacy", "two")),
    Case("list_source_events_legacy (emitted-event shape)", list_source_events_legacy, ("dc_abc123",), {"n": 1},
         "GET", "/v1/sources/dc_abc123/events", {"n": "1"},
         response={"data": [{"id": "1589486981599-0", "e": {"title": "Example post"}, "k": "", "ts": 1589486981599}]}),
    Case("list_org_subscriptions", list_org_subscriptions, ("o_Qa8I1Z",), {},
         "GET", "/v1/orgs/o_Qa8I1Z/subscriptions", {},
         response=response_example("list_org_subscriptions", "two")),
]


def client_answering(status: int, body: dict[str, Any] | None, seen: list[httpx.Request]) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if body is None:
            return httpx.Response(status)
        return httpx.Response(status, json=body)

    return AuthenticatedClient(
        base_url=BASE_URL, token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}
    )


@pytest.mark.parametrize("case", CASES, ids=[c.operation_id for c in CASES])
def test_generated_operation_sends_the_documented_request(case: Case) -> None:
    seen: list[httpx.Request] = []
    with client_answering(case.status, case.response, seen) as client:
        response = case.call.sync_detailed(*case.args, client=client, **case.kwargs)
    (request,) = seen
    assert request.method == case.method
    assert request.url.host == "api.pipedream.com"
    assert request.url.path == case.path
    assert dict(request.url.params) == case.query
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if case.body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == case.body
    assert response.status_code == case.status


@pytest.mark.parametrize("case", [c for c in CASES if c.response], ids=lambda c: c.operation_id)
def test_generated_operation_parses_the_documented_response_without_loss(case: Case) -> None:
    with client_answering(case.status, case.response, []) as client:
        parsed = case.call.sync(*case.args, client=client, **case.kwargs)
    assert parsed is not None and not isinstance(parsed, ErrorBody)
    if isinstance(parsed, list):  # a bare-array answer (app categories)
        assert [item.to_dict() for item in parsed] == case.response
    else:
        assert parsed.to_dict() == case.response


def test_the_token_request_sends_client_credentials_without_a_bearer_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=response_example("create_oauth_token", "token"))

    body = request_example("create_oauth_token", "client_credentials")
    with Client(base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(handler)}) as client:
        token = create_oauth_token.sync(client=client, body=OAuthTokenRequest.from_dict(body))
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", "/v1/oauth/token")
    assert "authorization" not in request.headers
    assert json.loads(request.content) == body
    assert token.to_dict() == response_example("create_oauth_token", "token")


def test_revoking_a_token_sends_it_with_client_credentials_without_a_bearer_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    body = request_example("revoke_oauth_token", "revoke")
    with Client(base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(handler)}) as client:
        result = revoke_oauth_token.sync(client=client, body=OAuthRevokeRequest.from_dict(body))
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", "/v1/oauth/revoke")
    assert "authorization" not in request.headers
    assert json.loads(request.content) == body
    assert result is not None and not isinstance(result, ErrorBody) and result.to_dict() == {}


def test_a_subscription_answer_keeps_its_shape_object_or_list() -> None:
    one = response_example("create_subscription", "workflow_listens_to_source")
    many = response_example("create_subscription", "as_a_list")
    with client_answering(200, one, []) as client:
        single = create_subscription.sync(client=client, emitter_id="dc_def456", listener_id="p_abc123")
    with client_answering(200, many, []) as client:
        listed = create_subscription.sync(client=client, emitter_id="dc_def456", listener_id="p_abc123")
    assert single.data.id == "sub_a8b9c1"
    assert isinstance(listed.data, list) and listed.data[0].id == "sub_a8b9c1"


def test_errors_metadata_is_typed_wherever_the_edition_puts_it() -> None:
    for name in ("one", "current_docs"):
        with client_answering(200, response_example("list_workflow_errors", name), []) as client:
            page = list_workflow_errors.sync("p_abc123", client=client)
        item = page.data[0]
        metadata = item.metadata if name == "one" else item.event.metadata
        assert metadata.name == "$errors"


def test_paid_plan_and_workspace_quota_fields_are_typed() -> None:
    paid = next(c for c in CASES if c.operation_id == "get_current_user (paid plan)").response
    with client_answering(200, paid, []) as client:
        user = get_current_user.sync(client=client).data
    assert (user.billing_period_start_ts, user.billing_period_credits) == (1610154978, 12345)
    assert user.additional_properties == {}
    current = response_example("get_current_user", "current")
    current["data"]["orgs"][0] |= {"daily_compute_time_quota": 1800000, "daily_invocations_used": 3}
    with client_answering(200, current, []) as client:
        org = get_current_user.sync(client=client).data.orgs[0]
    assert (org.daily_compute_time_quota, org.daily_invocations_used) == (1800000, 3)
    assert org.additional_properties == {}


def test_event_metadata_carries_the_emit_id_summary_and_ts() -> None:
    with client_answering(200, response_example("list_source_events", "two_events"), []) as client:
        page = list_source_events.sync("dc_abc123", client=client)
    metadata = page.data[0].metadata
    assert (metadata.id, metadata.summary, metadata.ts) == ("1cPtkUIuRUNFeHfpVo4ygavb31i", "POST /", 1589486981599)
    assert page.page_info.excluded_count is UNSET_VALUE or isinstance(page.page_info.excluded_count, int)


def test_every_operation_of_the_spec_has_a_case() -> None:
    # The generated stream_source_events reads a body whole and keeps the /v1 base URL, so it
    # cannot follow the live stream: the overlay's `live` module does (tests/overlay/test_live*).
    covered = {c.operation_id.split(" ")[0] for c in CASES} | {
        "create_oauth_token",
        "revoke_oauth_token",
        "stream_source_events",
    }
    assert covered == {op.operation_id for op in operations()}


@pytest.mark.parametrize(("status", "path_id"), [(400, None), (401, None), (404, "dc_missing"), (429, None), (503, None)])
def test_documented_errors_parse_into_the_error_model(status: int, path_id: str | None) -> None:
    body = {"error": "something went wrong", "code": "some_code", "details": {"parameter": "limit"}}
    with client_answering(status, body, []) as client:
        if path_id:
            parsed = list_source_events.sync(path_id, client=client)
        else:
            parsed = list_sources.sync(client=client)
    assert isinstance(parsed, ErrorBody)
    assert parsed.error == "something went wrong"
    assert parsed.to_dict() == body


def test_unknown_fields_from_the_server_are_kept() -> None:
    body = response_example("create_source", "rss")
    body = {"data": {**body["data"], "brand_new_field": {"nested": [1, 2]}}, "extra_envelope": True}
    with client_answering(200, body, []) as client:
        parsed = create_source.sync(client=client, body=CreateSourceRequest(component_id="sc_abc123"))
    assert parsed.data.additional_properties["brand_new_field"] == {"nested": [1, 2]}
    assert parsed.to_dict() == body


def test_the_old_names_of_renamed_schemas_still_import() -> None:
    """`Error` became `ErrorBody` (a name no generator renames); code using the old names still runs."""
    from pipedream_rest_client import models

    assert models.Error is models.ErrorBody and "Error" in models.__all__
    assert models.ErrorDetails is models.ErrorBodyDetails and "ErrorDetails" in models.__all__
