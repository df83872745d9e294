"""The cassettes: no credential in any of them, and every operation recorded, succeeding and failing."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest
import yaml
from cassette_tools import CASSETTES, REDACTED, find_leaks, mask_secrets
from spec_tools import operations

KNOWN_KEYS = ["replay-key"]
try:  # the sandbox's own demo key must never be recorded either
    from pipedream_sandbox import DEMO_API_KEY, DEMO_CLIENT_SECRET

    KNOWN_KEYS += [DEMO_API_KEY, DEMO_CLIENT_SECRET]
except ImportError:  # pragma: no cover - the sandbox is part of the dev install
    pass

CASSETTE_FILES = sorted(CASSETTES.rglob("*.yaml"))


def test_cassettes_were_recorded() -> None:
    assert len(CASSETTE_FILES) >= 5, "run `make cassettes`"


@pytest.mark.parametrize("path", CASSETTE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_cassette_holds_no_secret(path) -> None:
    assert find_leaks(yaml.safe_load(path.read_text()), KNOWN_KEYS) == []


def test_the_scan_finds_a_leaked_header_key_and_api_key() -> None:
    leaky = {
        "interactions": [
            {
                "request": {"headers": {"authorization": ["Bearer sk-live-123"]}, "body": None},
                "response": {
                    "headers": {},
                    "body": {"string": '{"data": {"api_key": "abc", "note": "sk-live-123"}}'},
                },
            },
            {
                "request": {"headers": {"authorization": [f"Bearer {REDACTED}"]}, "body": None},
                "response": {"headers": {}, "body": {"string": f'{{"data": {{"api_key": "{REDACTED}"}}}}'}},
            },
        ]
    }
    assert find_leaks(leaky, ["sk-live-123"]) == [
        "interaction 0: authorization header Bearer sk-li...",
        "interaction 0: response body holds a known key",
        "interaction 0: response api_key not masked",
    ]


def test_the_scan_finds_an_unmasked_token_and_client_secret() -> None:
    leaky = {
        "interactions": [
            {
                "request": {
                    "headers": {},
                    "body": '{"grant_type":"client_credentials","client_id":"c","client_secret":"s3cr3t"}',
                },
                "response": {"headers": {}, "body": {"string": '{"access_token": "tok", "expires_in": 3600}'}},
            }
        ]
    }
    assert find_leaks(leaky, []) == [
        "interaction 0: request client_id not masked",
        "interaction 0: request client_secret not masked",
        "interaction 0: response access_token not masked",
    ]


def test_the_scan_finds_account_credentials_and_a_revoked_token() -> None:
    leaky = {
        "interactions": [
            {
                "request": {"headers": {}, "body": '{"token":"pd_at_live","client_id":"<redacted>"}'},
                "response": {
                    "headers": {},
                    "body": {"string": '{"data": {"id": "apn_1", "credentials": {"oauth_access_token": "ya29", "bot_token": "x"}}}'},
                },
            }
        ]
    }
    assert find_leaks(leaky, []) == [
        "interaction 0: request token not masked",
        "interaction 0: response credentials.oauth_access_token not masked",
        "interaction 0: response credentials.bot_token not masked",
    ]
    masked = mask_secrets(json.loads(leaky["interactions"][0]["response"]["body"]["string"]))
    assert masked["data"]["credentials"] == {"oauth_access_token": REDACTED, "bot_token": REDACTED}


def recorded_calls() -> list[tuple[str, str, int]]:
    """(method, path under /v1, status) of every recorded API interaction."""
    calls = []
    for path in CASSETTE_FILES:
        for interaction in yaml.safe_load(path.read_text())["interactions"]:
            url = urlsplit(interaction["request"]["uri"])
            if "/v1/" in url.path:
                api_path = "/" + url.path.split("/v1/", 1)[1]
                calls.append((interaction["request"]["method"], api_path, interaction["response"]["status"]["code"]))
    return calls


def path_pattern(template: str) -> re.Pattern[str]:
    """`/sources/{id}/events` as a regular expression matching `/sources/dc_abc/events`."""
    segments = ["[^/]+" if s.startswith("{") else re.escape(s) for s in template.split("/")]
    return re.compile("^" + "/".join(segments) + "$")


def test_the_cassettes_cover_every_operation_with_a_success_and_an_error() -> None:
    # The live stream is no request/response pair a cassette can hold: test_live_*.py cover it.
    outcomes = {op.operation_id: set[bool]() for op in operations() if op.path != "/sources/{id}/sse"}
    # Literal paths first: /components/search is not GET /components/{id}.
    ordered = sorted(operations(), key=lambda op: op.path.count("{"))
    templates = [(op.operation_id, op.method.upper(), path_pattern(op.path)) for op in ordered]
    for method, path, status in recorded_calls():
        for operation_id, op_method, pattern in templates:
            if method == op_method and pattern.match(path):
                outcomes[operation_id].add(status < 400)
                break
    assert {op: sorted(seen) for op, seen in outcomes.items() if seen != {True, False}} == {}


def test_each_cassette_folder_names_its_server_version_and_date() -> None:
    """README: "each cassette folder's RECORDED.json names the server, its version and the date"."""
    folders = sorted(p for p in CASSETTES.iterdir() if p.is_dir())
    assert folders
    for folder in folders:
        stamp = json.loads((folder / "RECORDED.json").read_text())
        assert stamp["server"] and stamp["version"], folder.name
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", stamp["recorded_at"]), folder.name


def test_every_recorded_module_replays_with_the_network_blocked() -> None:
    """README: `tests/recorded/` replays "with the network blocked"."""
    modules = sorted((CASSETTES.parent / "recorded").glob("test_*.py"))
    assert modules
    for module in modules:
        text = module.read_text(encoding="utf-8")
        marks = "pytestmark = [pytest.mark.vcr, pytest.mark.block_network]"
        assert marks in text, f"{module.name} must carry {marks}"
