"""Subscription cycles through every kind of emitter: two sources subscribed to each other, to
their workspace (`o_...`), to their user (`u_...`) and to the glob `dc_*`, all on one channel.
An emit must reach each source once: never loop, never multiply (one copy per emit however many
subscriptions cover it), and stay one copy as the cycle grows."""

from __future__ import annotations

import httpx
import pytest
from starlette.applications import Starlette

ORG = "o_Qa8I1Z"  # the demo user's workspace
USER = "u_demo01"
COVERING = [ORG, USER, "dc_*"]


async def _source(api: httpx.AsyncClient) -> str:
    made = await api.post("/sources", json={"key": "http-new-requests", "org_id": ORG})
    assert made.status_code == 200, made.text
    return str(made.json()["data"]["id"])


async def _subscribe(api: httpx.AsyncClient, emitter: str, listener: str) -> None:
    params = {"emitter_id": emitter, "listener_id": listener, "event_name": "ring"}
    made = await api.post("/subscriptions", params=params)
    assert made.status_code == 200, made.text


async def _counts(api: httpx.AsyncClient, sources: list[str]) -> list[int]:
    counts = []
    for source in sources:
        page = await api.get(f"/sources/{source}/event_summaries", params={"event_name": "ring"})
        counts.append(page.json()["page_info"]["total_count"])
    return counts


@pytest.mark.parametrize("size", [2, 5])
async def test_a_cycle_through_sources_workspace_user_and_glob_delivers_each_emit_once(
    app: Starlette, api: httpx.AsyncClient, size: int
) -> None:
    ring = [await _source(api) for _ in range(size)]
    for n, listener in enumerate(ring):
        await _subscribe(api, ring[n - 1], listener)  # each listens to the one before it
        await _subscribe(api, listener, ring[n - 1])  # and the other way round
        for emitter in COVERING:
            await _subscribe(api, emitter, listener)
    emitter = app.state.sandbox.emitter
    for n, source in enumerate(ring, start=1):
        emitter.emit(source, {"n": n}, channel="ring")
        # Every source holds one copy of every emit so far, its own included.
        assert await _counts(api, ring) == [n] * size
