"""What README.md names exists and reads as the code says: Makefile targets, the client-method
table, the public names, `Pipedream`'s signature, the sandbox's caps and options.

A promise in the README is a test: these fail when a name, a default or a target drifts from
the text, so the README cannot keep describing something that is gone."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import subprocess
import tomllib
from pathlib import Path

import httpx
import pipedream_rest
import pytest
from pipedream_rest import APIResponseValidationError, NotFoundError, Pipedream
from pipedream_sandbox import Limits, run_in_thread
from pipedream_sandbox.__main__ import parse_args

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")

# | `client.users.get_current()` | `users.get_current_user` | `GET /users/me` |
METHOD_ROW = re.compile(r"^\| `client\.(\w+)\.(\w+)\(\)`[^|]*\| `(\w+)\.(\w+)`", re.MULTILINE)


def _section(start: str, end: str) -> str:
    return README.split(start, 1)[1].split(end, 1)[0]


def test_every_make_target_the_readme_names_exists() -> None:
    targets = set(re.findall(r"^([\w-]+):", MAKEFILE, re.MULTILINE))
    named = set(re.findall(r"`make ([\w-]+)", README))
    assert named, "the README names no make target"
    assert named - targets == set()


def test_make_test_runs_what_the_readme_says() -> None:
    """README: `make test` "type-checks the overlay, lints the spec, type-checks the TypeScript
    example, runs the Go example, opens the reference docs in Chromium", as CI does."""
    line = next(line for line in MAKEFILE.splitlines() if line.startswith("test: "))
    prerequisites = set(line.removeprefix("test: ").split())
    assert {"typecheck", "lint-spec", "ts-check", "go-check", "docs", "chromium", "compat"} <= (
        prerequisites
    )
    assert (ROOT / ".ci" / "run").read_text().strip().endswith("make test")


def test_every_method_in_the_table_exists_with_its_generated_module() -> None:
    rows = METHOD_ROW.findall(README)
    spec = (ROOT / "openapi.json").read_text(encoding="utf-8")
    operations = set(re.findall(r'"operationId": "(\w+)"', spec))
    assert {op for *_, op in rows} == operations, "the table and the spec list other operations"
    with Pipedream(api_key="k", base_url="http://127.0.0.1:9/v1") as client:
        for group, method, tag, operation in rows:
            named = f"client.{group}.{method}"
            assert hasattr(getattr(client, group), method), named
            if method != "stream":  # hand-written; its async twin is async_stream
                assert hasattr(getattr(client, group), f"async_{method}"), named
            module = importlib.import_module(f"pipedream_rest_client.api.{tag}.{operation}")
            assert hasattr(module, "sync_detailed"), module.__name__


def test_public_names_are_the_packages_all() -> None:
    public = _section("Public names:", "## The demo")
    errors = _section("**Errors.**", "All derive from")
    named = set(re.findall(r"`(\w+)`", public)) | set(re.findall(r"`(\w+Error)`", errors))
    named |= {"APIStatusError", "APIError", "PipedreamError"}  # "All derive from ..."
    assert named == set(pipedream_rest.__all__)


def test_the_construction_signature_is_pipedreams() -> None:
    written = re.search(r"`Pipedream\((api_key=None, \*,.*?)\)`\.", README, re.DOTALL)
    assert written, "the README no longer shows Pipedream's signature"
    flat = re.sub(r"\([^()]*\)", "", written.group(1))  # httpx.Timeout(30, connect=5)
    names = [part.split("=")[0].strip() for part in flat.split(",")]
    parameters = inspect.signature(Pipedream).parameters
    assert [n for n in names if n != "*"] == list(parameters)
    assert parameters["timeout"].default == httpx.Timeout(30, connect=5)
    assert parameters["max_retries"].default == 2 == pipedream_rest.DEFAULT_MAX_RETRIES
    assert pipedream_rest.DEFAULT_BASE_URL == "https://api.pipedream.com/v1"
    assert "default base URL\n`https://api.pipedream.com/v1`" in README


@pytest.mark.parametrize(
    ("row", "value"),
    [
        ("a request body", Limits().body_bytes == 1024 * 1024),
        ("nesting of a JSON body", Limits().body_depth == 64),
        ("component code", Limits().code_bytes == 512 * 1024),
        ("component props once", Limits().expanded_nodes == 20_000),
        ("component props once", Limits().expanded_bytes == 1024 * 1024),
        ("`query` of", Limits().search_query_chars == 256),
    ],
)
def test_the_limits_table_states_the_defaults(row: str, value: bool) -> None:
    assert f"| {row}" in _section("| what | cap |", "Outbound requests")
    assert value


def test_every_sandbox_flag_the_readme_names_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PORT", raising=False)
    flags = set(re.findall(r"(--[a-z][a-z-]+)", _section("## A local sandbox", "### Security")))
    flags |= set(re.findall(r"SANDBOX_ARGS=(--[a-z-]+)", README))
    assert {"--port", "--token-ttl", "--allow-private-network"} <= flags
    values = {"--port": "9000", "--token-ttl": "60", "--rate-limit": "30", "--heartbeat": "2"}
    switches = {"--no-demo-data", "--allow-private-network"}
    for flag in sorted(flags):
        parse_args([flag] if flag in switches else [flag, values.get(flag, "x")])


def test_the_pins_the_readme_names_are_the_pins() -> None:
    """README: "pinned to 0.29.1, with ruff 0.17.6", "pins 7.26.0 in the dev extra", and the npm
    tools "pinned exactly in package.json"."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dev = set(pyproject["project"]["optional-dependencies"]["dev"])
    generator = re.search(r"pinned to ([\d.]+), with ruff ([\d.]+)", README)
    cli = re.search(r"pip install openapi-generator-cli==([\d.]+)", README)
    assert generator and cli
    assert f"openapi-python-client=={generator[1]}" in dev and f"ruff=={generator[2]}" in dev
    assert f"openapi-generator-cli=={cli[1]}" in dev and f"pins {cli[1]} in the dev extra" in README
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    npm = {**package.get("dependencies", {}), **package.get("devDependencies", {})}
    assert npm and all(re.fullmatch(r"\d+\.\d+\.\d+", v) for v in npm.values()), npm


def test_what_make_writes_is_ignored_by_git() -> None:
    """README: "`git status` stays clean after both" (`make`, `make test`)."""
    written = [".venv/x", "build/api-reference.html", "node_modules/x", "ts/generated/openapi.d.ts",
               "go/generated/x.go", ".sandbox/pipedream-sandbox.db", ".pytest_cache/x",
               ".mypy_cache/x", ".hypothesis/x", ".schemathesis/x"]  # fmt: skip
    ignored = subprocess.run(
        ["git", "check-ignore", "--no-index", *written],
        cwd=ROOT, capture_output=True, text=True, timeout=30, check=False,
    ).stdout.split()  # fmt: skip
    assert sorted(ignored) == sorted(written)


def test_every_target_that_runs_the_virtualenv_sets_it_up() -> None:
    """README: "Every target sets up the virtualenv it needs"."""
    missing = []
    for target, prerequisites, recipe in re.findall(
        r"^([\w-]+):([^\n=]*)\n((?:\t[^\n]*\n)+)", MAKEFILE, re.MULTILINE
    ):
        uses_venv = re.search(r"\$\((PY|VENV)\)", recipe) and target != "clean"
        if uses_venv and "setup" not in prerequisites.split():
            missing.append(target)
    assert missing == []


def test_every_changed_generator_template_is_named() -> None:
    """README's `templates/` row names each template we change, and no other."""
    row = next(line for line in README.splitlines() if line.startswith("| `templates/` |"))
    named = set(re.findall(r"`([\w.]+\.jinja)`", row))
    assert named == {path.name for path in (ROOT / "templates").rglob("*.jinja")}


def test_the_errors_print_as_the_readme_shows() -> None:
    """The README's comments show what `print(err)` and `.message` give: keep them true."""
    shown_404 = "404 source dc_gone not found (DELETE /v1/sources/dc_gone)"
    shown_fit = "200 answer does not fit SourceList > Source: expected an object, got a number (7)"
    assert f"# {shown_404}" in README and f"e.g. `{shown_fit}`" in README
    with (
        run_in_thread(api_key="k") as server,
        Pipedream("k", base_url=server.base_url) as client,
        pytest.raises(NotFoundError) as missing,
    ):
        client.sources.delete("dc_gone")
    assert str(missing.value) == shown_404

    def seven(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [7], "page_info": {}})

    transport = httpx.MockTransport(seven)
    with (
        Pipedream("k", base_url="http://api.test/v1", transport=transport) as client,
        pytest.raises(APIResponseValidationError) as unfit,
    ):
        client.sources.list()
    assert unfit.value.message == shown_fit


def test_the_user_key_only_row_is_the_operations_that_answer_403() -> None:
    """README's credential table: the "user API key only" operations are exactly those whose
    spec entry documents `403` (the sandbox tests check that each refuses an OAuth token)."""
    row = next(line for line in README.splitlines() if line.startswith("| user API key only |"))
    named = set(re.findall(r"`(?:\w+\.)?(\w+)`", row))
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    with_403 = {
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "403" in operation.get("responses", {})
    }
    assert named == with_403


def test_the_groups_and_module_folders_named_are_the_specs_tags() -> None:
    """README: "grouped by the spec's tags (`client.users`, ...)" and "a module under
    `pipedream_rest_client.api.<tag>` (`users`, ...)": both lists are the spec's tags."""
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    tags = {tag["name"] for tag in spec["tags"]}
    groups = _section("grouped by the spec's tags", "the table below")
    folders = _section("pipedream_rest_client.api.<tag>`", "named by its `operationId`")
    assert set(re.findall(r"`client\.(\w+)`", groups)) == tags
    assert set(re.findall(r"`(\w+)`", folders)) == tags


def test_the_set_up_versions_are_the_declared_ones() -> None:
    """README set-up: "Python 3.11+, Node.js 20.19+ or 22.12+" as pyproject.toml and
    package.json declare them."""
    assert "Python 3.11+, Node.js 20.19+ or 22.12+ (with npm)" in README
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["requires-python"] == ">=3.11"
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    assert package["engines"]["node"] == ">=20.19.0 <21.0.0 || >=22.12.0"
