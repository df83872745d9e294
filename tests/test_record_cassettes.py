"""`make cassettes` (scripts/record_cassettes.py) records from the real API when
PIPEDREAM_API_KEY is set, else from a fresh sandbox, as the README says."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "record_cassettes.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("record_cassettes", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_with_an_api_key_it_records_from_the_real_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIPEDREAM_API_KEY", "real-key")
    monkeypatch.delenv("PIPEDREAM_BASE_URL", raising=False)
    with _script().server() as (base_url, credentials, description):
        assert base_url == "https://api.pipedream.com/v1"
        assert credentials["RECORD_API_KEY"] == "real-key"
        assert description["server"] == base_url
    monkeypatch.setenv("PIPEDREAM_BASE_URL", "https://example.test/v1/")
    with _script().server() as (base_url, _, _):
        assert base_url == "https://example.test/v1"


def test_without_one_it_records_from_a_fresh_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PIPEDREAM_API_KEY", raising=False)
    with _script().server() as (base_url, credentials, description):
        assert base_url.startswith("http://127.0.0.1:")
        assert credentials["RECORD_API_KEY"].startswith("recording-")
        assert description["server"].startswith("pipedream_sandbox")
