"""`make ts-check` fails when a spec change breaks TypeScript users of ts/example.ts.

A scratch copy of the spec is broken twice: a response field is renamed (code reading it no
longer compiles) and an operation is added (the example must then call it too). The scratch
folder sits under build/ so that `openapi-fetch` resolves from the project's node_modules.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterator

import pytest
from node_tools import run_node_tool
from spec_tools import ROOT, load_spec

NEW_OPERATION = "get_current_user_again"


def break_the_spec() -> dict[str, object]:
    spec = copy.deepcopy(load_spec())
    user = spec["components"]["schemas"]["User"]["properties"]
    user["user_name"] = user.pop("username")
    again = copy.deepcopy(spec["paths"]["/users/me"]["get"])
    again["operationId"] = NEW_OPERATION
    spec["paths"]["/users/me/again"] = {"get": again}
    return spec


@pytest.fixture(scope="module")
def tsc_on_broken_spec() -> Iterator[subprocess.CompletedProcess[str]]:
    (ROOT / "build").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=ROOT / "build", prefix="ts-check-") as tmp:
        scratch = ROOT / "build" / tmp
        (scratch / "openapi.json").write_text(json.dumps(break_the_spec()))
        for name in ("example.ts", "tsconfig.json"):
            shutil.copy(ROOT / "ts" / name, scratch / name)
        types = run_node_tool(
            "openapi-typescript",
            scratch / "openapi.json",
            "--output",
            scratch / "generated" / "openapi.d.ts",
        )
        assert types.returncode == 0, types.stderr
        yield run_node_tool("tsc", "--project", scratch / "tsconfig.json", "--strict", "--noEmit")


def test_a_renamed_response_field_fails_the_check(
    tsc_on_broken_spec: subprocess.CompletedProcess[str],
) -> None:
    assert tsc_on_broken_spec.returncode != 0
    assert "example.ts" in tsc_on_broken_spec.stdout
    assert "Property 'username' comes from an index signature" in tsc_on_broken_spec.stdout


def test_an_operation_missing_from_the_example_fails_the_check(
    tsc_on_broken_spec: subprocess.CompletedProcess[str],
) -> None:
    assert tsc_on_broken_spec.returncode != 0
    assert f"Property '{NEW_OPERATION}' is missing" in tsc_on_broken_spec.stdout
