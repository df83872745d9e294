"""`make lint-spec`: openapi.yaml passes redocly.yaml with zero problems, and each project rule bites.

The rules are proved on a scratch copy of the spec broken on purpose in one place per rule; the
real file is never touched.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from node_tools import run_node_tool
from spec_tools import ROOT, load_spec

Spec = dict[str, Any]
ERROR_EXAMPLE = {"error": "conflict"}


def lint(spec_file: Path) -> dict[str, Any]:
    result = run_node_tool(
        "redocly", "lint", spec_file, "--config", ROOT / "redocly.yaml", "--format", "json",
        "--lint-config", "error", "--max-problems", "1000",
    )  # fmt: skip
    try:
        return dict(json.loads(result.stdout))
    except json.JSONDecodeError:
        pytest.fail(
            f"redocly lint printed no JSON report (exit {result.returncode}):\n{result.stderr}"
        )


def drop_response_examples(spec: Spec) -> None:
    del spec["paths"]["/users/me"]["get"]["responses"]["200"]["content"]["application/json"][
        "examples"
    ]


def drop_success_body(spec: Spec) -> None:
    del spec["paths"]["/components/{id}"]["get"]["responses"]["200"]["content"]


def drop_request_examples(spec: Spec) -> None:
    del spec["paths"]["/sources"]["post"]["requestBody"]["content"]["application/json"]["examples"]


def camel_case_operation_id(spec: Spec) -> None:
    spec["paths"]["/components"]["post"]["operationId"] = "createComponent"


def error_with_own_schema(spec: Spec) -> None:
    body = {"schema": {"type": "object"}, "example": ERROR_EXAMPLE}
    spec["paths"]["/components/{id}"]["get"]["responses"]["409"] = {
        "description": "Conflict.",
        "content": {"application/json": body},
    }


def error_without_body(spec: Spec) -> None:
    spec["paths"]["/sources/{id}"]["delete"]["responses"]["409"] = {"description": "Conflict."}


def throttled_without_retry_after(spec: Spec) -> None:
    body = {"schema": {"$ref": "#/components/schemas/ErrorBody"}, "example": ERROR_EXAMPLE}
    spec["paths"]["/users/me/sources"]["get"]["responses"]["429"] = {
        "description": "Throttled.",
        "content": {"application/json": body},
    }


# (how the spec is broken, the rule that must report it, where)
BREAKAGES: list[tuple[Callable[[Spec], None], str, str]] = [
    (
        drop_response_examples,
        "rule/response-body-has-example",
        "#/paths/~1users~1me/get/responses/200/content/application~1json",
    ),
    (
        drop_success_body,
        "rule/success-response-has-body",
        "#/paths/~1components~1{id}/get/responses/200",
    ),
    (
        drop_request_examples,
        "rule/request-body-has-example",
        "#/paths/~1sources/post/requestBody/content/application~1json",
    ),
    (
        camel_case_operation_id,
        "rule/operation-id-snake-case",
        "#/paths/~1components/post/operationId",
    ),
    (
        error_with_own_schema,
        "rule/error-response-uses-error-schema",
        "#/paths/~1components~1{id}/get/responses/409/content/application~1json/schema",
    ),
    (
        error_without_body,
        "rule/error-response-has-body",
        "#/paths/~1sources~1{id}/delete/responses/409",
    ),
    (
        throttled_without_retry_after,
        "response-contains-header",
        "#/paths/~1users~1me~1sources/get/responses/429/headers",
    ),
]


@pytest.fixture(scope="module")
def broken_report(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(rule, location) of every problem in one scratch copy carrying all the breakages at once."""
    spec = copy.deepcopy(load_spec())
    for breakage, _, _ in BREAKAGES:
        breakage(spec)
    scratch = tmp_path_factory.mktemp("lint") / "openapi.json"
    scratch.write_text(json.dumps(spec))
    report = lint(scratch)
    return {(p["ruleId"], p["location"][0]["pointer"]) for p in report["problems"]}


def test_the_spec_has_no_errors_no_warnings_and_nothing_ignored() -> None:
    report = lint(ROOT / "openapi.yaml")
    assert report["totals"] == {"errors": 0, "warnings": 0, "ignored": 0}, report["problems"]


@pytest.mark.parametrize(
    ("breakage", "rule", "where"), BREAKAGES, ids=[b.__name__ for b, _, _ in BREAKAGES]
)
def test_each_project_rule_reports_its_breakage(
    broken_report: set[tuple[str, str]], breakage: Callable[[Spec], None], rule: str, where: str
) -> None:
    assert (rule, where) in broken_report, (
        f"{rule} did not report {where}; got {sorted(broken_report)}"
    )
