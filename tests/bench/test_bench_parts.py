"""The benchmark's own parts: the served pages chain correctly, and timing keeps every row."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from pipedream_sandbox import run_in_thread

from bench import bodies, sandbox_load
from bench.processes import SANDBOX_API_KEY
from bench.server import Fixtures
from bench.timing import interleaved


def walk(pages: dict[str | None, bytes]) -> tuple[list[str], int]:
    """Follow end_cursor from the first page, as a client does: (item IDs, requests)."""
    ids: list[str] = []
    cursor: str | None = None
    for requests in range(1, len(pages) + 2):
        page = json.loads(pages[cursor])
        ids += [item["id"] for item in page["data"]]
        cursor = page["page_info"]["end_cursor"]
        if not page["data"] or cursor is None:
            return ids, requests
    raise AssertionError("the pages loop")


@pytest.mark.parametrize(("total", "limit", "requests"), [(250, 100, 4), (300, 100, 4), (5, 1, 6)])
def test_walk_pages_hold_every_source_once_then_an_empty_page(
    total: int, limit: int, requests: int
) -> None:
    ids, made = walk(bodies.walk_pages(total, limit))
    assert made == requests
    assert len(ids) == len(set(ids)) == total


def test_walk_pages_refuse_a_limit_the_api_does_not_accept() -> None:
    with pytest.raises(ValueError, match="limit"):
        bodies.walk_pages(10, 101)


def test_full_pages_hold_100_items_of_the_documented_shapes() -> None:
    sources = json.loads(bodies.sources_page())
    events = json.loads(bodies.events_page())
    assert len(sources["data"]) == len(events["data"]) == 100
    assert {"id", "component_id", "configured_props", "created_at"} <= set(sources["data"][0])
    assert set(events["data"][0]) == {"id", "indexed_at_ms", "event", "metadata"}
    assert sources["page_info"]["end_cursor"] == bodies.source_cursor(sources["data"][-1]["id"])


def test_server_routes_each_path_to_its_body_and_counts_the_walk() -> None:
    fixtures = Fixtures(walk_items=150, walk_limit=100)
    assert fixtures.body_for("/v1/users/me/sources", "limit=100") == fixtures.sources
    assert fixtures.body_for("/v1/sources/dc_x/event_summaries", "") == fixtures.events
    assert fixtures.body_for("/v1/connect/proj_1/deployed-triggers", "") == fixtures.sdk_sources
    assert (
        fixtures.body_for("/v1/connect/proj_1/deployed-triggers/dc_x/events", "")
        == fixtures.sdk_events
    )
    assert fixtures.body_for("/v1/nothing/here", "") is None
    first = json.loads(fixtures.body_for("/walk/v1/users/me/sources", "limit=100") or b"")
    after = first["page_info"]["end_cursor"]
    second = json.loads(fixtures.body_for("/walk/v1/users/me/sources", f"after={after}") or b"")
    assert len(first["data"]) == 100 and len(second["data"]) == 50
    assert json.loads(fixtures.body_for("/stats", "") or b"") == {"walk_requests": 2}


def test_interleaved_times_every_row_in_every_round() -> None:
    calls: dict[str, int] = {"a": 0, "b": 0, "c": 0}

    def counter(name: str) -> Callable[[], None]:
        def call() -> None:
            calls[name] += 1

        return call

    medians = interleaved({name: counter(name) for name in calls}, 5, warmup=2)
    assert set(medians) == set(calls)
    assert all(value >= 0 for value in medians.values())
    assert calls == {"a": 7, "b": 7, "c": 7}


def test_interleaved_refuses_zero_rounds() -> None:
    with pytest.raises(ValueError, match="rounds"):
        interleaved({"a": lambda: None}, 0)


def test_without_wrk_the_sandbox_row_says_its_figure_is_a_lower_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """BENCHMARKS.md: without `wrk`, an async httpx loop stands in "and the row says" so."""
    monkeypatch.setattr(sandbox_load.shutil, "which", lambda name: None)
    with run_in_thread(api_key=SANDBOX_API_KEY, demo_data=True) as server:  # as make sandbox
        rows, targets = sandbox_load.measure(server.base_url, connections=2, seconds=0.2)
    assert "wrk not installed" in rows[0].compared and "a lower bound" in rows[0].compared
    assert len(targets) == 1
