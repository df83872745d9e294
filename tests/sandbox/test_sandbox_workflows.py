"""Seeded workflows: their emitted events and `$errors` events, listed newest first and paged."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pipedream_sandbox.seeding.workflows import EVENTS_PER_CHANNEL
from sandbox_helpers import assert_error
from starlette.applications import Starlette

EVENTS = "/workflows/p_abc123/event_summaries"
ERRORS = "/workflows/p_abc123/$errors/event_summaries"


async def walk(api: httpx.AsyncClient, path: str, limit: int) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    after = None
    while True:
        params: dict[str, Any] = {"limit": limit, **({"after": after} if after else {})}
        page = (await api.get(path, params=params)).json()
        if not page["data"]:
            return items
        assert page["page_info"]["total_count"] == EVENTS_PER_CHANNEL
        items += page["data"]
        after = page["page_info"]["end_cursor"]


async def test_emitted_events_newest_first_over_pages(api: httpx.AsyncClient) -> None:
    events = await walk(api, EVENTS, limit=5)
    assert len(events) == EVENTS_PER_CHANNEL == 12
    assert [e["indexed_at_ms"] for e in events] == sorted(
        (e["indexed_at_ms"] for e in events), reverse=True
    )
    newest = events[0]
    assert newest["event"] == {"raw_event": {"order_id": 1011, "status": "delivered"}}
    assert newest["metadata"]["emitter_id"] == "p_abc123" and newest["metadata"]["name"] == ""
    assert newest["id"] == f"{newest['indexed_at_ms']}-0"
    back = (await api.get(EVENTS, params={"limit": 3, "before": events[6]["id"]})).json()
    assert [e["id"] for e in back["data"]] == [e["id"] for e in events[3:6]]


async def test_errors_have_the_documented_shape(api: httpx.AsyncClient) -> None:
    errors = await walk(api, ERRORS, limit=7)
    assert len(errors) == 12
    first = errors[-1]
    assert first["metadata"]["name"] == "$errors"
    event = first["event"]
    assert event["original_event"] == {"order_id": 1000}
    context = event["original_context"]
    assert set(context) == {
        "id",
        "ts",
        "workflow_id",
        "deployment_id",
        "source_type",
        "verified",
        "owner_id",
        "platform_version",
    }
    assert (context["workflow_id"], context["owner_id"]) == ("p_abc123", "u_demo01")
    assert context["ts"] == "2021-01-19T22:25:25.588Z"
    assert set(event["error"]) == {"code", "cellId", "ts", "stack"}
    assert event["error"]["ts"] == "2021-01-19T22:25:26.000Z"
    assert first["indexed_at_ms"] == 1611095126000


async def test_seeding_is_the_same_on_every_start(make_app: Any) -> None:
    from sandbox_helpers import client_for

    pages = []
    for _ in range(2):
        async with client_for(make_app()) as api:
            pages.append((await api.get(ERRORS, params={"limit": 3})).json())
    assert pages[0] == pages[1]


async def test_more_events_show_up_as_a_running_workflow_would_add_them(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    event_id = app.state.sandbox.emitter.emit("p_abc123", {"raw_event": {"order_id": 7}})
    page = (await api.get(EVENTS, params={"limit": 1})).json()
    assert page["data"][0]["id"] == event_id
    assert page["page_info"]["total_count"] == 13
    assert (await api.get(ERRORS)).json()["page_info"]["total_count"] == 12


@pytest.mark.parametrize("path", [EVENTS, ERRORS])
async def test_workflow_lists_check_their_input(
    api: httpx.AsyncClient, other: httpx.AsyncClient, path: str
) -> None:
    assert_error(await other.get(path), 404, "p_abc123")
    assert_error(await api.get(path.replace("p_abc123", "p_nothing")), 404, "p_nothing")
    assert_error(await api.get(path, params={"expand": "all"}), 400, "expand")
    assert_error(await api.get(path, params={"limit": 101}), 400, "limit")
    assert_error(await api.get(path, params={"after": "later"}), 400, "after")
    expanded = await api.get(path, params={"expand": "event", "include": "id"})
    assert all(set(item) == {"id"} for item in expanded.json()["data"])
    assert (await other.get("/workflows/p_other1/event_summaries")).status_code == 200


@pytest.mark.parametrize("workflow", ["p_abc123", "p_Lf2QdX"])
async def test_each_seeded_workflow_has_12_events_and_12_errors(
    api: httpx.AsyncClient, workflow: str
) -> None:
    """README: "demo: `p_abc123`, `p_Lf2QdX`), each with 12 emitted ... and 12 `$errors` events"."""
    for path in (
        f"/workflows/{workflow}/event_summaries",
        f"/workflows/{workflow}/$errors/event_summaries",
    ):
        page = (await api.get(path, params={"limit": 100})).json()
        assert len(page["data"]) == page["page_info"]["total_count"] == 12, path
