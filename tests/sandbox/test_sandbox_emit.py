"""The one emit: every stored copy of an event is published to the in-process live listeners
(the hook live streams use), after it is committed."""

from __future__ import annotations

import httpx
from pipedream_sandbox.domain.events import Event
from sandbox_helpers import create_source
from starlette.applications import Starlette


async def test_live_listeners_hear_every_stored_copy_until_removed(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    sandbox = app.state.sandbox
    emitter, listener = await create_source(api), await create_source(api)
    await api.post(
        "/subscriptions", params={"emitter_id": emitter["id"], "listener_id": listener["id"]}
    )
    heard: list[Event] = []
    remove = sandbox.live.add(heard.append)
    event_id = sandbox.emitter.emit(emitter["id"], {"n": 1}, channel="")
    assert [(e.source_id, e.payload) for e in heard] == [
        (emitter["id"], {"n": 1}),
        (listener["id"], {"n": 1}),
    ]
    assert heard[0].id == event_id and heard[0].emitter_id == heard[1].emitter_id == emitter["id"]
    assert heard[0].emit_id == heard[1].emit_id
    remove()
    sandbox.emitter.emit(emitter["id"], {"n": 2})
    assert len(heard) == 2


async def test_a_failing_live_listener_loses_no_event(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    def broken(event: Event) -> None:
        raise RuntimeError("listener bug")

    sandbox = app.state.sandbox
    source = await create_source(api)
    sandbox.live.add(broken)
    sandbox.emitter.emit(source["id"], {"n": 1})
    listed = (await api.get(f"/sources/{source['id']}/event_summaries")).json()["data"]
    assert [e["event"] for e in listed] == [{"n": 1}]
