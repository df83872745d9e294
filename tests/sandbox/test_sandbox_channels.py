"""Event channels, as Pipedream's own client uses them (`listEvents(id, "$in")`,
`deleteEvent(id, eventId, "$in")`): `event_name` picks the one channel listed or deleted, and
`metadata` carries the emit's `id`, `summary` and `ts`."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sandbox_helpers import ROOT_URL, create_http_source, create_source, endpoint_path
from starlette.applications import Starlette


async def listed(api: httpx.AsyncClient, source_id: str, **params: str) -> list[dict[str, Any]]:
    response = await api.get(f"/sources/{source_id}/event_summaries", params=params)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["data"]
    return items


def payloads(items: list[dict[str, Any]]) -> list[Any]:
    return [item["event"] for item in items]


@pytest.fixture
async def three_channels(app: Starlette, api: httpx.AsyncClient) -> dict[str, Any]:
    """A source with one event on each of the default channel, `$in` and `$logs`."""
    source = await create_source(api)
    emitter = app.state.sandbox.emitter
    ids = {
        "": emitter.emit(source["id"], {"on": "default"}),
        "$in": emitter.emit(source["id"], {"on": "$in"}, channel="$in"),
        "$logs": emitter.emit(source["id"], {"on": "$logs"}, channel="$logs"),
    }
    return {"source": source["id"], "ids": ids}


async def test_event_name_selects_the_channel_listed(
    api: httpx.AsyncClient, three_channels: dict[str, Any]
) -> None:
    source = three_channels["source"]
    assert payloads(await listed(api, source, event_name="$in")) == [{"on": "$in"}]
    assert payloads(await listed(api, source, event_name="$logs")) == [{"on": "$logs"}]
    assert payloads(await listed(api, source, event_name="")) == [{"on": "default"}]
    assert await listed(api, source, event_name="custom") == []
    assert payloads(await listed(api, source)) == [{"on": "default"}]  # no event_name: default
    page = (
        await api.get(f"/sources/{source}/event_summaries", params={"event_name": "$in"})
    ).json()
    assert page["page_info"]["total_count"] == 1


async def test_a_delete_on_one_channel_never_touches_another(
    api: httpx.AsyncClient, three_channels: dict[str, Any]
) -> None:
    source, ids = three_channels["source"], three_channels["ids"]
    default_id = ids[""]
    # The ID of a default-channel event, deleted "on $in": nothing of the default channel goes.
    params = {"start_id": default_id, "end_id": default_id, "event_name": "$in"}
    assert (await api.delete(f"/sources/{source}/events", params=params)).status_code == 202
    assert payloads(await listed(api, source, event_name="")) == [{"on": "default"}]
    assert payloads(await listed(api, source, event_name="$logs")) == [{"on": "$logs"}]
    # An open range on $in empties $in and nothing else.
    assert (
        await api.delete(f"/sources/{source}/events", params={"event_name": "$in"})
    ).status_code == 202
    assert await listed(api, source, event_name="$in") == []
    assert payloads(await listed(api, source)) == [{"on": "default"}]
    assert payloads(await listed(api, source, event_name="$logs")) == [{"on": "$logs"}]
    # Without event_name, the default channel's event goes, and nothing else.
    params = {"start_id": default_id, "end_id": default_id}
    assert (await api.delete(f"/sources/{source}/events", params=params)).status_code == 202
    assert await listed(api, source) == []
    assert payloads(await listed(api, source, event_name="$logs")) == [{"on": "$logs"}]


async def test_metadata_carries_the_emits_id_summary_and_ts(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    emitter, listener = await create_source(api), await create_source(api)
    await api.post(
        "/subscriptions",
        params={"emitter_id": emitter["id"], "listener_id": listener["id"], "event_name": "$in"},
    )
    meta = {"id": "task-1", "summary": "Scheduled task", "ts": 1700000000123, "other": 9}
    event_id = app.state.sandbox.emitter.emit(emitter["id"], {"task": 1}, "$in", meta)
    for source_id in (emitter["id"], listener["id"]):
        [item] = await listed(api, source_id, event_name="$in")
        assert item["metadata"] == {
            "emitter_id": emitter["id"],
            "emit_id": item["metadata"]["emit_id"],
            "name": "$in",
            "id": "task-1",
            "summary": "Scheduled task",
            "ts": 1700000000123,
        }
    # Pipedream's scheduled-tasks source finds an event by metadata.id, then deletes it by ID.
    queue = await listed(api, emitter["id"], event_name="$in")
    assert [e["id"] for e in queue if e["metadata"].get("id") == "task-1"] == [event_id]


async def test_an_http_event_has_the_sample_sources_summary(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    source = await create_http_source(api)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=ROOT_URL) as web:
        await web.post(endpoint_path(source) + "/orders", json={"n": 1})
    [item] = await listed(api, source["id"])
    assert item["metadata"]["summary"] == "POST /orders"
    assert "id" not in item["metadata"] and "ts" not in item["metadata"]


def test_emit_metadata_of_the_wrong_type_is_refused(app: Starlette) -> None:
    emitter = app.state.sandbox.emitter
    with pytest.raises(ValueError, match="summary must be str"):
        emitter.emit("p_abc123", {}, metadata={"summary": 3})
    with pytest.raises(ValueError, match="ts must be int"):
        emitter.emit("p_abc123", {}, metadata={"ts": "yesterday"})


async def test_a_scheduled_emit_waits_on_in_until_due_and_can_be_cancelled(
    app: Starlette, api: httpx.AsyncClient, clock: Any
) -> None:
    """Pipedream's scheduled-tasks source: it subscribes to itself on `self`, emits each task
    there with a `delivery_ts`, lists its `$in` channel to find a task by `metadata.id`, and
    deletes it from `$in` to cancel it."""
    source = (await create_source(api))["id"]
    listener = (await create_source(api))["id"]
    for subscriber in (source, listener):
        await api.post(
            "/subscriptions",
            params={"emitter_id": source, "listener_id": subscriber, "event_name": "self"},
        )
    emitter = app.state.sandbox.emitter
    later = int(clock.now * 1000) + 60_000
    keep = emitter.emit(source, {"task": "keep"}, "self", {"id": "t-keep", "delivery_ts": later})
    drop = emitter.emit(source, {"task": "drop"}, "self", {"id": "t-drop", "delivery_ts": later})
    queued = await listed(api, source, event_name="$in")
    assert [(e["id"], e["metadata"]["id"], e["metadata"]["name"]) for e in queued] == [
        (drop, "t-drop", "$in"),
        (keep, "t-keep", "$in"),
    ]
    assert queued[0]["metadata"]["delivery_ts"] == later
    assert await listed(api, source, event_name="self") == []
    assert await listed(api, listener, event_name="$in") == []  # the emitter's queue only
    params = {"start_id": drop, "end_id": drop, "event_name": "$in"}
    assert (await api.delete(f"/sources/{source}/events", params=params)).status_code == 202
    clock.advance(59)
    assert [e["metadata"]["id"] for e in await listed(api, source, event_name="$in")] == ["t-keep"]
    clock.advance(1)  # due: emitted at the next read, once, to itself and its listener
    assert payloads(await listed(api, source, event_name="self")) == [{"task": "keep"}]
    assert payloads(await listed(api, listener, event_name="self")) == [{"task": "keep"}]
    assert await listed(api, source, event_name="$in") == []
    assert payloads(await listed(api, source, event_name="self")) == [{"task": "keep"}]


async def test_a_delivery_ts_already_past_emits_at_once(
    app: Starlette, api: httpx.AsyncClient, clock: Any
) -> None:
    source = (await create_source(api))["id"]
    past = int(clock.now * 1000) - 1
    app.state.sandbox.emitter.emit(source, {"n": 1}, metadata={"delivery_ts": past})
    assert payloads(await listed(api, source)) == [{"n": 1}]
    assert await listed(api, source, event_name="$in") == []
