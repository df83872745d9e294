"""One event used to break a source: a request body nested ~960 deep was captured (200), and from
then on every event page holding it answered 500. Too-deep bodies are refused at capture, and
nothing already stored can make a list answer 5xx."""

from __future__ import annotations

import httpx
import pytest
from starlette.applications import Starlette


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


async def _http_source(api: httpx.AsyncClient) -> tuple[str, str]:
    source = (await api.post("/sources", json={"key": "http-new-requests"})).json()["data"]
    return source["id"], source["configured_props"]["http"]["endpoint_url"]


@pytest.mark.parametrize("depth", [65, 960, 5000])
async def test_a_too_deep_body_is_refused_at_capture(api: httpx.AsyncClient, depth: int) -> None:
    source_id, endpoint = await _http_source(api)
    response = await api.post(
        endpoint, content=nested(depth), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json() == {
        "error": "request body is nested deeper than 64 levels",
        "code": "body_too_deep",
    }
    listed = await api.get(f"/sources/{source_id}/event_summaries")
    assert listed.status_code == 200 and listed.json()["data"] == []


async def test_64_levels_are_captured_and_listed(api: httpx.AsyncClient) -> None:
    source_id, endpoint = await _http_source(api)
    response = await api.post(
        endpoint, content=nested(64), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 200
    for expand in ({}, {"expand": "event"}):
        listed = await api.get(f"/sources/{source_id}/event_summaries", params=expand)
        assert listed.status_code == 200 and len(listed.json()["data"]) == 1


async def test_a_too_deep_v1_body_is_refused(api: httpx.AsyncClient) -> None:
    props = {"url": "https://rss.m.pipedream.net", "x": 1}
    for _ in range(70):
        props = {"nested": props}
    response = await api.post(
        "/sources", json={"key": "rss-new-item-in-feed", "configured_props": props}
    )
    assert response.status_code == 400 and response.json()["code"] == "body_too_deep"


async def test_events_already_stored_never_make_a_list_answer_500(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    """Rows written before the cap existed (or by hand): too deep to read back, or not JSON."""
    source_id, _ = await _http_source(api)
    with app.state.sandbox.store.transaction() as conn:
        for seq, payload in enumerate([nested(960), nested(100_000), "{not json", '{"ok": 1}']):
            conn.execute(
                "INSERT INTO events (source_id, ms, seq, emitter_id, emit_id, channel, payload)"
                " VALUES (?, 1700000000000, ?, ?, 'e', '', ?)",
                (source_id, seq, source_id, payload),
            )
    for expand in ({}, {"expand": "event"}):
        listed = await api.get(f"/sources/{source_id}/event_summaries", params=expand)
        assert listed.status_code == 200, listed.text
        assert len(listed.json()["data"]) == 4
    assert listed.json()["data"][0]["event"] == {"ok": 1}


async def test_sources_already_stored_never_make_a_list_answer_500(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    source_id, _ = await _http_source(api)
    with app.state.sandbox.store.transaction() as conn:
        conn.execute(
            "UPDATE sources SET configured_props = ? WHERE id = ?",
            ('{"a":' * 5000 + "1" + "}" * 5000, source_id),
        )
    listed = await api.get("/users/me/sources")
    assert listed.status_code == 200, listed.text
    assert [s["id"] for s in listed.json()["data"]] == [source_id]
