"""openapi.yaml: every documented operation, described to the project's standard, with examples that validate."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.readers import read_from_filename
from prance import ResolvingParser
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from spec_tools import ROOT, SPEC_PATH, SPEC_URI, example_errors, load_spec, operations, resolve

# The operations of the 2020 API document, by method and path.
DOCUMENTED_OPERATIONS = {
    ("get", "/users/me"): "get_current_user",
    ("post", "/components"): "create_component",
    ("get", "/components/{id}"): "get_component",
    ("get", "/users/me/sources"): "list_sources",
    ("post", "/sources"): "create_source",
    ("put", "/sources/{id}"): "update_source",
    ("delete", "/sources/{id}"): "delete_source",
    ("post", "/subscriptions"): "create_subscription",
    ("get", "/sources/{id}/event_summaries"): "list_source_events",
    ("delete", "/sources/{id}/events"): "delete_source_events",
}
# The operations later editions added around the same resources (facts-later.md).
LATER_OPERATIONS = {
    ("get", "/components/registry/{key}"): "get_registry_component",
    ("get", "/components/search"): "search_components",
    ("delete", "/subscriptions"): "delete_subscription",
    ("post", "/auto_subscriptions"): "create_auto_subscription",
    ("get", "/users/me/subscriptions"): "list_subscriptions",
    ("get", "/users/me/webhooks"): "list_webhooks",
    ("post", "/webhooks"): "create_webhook",
    ("delete", "/webhooks/{id}"): "delete_webhook",
    ("get", "/orgs/{org_id}/sources"): "list_workspace_sources",
    ("get", "/workspaces/{id}"): "get_workspace",
    ("get", "/workspaces/{id}/subscriptions"): "list_workspace_subscriptions",
    ("get", "/users/me/workspaces"): "list_workspaces",
    ("get", "/workflows/{workflow_id}/event_summaries"): "list_workflow_events",
    ("get", "/workflows/{workflow_id}/$errors/event_summaries"): "list_workflow_errors",
    ("post", "/oauth/token"): "create_oauth_token",
    ("get", "/sources/{id}/sse"): "stream_source_events",
}
# Issue 10: what the current docs, Pipedream's published OpenAPI document and older tools add.
ISSUE_10_OPERATIONS = {
    ("post", "/workflows"): "create_workflow",
    ("put", "/workflows/{workflow_id}"): "update_workflow",
    ("get", "/workflows/{workflow_id}"): "get_workflow",
    ("post", "/oauth/revoke"): "revoke_oauth_token",
    ("get", "/apps"): "list_apps",
    ("get", "/apps/{app_id}"): "get_app",
    ("get", "/app_categories"): "list_app_categories",
    ("get", "/app_categories/{id}"): "get_app_category",
    ("get", "/accounts"): "list_accounts",
    ("get", "/accounts/{account_id}"): "get_account",
    ("get", "/workspaces/{id}/accounts"): "list_workspace_accounts",
    ("get", "/workspaces/{id}/projects"): "list_workspace_projects",
    ("get", "/sources/{id}/events"): "list_source_events_legacy",
    ("get", "/orgs/{org_id}/subscriptions"): "list_org_subscriptions",
}
# Legacy forms older tools still call: marked deprecated, pointing at their replacement.
LEGACY_OPERATIONS = {"list_source_events_legacy", "list_org_subscriptions"}
# Exchange or revoke client credentials: no Bearer header, no resource to filter.
TOKEN_OPERATIONS = {"create_oauth_token", "revoke_oauth_token"}
TOKEN_OPERATION = "create_oauth_token"
# The live event stream: text/event-stream outside /v1, whole events, nothing to filter.
STREAM_OPERATION = "stream_source_events"
# Refused with 403 for OAuth access tokens (the docs: user API keys only).
USER_KEY_ONLY = {"create_workflow", "update_workflow", "get_current_user", "create_component", "create_source"}
PAGINATED = {
    "list_apps",
    "list_workspace_accounts",
    "list_sources",
    "list_source_events",
    "list_webhooks",
    "list_workspace_sources",
    "list_workflow_events",
    "list_workflow_errors",
}
OPS = operations()
OP_IDS = [op.operation_id for op in OPS]


def by_id(operation_id: str):
    return next(op for op in OPS if op.operation_id == operation_id)


def test_openapi_spec_validator_accepts_the_spec() -> None:
    spec, base_uri = read_from_filename(str(SPEC_PATH))
    errors = [e.message for e in OpenAPIV31SpecValidator(spec, base_uri=base_uri).iter_errors()]
    assert errors == []


def test_prance_resolves_and_validates_the_spec() -> None:
    parser = ResolvingParser(str(SPEC_PATH), backend="openapi-spec-validator")
    assert parser.valid and parser.version == "OpenAPI 3.1.0"


def test_spec_is_openapi_3_1_with_the_production_server() -> None:
    spec = load_spec()
    assert spec["openapi"] == "3.1.0"
    assert spec["servers"][0]["url"] == "https://api.pipedream.com/v1"


@pytest.mark.parametrize(
    "expected", [DOCUMENTED_OPERATIONS, LATER_OPERATIONS, ISSUE_10_OPERATIONS], ids=["2020", "later", "issue10"]
)
def test_every_documented_operation_is_in_the_spec(expected: dict[tuple[str, str], str]) -> None:
    found = {(op.method, op.path): op.operation_id for op in OPS}
    assert {k: found.get(k) for k in expected} == expected


def test_the_spec_has_no_operation_beyond_the_documented_ones() -> None:
    assert len(OPS) == len(DOCUMENTED_OPERATIONS) + len(LATER_OPERATIONS) + len(ISSUE_10_OPERATIONS) == 40


def test_operation_ids_are_unique_snake_case_verbs() -> None:
    assert len(OP_IDS) == len(set(OP_IDS))
    for op_id in OP_IDS:
        assert re.fullmatch(r"[a-z]+(_[a-z]+)+", op_id), op_id


@pytest.mark.parametrize("op", OPS, ids=OP_IDS)
def test_operation_is_fully_described(op) -> None:
    spec = load_spec()
    tag_names = {t["name"] for t in spec["tags"]}
    assert op.spec.get("summary") and op.spec.get("description")
    assert len(op.spec.get("tags", [])) == 1 and op.spec["tags"][0] in tag_names
    if op.operation_id in TOKEN_OPERATIONS:
        assert op.spec["security"] == [] and not op.parameter("include")
        return
    # The generator ignores root-level security: it must be on each operation.
    assert op.spec.get("security") == [{"bearerAuth": []}]
    if op.operation_id == STREAM_OPERATION:
        return
    assert op.parameter("include") and op.parameter("exclude")


@pytest.mark.parametrize("op", OPS, ids=OP_IDS)
def test_error_responses_use_the_error_schema(op) -> None:
    spec = load_spec()
    responses = op.spec["responses"]
    wanted = {"400", "401", "429", "5XX"} | ({"404"} if "{" in op.path else set())
    assert wanted <= set(responses)
    for status, response in responses.items():
        if status[0] in "45":
            schema = resolve(spec, response)["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorBody"}, status
    throttled = resolve(spec, responses["429"])
    assert {"Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} <= set(
        throttled["headers"]
    )


@pytest.mark.parametrize("op", OPS, ids=OP_IDS)
def test_operation_has_example_request_and_response(op) -> None:
    spec = load_spec()
    for param in op.parameters:
        assert "example" in param or "examples" in param, f"parameter {param['name']}"
    body = op.spec.get("requestBody")
    if body:
        assert body["content"]["application/json"].get("examples")
    success = [r for s, r in op.spec["responses"].items() if s.startswith("2")]
    with_body = [resolve(spec, r) for r in success if "content" in resolve(spec, r)]
    for response in with_body:
        (media,) = response["content"].values()
        assert media.get("examples")
    assert with_body or body or op.method == "delete"


@pytest.mark.parametrize("op_id", sorted(PAGINATED))
def test_list_operations_take_cursor_pagination(op_id: str) -> None:
    op = by_id(op_id)
    limit = op.parameter("limit")["schema"]
    assert (limit["type"], limit["minimum"], limit["maximum"], limit["default"]) == (
        "integer", 1, 100, 10,
    )
    assert op.parameter("after") and op.parameter("before")
    schema = resolve(load_spec(), op.spec["responses"]["200"])["content"]["application/json"]["schema"]
    envelope = resolve(load_spec(), schema)
    assert set(envelope["required"]) == {"page_info", "data"}


def test_event_operations_take_their_documented_parameters() -> None:
    for op_id in ("list_source_events", "list_workflow_events", "list_workflow_errors"):
        assert resolve(load_spec(), by_id(op_id).parameter("expand")["schema"])["enum"] == ["event"]
    delete = by_id("delete_source_events")
    for name in ("start_id", "end_id"):
        assert resolve(load_spec(), delete.parameter(name)["schema"])["pattern"] == "^[0-9]+-[0-9]+$"
    subscribe = by_id("create_subscription")
    assert subscribe.parameter("emitter_id")["required"] and subscribe.parameter("listener_id")["required"]
    assert subscribe.parameter("event_name")
    assert "dc_*" in subscribe.parameter("emitter_id")["description"]
    unsubscribe = by_id("delete_subscription")
    assert {p["name"] for p in unsubscribe.parameters} >= {"emitter_id", "listener_id", "event_name"}


def test_later_operations_take_their_documented_parameters() -> None:
    search = by_id("search_components")
    assert search.parameter("query")["required"]
    threshold = search.parameter("similarity_threshold")["schema"]
    assert (threshold["type"], threshold["minimum"], threshold["maximum"]) == ("number", 0, 1)
    assert search.parameter("app") and search.parameter("debug")
    webhook_url = by_id("create_webhook").parameter("url")
    assert webhook_url["required"] and webhook_url["schema"]["pattern"] == "^https?://[^/?#]+"
    auto = by_id("create_auto_subscription")
    assert auto.parameter("event_name")["required"] and auto.parameter("listener_id")["required"]
    token_body = resolve(load_spec(), by_id(TOKEN_OPERATION).spec["requestBody"]["content"]["application/json"]["schema"])
    assert set(token_body["required"]) == {"grant_type", "client_id", "client_secret"}
    assert token_body["properties"]["grant_type"]["const"] == "client_credentials"


def test_every_example_validates_against_its_schema() -> None:
    assert example_errors(load_spec()) == []


def test_a_wrong_example_is_caught() -> None:
    spec = copy.deepcopy(load_spec())
    example = spec["components"]["examples"]["RssSource"]["value"]["data"]
    example["created_at"] = "2020-05-14"  # epoch seconds are integers
    assert any("created_at" in line or "2020-05-14" in line for line in example_errors(spec))


def schema_validator(name: str) -> Draft202012Validator:
    registry = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(load_spec()))
    return Draft202012Validator({"$ref": f"{SPEC_URI}#/components/schemas/{name}"}, registry=registry)


@pytest.mark.parametrize(
    ("schema", "body", "valid"),
    [
        ("CreateComponentRequest", {"component_code": "module.exports = {}"}, True),
        ("CreateComponentRequest", {"component_url": "https://example.com/c.js"}, True),
        ("CreateComponentRequest", {}, False),
        ("CreateComponentRequest", {"name": "no code"}, False),
        ("CreateSourceRequest", {"component_id": "sc_abc123"}, True),
        ("CreateSourceRequest", {"key": "rss-new-item-in-feed", "name": "feed"}, True),
        ("CreateSourceRequest", {"name": "no component"}, False),
        ("UpdateSourceRequest", {"active": False}, True),
        ("UpdateSourceRequest", {"name": "renamed"}, True),
        ("UpdateSourceRequest", {}, False),
        ("OAuthTokenRequest", {"grant_type": "client_credentials", "client_id": "a", "client_secret": "b"}, True),
        ("OAuthTokenRequest", {"grant_type": "password", "client_id": "a", "client_secret": "b"}, False),
        ("OAuthTokenRequest", {"grant_type": "client_credentials", "client_id": "a"}, False),
    ],
)
def test_request_bodies_enforce_the_one_of_these_is_required_rules(schema, body, valid) -> None:
    assert schema_validator(schema).is_valid(body) is valid


@pytest.mark.parametrize("op_id", sorted(USER_KEY_ONLY))
def test_user_key_only_operations_say_so_and_answer_403(op_id: str) -> None:
    op = by_id(op_id)
    assert "403" in op.spec["responses"]
    assert "POST /workflows" in resolve(load_spec(), {"$ref": "#/components/responses/Forbidden"})["description"]


def test_create_workflow_says_user_api_keys_only() -> None:
    for op_id in ("create_workflow", "update_workflow"):
        assert "User API keys only" in by_id(op_id).spec["description"]


def test_no_statement_says_workflows_cannot_be_created_or_edited() -> None:
    text = SPEC_PATH.read_text()
    assert "outside this API" not in text and "edited in Pipedream" not in text


@pytest.mark.parametrize("op_id", sorted(LEGACY_OPERATIONS))
def test_legacy_operations_are_deprecated(op_id: str) -> None:
    assert by_id(op_id).spec.get("deprecated") is True


def test_new_operations_take_their_documented_parameters() -> None:
    apps = by_id("list_apps")
    assert {p["name"] for p in apps.parameters} >= {"q", "has_components", "has_actions", "has_triggers"}
    for op_id in ("list_accounts", "get_account"):
        assert by_id(op_id).parameter("include_credentials")["schema"]["type"] == "boolean"
    assert by_id("list_accounts").parameter("app") and by_id("list_accounts").parameter("oauth_app_id")
    workspace_accounts = by_id("list_workspace_accounts")
    assert workspace_accounts.parameter("query") and workspace_accounts.parameter("app_slug")
    assert by_id("get_workflow").parameter("org_id")
    legacy = by_id("list_source_events_legacy").parameter("n")["schema"]
    assert (legacy["type"], legacy["minimum"]) == ("integer", 1)
    workflow_body = resolve(
        load_spec(), by_id("create_workflow").spec["requestBody"]["content"]["application/json"]["schema"]
    )
    assert set(workflow_body["required"]) == {"project_id", "org_id", "template_id"}


@pytest.mark.parametrize("op_id", ["list_source_events", "delete_source_events", "list_source_events_legacy"])
def test_event_operations_select_a_channel(op_id: str) -> None:
    assert by_id(op_id).parameter("event_name")


def test_emitters_may_be_workspaces_or_users_and_sources_may_subscribe_to_themselves() -> None:
    subscribe = by_id("create_subscription")
    emitter = subscribe.parameter("emitter_id")["description"]
    assert "`o_...`" in emitter and "`u_...`" in emitter
    assert "subscribe to itself on a named channel" in subscribe.spec["description"]


def test_every_path_answers_with_a_trailing_slash_says_the_spec() -> None:
    assert "trailing slash" in load_spec()["info"]["description"]


def test_workspace_id_is_accepted_wherever_org_id_is() -> None:
    for op in OPS:
        if (org := op.parameter("org_id")) and org["in"] == "query":
            assert op.parameter("workspace_id"), op.operation_id


@pytest.mark.parametrize(
    ("op_id", "statuses"),
    [("create_subscription", {"200", "204"}), ("delete_source_events", {"200", "202", "204"})],
)
def test_contested_statuses_are_all_accepted(op_id: str, statuses: set[str]) -> None:
    assert statuses <= set(by_id(op_id).spec["responses"])


def test_search_takes_limit_without_a_default() -> None:
    limit = by_id("search_components").parameter("limit")["schema"]
    assert limit["type"] == "integer" and "default" not in limit


def test_webhook_name_and_unsubscribe_channel_stay_optional() -> None:
    webhook = by_id("create_webhook")
    assert not webhook.parameter("name").get("required") and not webhook.parameter("description").get("required")
    assert not by_id("delete_subscription").parameter("event_name").get("required")


SUBSCRIPTION = {"id": "sub_a8b9c1", "emitter_id": "dc_def456", "listener_id": "p_abc123", "event_name": ""}
ERROR_EVENT = {"original_event": {}, "error": {"code": "InternalFailure"}}
METADATA = {"emitter_id": "p_abc123", "emit_id": "1kod", "name": "$errors"}


@pytest.mark.parametrize(
    ("schema", "body"),
    [
        ("SubscriptionResponse", {"data": SUBSCRIPTION}),
        ("SubscriptionResponse", {"data": [SUBSCRIPTION]}),
        ("ErrorEventSummary", {"id": "1-0", "event": ERROR_EVENT, "metadata": METADATA}),
        ("ErrorEventSummary", {"id": "1-0", "event": {**ERROR_EVENT, "metadata": METADATA}}),
        ("OAuthTokenRequest", {"grant_type": "client_credentials", "client_id": "a", "client_secret": "b", "scope": "*"}),
        ("User", {"id": "u_1", "billing_period_start_ts": 1, "billing_period_end_ts": 2, "billing_period_credits": 3}),
        ("PageInfo", {"count": 1, "excluded_count": 2}),
        ("EventMetadata", {"id": 42, "summary": "New item", "ts": 1589486981000}),
        ("EventMetadata", {"id": "guid-1", "summary": "New item", "ts": 1589486981000}),
    ],
)
def test_every_evidenced_shape_is_valid(schema: str, body: dict) -> None:
    assert schema_validator(schema).is_valid(body)


@pytest.mark.parametrize(
    ("schema", "field"),
    [
        ("User", "billing_period_start_ts"),
        ("User", "billing_period_credits"),
        ("Workspace", "daily_compute_time_quota"),
        ("Workspace", "daily_invocations_used"),
        ("WorkflowErrorEvent", "metadata"),
        ("OAuthTokenRequest", "scope"),
        ("PageInfo", "excluded_count"),
        ("EventMetadata", "summary"),
    ],
)
def test_contested_fields_are_declared_not_left_to_additional_properties(schema: str, field: str) -> None:
    assert field in load_spec()["components"]["schemas"][schema]["properties"]


EVIDENCE = ROOT / "docs" / "evidence.md"
# Each contested shape issue 10 names, as its line in docs/evidence.md starts.
CONTESTED = [
    "`GET /workflows/{workflow_id}/$errors/event_summaries` — where `metadata` sits",
    "`POST /subscriptions` — the answer",
    "`GET /users/me` — paid-plan fields",
    "`GET /users/me` — workspace quota fields",
    "`POST /oauth/token` — `scope`",
    "`GET /components/search` — `limit`",
    "every operation with `org_id` — `workspace_id`",
    "`DELETE /subscriptions` — is `event_name` required?",
    "`POST /webhooks` — are `name` and `description` required?",
    "`POST /subscriptions` — status",
    "`DELETE /sources/{id}/events` — status",
    "`page_info.excluded_count`",
]


@pytest.mark.parametrize("shape", CONTESTED)
def test_the_evidence_table_has_a_line_for_each_contested_shape(shape: str) -> None:
    lines = [line for line in EVIDENCE.read_text().splitlines() if line.startswith(f"| {shape} |")]
    assert len(lines) == 1, shape
    sources, chosen = lines[0].split(" | ")[1:3]
    assert sources.strip() and chosen.strip()


def test_the_readme_links_the_evidence_table() -> None:
    assert "(docs/evidence.md)" in (ROOT / "README.md").read_text()


def _nodes(node: object, pointer: str = "#") -> Iterator[tuple[str, dict[str, object]]]:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _nodes(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, f"{pointer}/{index}")


def test_the_spec_is_self_contained_and_every_object_stays_open() -> None:
    """README "For other languages": no external `$ref`, and every object schema open to new
    fields (a client generated today still parses an answer with a field added tomorrow)."""
    closed, external = [], []
    for pointer, node in _nodes(load_spec()):
        if node.get("additionalProperties") is False or node.get("unevaluatedProperties") is False:
            closed.append(pointer)
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#/"):
            external.append(f"{pointer}: {ref}")
    assert closed == [] and external == []


def test_integer_timestamps_are_int64() -> None:
    """README "For other languages": epoch timestamps are `format: int64`, which Go and Java need
    for milliseconds (an `int32` overflows on `indexed_at_ms` and, after 2038, on seconds)."""
    narrow = []
    for pointer, node in _nodes(load_spec()):
        for name, field in (node.get("properties") or {}).items():
            named_as_time = name == "ts" or name.endswith(("_at", "_ts", "_ms"))
            integer = isinstance(field, dict) and field.get("type") == "integer"
            if named_as_time and integer and field.get("format") != "int64":
                narrow.append(f"{pointer}/properties/{name}")
    assert narrow == []
