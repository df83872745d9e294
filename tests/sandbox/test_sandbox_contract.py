"""Contract test: schemathesis drives every operation of openapi.yaml against the sandbox app,
in-process, with positive and negative data, and checks every answer against the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from pipedream_sandbox import DEMO_API_KEY, create_app
from pipedream_sandbox.registry import refuse_fetch
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

schema = schemathesis.openapi.from_path(SPEC)
_apps: dict[tuple[str, str], Starlette] = {}


def sandbox_for(case: schemathesis.Case, flavour: str, **options: Any) -> Starlette:
    """One sandbox per operation, so that one operation's deletes leave the next one's data.

    Demo data gives the spec's own example IDs (sc_JDi8EB, dc_abc123, o_Qa8I1Z, ...) real
    objects, so the examples reach the success paths. Fetching is off: fuzzed URLs never leave
    the machine.
    """
    key = (case.operation.label, flavour)
    if key not in _apps:
        _apps[key] = create_app(":memory:", demo_data=True, fetch=refuse_fetch, seed=1, **options)
    return _apps[key]


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
    case.call_and_validate(headers=AUTH, checks=CHECKS, app=app)


FROZEN_CLOCK = 1_700_000_000.0


@schema.parametrize()
@fuzz_settings(5)
def test_throttled_answers_follow_the_spec(case: schemathesis.Case) -> None:
    """With one request a minute allowed (and a frozen clock), nearly every answer is the 429:
    its body and its Retry-After / X-RateLimit-* headers are checked against the spec."""
    app = sandbox_for(case, "throttled", rate_limit=1, clock=lambda: FROZEN_CLOCK)
    case.call_and_validate(headers=AUTH, checks=CHECKS, app=app)


class SandboxStateMachine(schema.as_state_machine()):  # type: ignore[misc]
    """Chains of calls along the links schemathesis infers (create a source, then update it,
    list its events, delete it, ...), each scenario on a fresh sandbox."""

    def setup(self) -> None:
        self.app = create_app(
            ":memory:", demo_data=True, fetch=refuse_fetch, seed=1, clock=lambda: FROZEN_CLOCK
        )

    def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
        return {"headers": AUTH, "app": self.app}

    def validate_response(self, response: Any, case: schemathesis.Case, **kwargs: Any) -> None:
        case.validate_response(response, checks=CHECKS)


TestStatefulScenarios = SandboxStateMachine.TestCase
TestStatefulScenarios.settings = fuzz_settings(60, stateful_step_count=8)
