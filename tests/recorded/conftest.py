"""Cassette-backed tests: replayed offline with the network blocked; recorded by `make cassettes`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cassette_tools import CASSETTES, REDACTED, scrub_request, scrub_response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": [("authorization", f"Bearer {REDACTED}"), ("user-agent", None)],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "match_on": ["method", "path", "query", "body"],
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / Path(str(request.node.fspath)).stem)


@pytest.fixture(autouse=True)
def every_interaction_is_played(vcr: Any, record_mode: str) -> Iterator[None]:
    """Replaying must use the whole cassette: a stale interaction means the test changed."""
    yield
    if vcr is not None and record_mode == "none":
        unplayed = len(vcr.data) - vcr.play_count
        assert unplayed == 0, f"{unplayed} recorded interaction(s) were not played back"
