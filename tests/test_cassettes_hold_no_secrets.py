"""No cassette holds a credential: Authorization is replaced and every `api_key` is masked."""

from __future__ import annotations

import pytest
import yaml
from cassette_tools import CASSETTES, REDACTED, find_leaks

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
