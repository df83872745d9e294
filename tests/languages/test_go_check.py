"""`make go-check` fails when a spec change breaks Go users of go/example.

A scratch copy of the spec renames a response field the example reads (`page_info.end_cursor`,
which it pages with); the Go client generated from it no longer has `GetEndCursor`, so the
example no longer builds. `make go-check` itself (inside `make test`) runs the example on the
real spec against a sandbox.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from go_check import GO, GO_DIR, build_example, generate_client
from spec_tools import load_spec


def spec_with_a_renamed_field() -> dict[str, object]:
    spec = load_spec()
    page_info = spec["components"]["schemas"]["PageInfo"]["properties"]
    page_info["next_cursor"] = page_info.pop("end_cursor")
    return spec


@pytest.fixture(scope="module")
def build_on_broken_spec(
    tmp_path_factory: pytest.TempPathFactory,
) -> subprocess.CompletedProcess[str]:
    if not Path(GO).exists():
        pytest.fail(f"{GO} is missing: run `make go-check` (it installs Debian's golang-go)")
    scratch = tmp_path_factory.mktemp("go-check")
    spec = scratch / "openapi.json"
    spec.write_text(json.dumps(spec_with_a_renamed_field()))
    generate_client(spec, scratch / "generated")
    shutil.copytree(GO_DIR / "example", scratch / "example")
    return build_example(scratch / "example", scratch / "go-example")


def test_a_renamed_response_field_fails_the_build(
    build_on_broken_spec: subprocess.CompletedProcess[str],
) -> None:
    assert build_on_broken_spec.returncode != 0
    assert "main.go" in build_on_broken_spec.stderr
    assert "GetEndCursor undefined" in build_on_broken_spec.stderr
