"""Contract test: schemathesis drives every operation of openapi.yaml against the sandbox app,
in-process, with positive and negative data, and checks every answer against the spec.

Fuzzed webhook URLs never receive anything: no fuzzed request makes a source emit, and the
sandboxes here deliver to loopback URLs only anyway."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from pipedream_sandbox import DEMO_API_KEY, WebhookDelivery, create_app, loopback_only
from pipedream_sandbox.registry import refuse_fetch
from pipedream_sandbox.users import DEMO_USER, default_users
from sandbox_helpers import client_for
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from starlette.applications import Starlette

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
AUTH = {"Authorization": f"Bearer {DEMO_API_KEY}"}
NO_BEARER_PATHS = {"/oauth/token", "/oauth/revoke"}
# The OAuth client of the spec's token example, so that the example reaches the success path.
EXAMPLE_CLIENT = {"client_id": "oa_abc123", "client_secret": "pd_secret_abc123"}

# The live stream never ends on its own, so fuzzing cannot read its answer: it is tested
# against a served sandbox in test_sandbox_live.py.
schema = schemathesis.openapi.from_path(SPEC).exclude(operation_id="stream_source_events")
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


def headers_for(case: schemathesis.Case) -> dict[str, str]:
    """The demo key, except for the OAuth endpoints, which take no Bearer header."""
    return {} if case.operation.path in NO_BEARER_PATHS else AUTH


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
    app = sandbox_for(case, "plain")
    case.call_and_validate(headers=headers_for(case), checks=CHECKS, app=app)


FROZEN_CLOCK = 1_700_000_000.0


@schema.parametrize()
@fuzz_settings(5)
def test_throttled_answers_follow_the_spec(case: schemathesis.Case) -> None:
    """With one request a minute allowed (and a frozen clock), nearly every answer is the 429:
    its body and its Retry-After / X-RateLimit-* headers are checked against the spec."""
    app = sandbox_for(case, "throttled", rate_limit=1, clock=lambda: FROZEN_CLOCK)
    case.call_and_validate(headers=headers_for(case), checks=CHECKS, app=app)


class SandboxStateMachine(schema.as_state_machine()):  # type: ignore[misc]
    """Chains of calls along the links schemathesis infers (create a source, then update it,
    list its events, delete it, ...), each scenario on a fresh sandbox."""

    def setup(self) -> None:
        self.app = offline_app(clock=lambda: FROZEN_CLOCK)

    def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
        return {"headers": headers_for(case), "app": self.app}

    def validate_response(self, response: Any, case: schemathesis.Case, **kwargs: Any) -> None:
        case.validate_response(response, checks=CHECKS)


TestStatefulScenarios = SandboxStateMachine.TestCase
TestStatefulScenarios.settings = fuzz_settings(60, stateful_step_count=8)
