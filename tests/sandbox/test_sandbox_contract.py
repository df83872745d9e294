"""Contract test: schemathesis drives every operation of openapi.yaml against the sandbox app,
in-process, with positive and negative data, and checks every answer against the spec: invalid
data must be refused (`negative_data_rejection`) and every operation that declares auth must
enforce it (`ignored_auth`).

Fuzzed webhook URLs never receive anything: no fuzzed request makes a source emit, and the
sandboxes here deliver to loopback URLs only anyway."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from pipedream_sandbox import DEMO_API_KEY, WebhookDelivery, create_app, loopback_only
from pipedream_sandbox.registry import refuse_fetch
from pipedream_sandbox.users import DEMO_USER, default_users
from sandbox_helpers import client_for
from schemathesis.checks import not_a_server_error
from schemathesis.config._auth import AuthConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    skips_on_unexpected_http_status,
    status_code_conformance,
)
from starlette.applications import Starlette

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
ENVELOPE = {"data", "page_info", "error"}


def _spec_without_required_fields() -> dict[str, Any]:
    """The spec as `include`/`exclude` answers follow it: any field of a returned object may be
    left out, the envelope (`data`, `page_info`, an error's `error`) stays."""
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    for definition in spec["components"]["schemas"].values():
        if "required" in definition:
            definition["required"] = [name for name in definition["required"] if name in ENVELOPE]
    return spec


_SELECTED_FIELDS = schemathesis.openapi.from_dict(_spec_without_required_fields())


@schemathesis.check
@skips_on_unexpected_http_status
def response_schema_conformance_with_field_selection(
    ctx: Any, response: Any, case: schemathesis.Case
) -> bool | None:
    """The answer matches its schema; with `include`/`exclude` sent, fields may be missing."""
    if not {"include", "exclude"} & set(case.query or {}):
        return response_schema_conformance(ctx, response, case)
    operation = _SELECTED_FIELDS[case.operation.path][case.operation.method.upper()]
    return operation.validate_response(response, case=case)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance_with_field_selection,
    negative_data_rejection,
    ignored_auth,
]
# The OAuth client of the spec's token example, so that the example reaches the success path.
EXAMPLE_CLIENT = {"client_id": "oa_abc123", "client_secret": "pd_secret_abc123"}


class CurrentApp:
    """The ASGI app schemathesis talks to: it passes every request to `target`, the sandbox of
    the case at hand. Set as the schema's app, so that the probes of `ignored_auth` (sent
    through the schema's transport, not the call's) reach the same sandbox."""

    target: Starlette | None = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        assert self.target is not None
        await self.target(scope, receive, send)


ROUTER = CurrentApp()
# The live stream never ends on its own, so fuzzing cannot read its answer: it is tested
# against a served sandbox in test_sandbox_live.py.
schema = schemathesis.openapi.from_path(SPEC).exclude(operation_id="stream_source_events")
schema.app = ROUTER
# The demo key as the spec's bearer scheme, so that schemathesis leaves it out of the cases that
# test a missing credential (an explicit header would put it back) and knows it is valid.
schema.config.auth = AuthConfig(openapi={"bearerAuth": {"bearer": DEMO_API_KEY}})
_apps: dict[tuple[str, str], Starlette] = {}


def offline_app(**options: Any) -> Starlette:
    """Demo data gives the spec's own example IDs (sc_JDi8EB, dc_abc123, o_Qa8I1Z, p_abc123,
    ...) real objects, and so do the webhook and subscription seeded here, so the examples reach
    the success paths. Fetching is off and webhooks deliver to loopback only: fuzzed URLs never
    leave the machine."""
    app = create_app(
        ":memory:",
        users=default_users(DEMO_API_KEY, **EXAMPLE_CLIENT),
        demo_data=True,
        fetch=refuse_fetch,
        webhooks=WebhookDelivery(allow=loopback_only),
        seed=1,
        **options,
    )
    sandbox = app.state.sandbox
    sandbox.webhooks.create(DEMO_USER.id, "http://127.0.0.1:9/", "Errors", None, "wh_Rz5Tq1")
    sandbox.subscriptions.subscribe(DEMO_USER.id, "dc_def456", "p_abc123", "$errors")
    return app


def sandbox_for(case: schemathesis.Case, flavour: str, **options: Any) -> Starlette:
    """One sandbox per operation, so that one operation's deletes leave the next one's data."""
    key = (case.operation.label, flavour)
    if key not in _apps:
        _apps[key] = offline_app(**options)
    return _apps[key]


async def test_every_operation_of_the_spec_is_served() -> None:
    """All 39 request/response operations (the live stream aside): none answers the 404 of an unknown route (which the fuzzing alone
    would accept where the spec documents a 404)."""
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 39
    async with client_for(offline_app()) as client:
        for operation in operations:
            path = re.sub(r"\{[^}]+\}", "x", operation.path)
            response = await client.request(operation.method.upper(), path)
            assert "no route" not in response.text, (operation.method, operation.path)


def fuzz_settings(max_examples: int, **more: Any) -> settings:
    """Reproducible runs (derandomized, no example database), no deadline: CI stays predictable."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
        **more,
    )


@schema.parametrize()
@fuzz_settings(80)
def test_every_operation_follows_the_spec(case: schemathesis.Case) -> None:
    ROUTER.target = sandbox_for(case, "plain")
    case.call_and_validate(checks=CHECKS)


FROZEN_CLOCK = 1_700_000_000.0


@schema.parametrize()
@fuzz_settings(5)
def test_throttled_answers_follow_the_spec(case: schemathesis.Case) -> None:
    """With one request a minute allowed (and a frozen clock), nearly every answer is the 429:
    its body and its Retry-After / X-RateLimit-* headers are checked against the spec."""
    ROUTER.target = sandbox_for(case, "throttled", rate_limit=1, clock=lambda: FROZEN_CLOCK)
    case.call_and_validate(checks=CHECKS)


class SandboxStateMachine(schema.as_state_machine()):  # type: ignore[misc]
    """Chains of calls along the links schemathesis infers (create a source, then update it,
    list its events, delete it, ...), each scenario on a fresh sandbox."""

    def setup(self) -> None:
        ROUTER.target = offline_app(clock=lambda: FROZEN_CLOCK)

    def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
        return {}

    def validate_response(self, response: Any, case: schemathesis.Case, **kwargs: Any) -> None:
        case.validate_response(response, checks=CHECKS)


TestStatefulScenarios = SandboxStateMachine.TestCase
TestStatefulScenarios.settings = fuzz_settings(60, stateful_step_count=8)
