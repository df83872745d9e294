"""The benchmark harness still runs and prints every row and target (``python -m bench --quick``).

Timings are not asserted: a smoke run is too short to mean anything, and CI machines vary. What
is asserted is that nothing rotted: every row is printed, every target gets a PASS/FAIL line, and
the walk sends exactly the requests it must (that is a count, not a timing).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGE_ROWS = [
    "raw httpx + json.loads (floor)",
    "generated, bare AuthenticatedClient",
    "overlay Pipedream client, one call",
    "overlay paginate(...).pages(), one page",
    "grouped client.<tag>.list(...), first page",
    "official SDK pipedream 2.3.0 (reference)",
]
OTHER_ROWS = [
    "walk 250 sources, limit=100: requests",
    "walk 250 sources, limit=100: time",
    "walk 250 sources, limit=100: items/s",
    "walk 250 sources, limit=100: peak traced memory, 25 items",
    "walk 250 sources, limit=100: peak traced memory, 250 items",
    "events of 20 sources, 5 ms latency: one after another",
    "events of 20 sources, 5 ms latency: asyncio.gather",
    "sandbox GET /users/me/sources (10 items): requests/s",
    "live: capture-to-client latency, 5 events: p50",
    "live: capture-to-client latency, 5 events: p99",
    "live: events/s into one stream (40 requests, 4 connections)",
    "live: sandbox memory per open stream, 5 streams",
    "live: REST GET /users/me/sources p50 / p99, 5 streams open",
]
TARGETS = [
    "overlay page ≤ 1.2× raw httpx + json.loads (sources)",
    "overlay page ≤ +5% over bare generated (sources)",
    "grouped client page ≤ +3% over bare generated (sources)",
    "overlay page ≤ 1.2× raw httpx + json.loads (events)",
    "overlay page ≤ +5% over bare generated (events)",
    "grouped client page ≤ +3% over bare generated (events)",
    "walk requests = ⌈N/limit⌉ plus at most one empty page (3 or 4)",
    "peak memory growth 25 → 250 items < 2.000 MB",
    "concurrent ≥ 5× faster than sequential",
    "sandbox ≥ 500 list requests/s",
    "live capture-to-client p99 < 50 ms",
    "live stream keeps up: ≥ 90% of the capture rate, none lost",
    "sandbox memory per open stream < 200 KB at 5",
    "REST p99 < 100 ms with 5 streams open",
]


@pytest.fixture(scope="module")
def quick_run() -> str:
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def table_rows(output: str) -> dict[str, list[str]]:
    """Each table row's name -> its other cells."""
    rows = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 4 and cells[0].isdigit():
            rows[cells[1]] = [cells[0], cells[2], cells[3]]
    return rows


def test_every_row_is_printed_with_a_value(quick_run: str) -> None:
    rows = table_rows(quick_run)
    expected = [
        f"100 {resource}/page: {row}" for resource in ("sources", "events") for row in PAGE_ROWS
    ] + OTHER_ROWS
    assert sorted(rows) == sorted(expected)
    for name, (section, value, _) in rows.items():
        assert section in {"1", "2", "3", "4", "5"}, name
        assert re.search(r"\d", value), f"{name} has no value: {value!r}"


def test_every_page_row_is_compared_with_the_floor(quick_run: str) -> None:
    rows = table_rows(quick_run)
    for name, (_, _, compared) in rows.items():
        if name.startswith("100 ") and "(floor)" not in name:
            assert re.search(r"\d+\.\d\d× floor", compared), (name, compared)


def test_every_target_gets_one_pass_or_fail_line(quick_run: str) -> None:
    lines = [line for line in quick_run.splitlines() if line.startswith(("PASS", "FAIL"))]
    goals = [re.sub(r"^(PASS|FAIL)\s+", "", line).rsplit(": ", 1)[0] for line in lines]
    assert goals == TARGETS


def test_the_walk_sends_one_request_per_page_and_one_for_the_empty_end(quick_run: str) -> None:
    assert "PASS  walk requests = ⌈N/limit⌉ plus at most one empty page (3 or 4): 4" in quick_run
