"""openapi.yaml: every documented operation, described to the project's standard, with examples that validate."""

from __future__ import annotations

import copy
import re

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.readers import read_from_filename
from prance import ResolvingParser
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from spec_tools import SPEC_PATH, SPEC_URI, example_errors, load_spec, operations, resolve

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
# Exchanges credentials for a token: no Bearer header, no resource to filter.
TOKEN_OPERATION = "create_oauth_token"
# The live event stream: text/event-stream outside /v1, whole events, nothing to filter.
STREAM_OPERATION = "stream_source_events"
PAGINATED = {
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


@pytest.mark.parametrize("expected", [DOCUMENTED_OPERATIONS, LATER_OPERATIONS], ids=["2020", "later"])
def test_every_documented_operation_is_in_the_spec(expected: dict[tuple[str, str], str]) -> None:
    found = {(op.method, op.path): op.operation_id for op in OPS}
    assert {k: found.get(k) for k in expected} == expected


def test_the_spec_has_no_operation_beyond_the_documented_ones() -> None:
    assert len(OPS) == len(DOCUMENTED_OPERATIONS) + len(LATER_OPERATIONS) == 26


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
    if op.operation_id == TOKEN_OPERATION:
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
            assert schema == {"$ref": "#/components/schemas/Error"}, status
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
