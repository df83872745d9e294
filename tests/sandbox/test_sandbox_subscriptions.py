"""Subscriptions: list, delete, the globs `dc_*` / `p_*`, and auto-subscriptions that apply to
emitters created afterwards only."""

from __future__ import annotations

import httpx
import pytest
from sandbox_helpers import assert_error, create_source, events_of, subscribe
from starlette.applications import Starlette


async def subscriptions_of(api: httpx.AsyncClient) -> list[tuple[str, str, str]]:
    body = (await api.get("/users/me/subscriptions")).json()
    assert set(body) == {"data"}  # no page_info
    return [(s["emitter_id"], s["listener_id"], s["event_name"]) for s in body["data"]]


async def test_list_subscriptions_in_creation_order(
    api: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    a, b = await create_source(api), await create_source(api)
    first = await subscribe(api, a["id"], b["id"])
    second = await subscribe(api, b["id"], "p_abc123", event_name="$errors")
    assert first["id"].startswith("sub_") and first["event_name"] == ""
    assert await subscriptions_of(api) == [
        (a["id"], b["id"], ""),
        (b["id"], "p_abc123", "$errors"),
    ]
    listed = (await api.get("/users/me/subscriptions", params={"include": "id"})).json()
    assert listed == {"data": [{"id": first["id"]}, {"id": second["id"]}]}
    assert await subscriptions_of(other) == []


async def test_delete_subscription_by_its_parameters(api: httpx.AsyncClient) -> None:
    a, b = await create_source(api), await create_source(api)
    await subscribe(api, a["id"], b["id"])
    await subscribe(api, a["id"], b["id"], event_name="$errors")
    params = {"emitter_id": a["id"], "listener_id": b["id"], "event_name": ""}
    response = await api.delete("/subscriptions", params=params)
    assert response.status_code == 204 and response.content == b""
    assert await subscriptions_of(api) == [(a["id"], b["id"], "$errors")]
    assert_error(await api.delete("/subscriptions", params=params), 404, "default channel")
    wrong = {**params, "event_name": "$logs"}
    assert_error(await api.delete("/subscriptions", params=wrong), 404, "'$logs'")
    assert_error(
        await api.delete("/subscriptions", params={"listener_id": b["id"]}), 400, "emitter_id"
    )
    errors = {**params, "event_name": "$errors"}
    assert (await api.delete("/subscriptions", params=errors)).status_code == 204
    assert await subscriptions_of(api) == []


async def test_a_deleted_subscription_delivers_no_more(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    a, b = await create_source(api), await create_source(api)
    await subscribe(api, a["id"], b["id"])
    app.state.sandbox.emitter.emit(a["id"], {"n": 1})
    await api.delete("/subscriptions", params={"emitter_id": a["id"], "listener_id": b["id"]})
    app.state.sandbox.emitter.emit(a["id"], {"n": 2})
    assert await events_of(api, b["id"]) == [{"n": 1}]


async def test_source_glob_covers_every_source_even_later_ones(
    app: Starlette, api: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    emitter = app.state.sandbox.emitter
    listener = await create_source(api, name="listener")
    before = await create_source(api, name="before")
    glob = await subscribe(api, "dc_*", listener["id"])
    assert glob["emitter_id"] == "dc_*"
    after = await create_source(api, name="after")
    theirs = await create_source(other)
    for source in (before, after, theirs):
        emitter.emit(source["id"], {"from": source["name"]})
    emitter.emit(listener["id"], {"from": "itself"})  # its own event, listed once, not twice
    emitter.emit("p_abc123", {"from": "workflow"})  # not a source
    received = sorted(e["from"] for e in await events_of(api, listener["id"]))
    assert received == ["after", "before", "itself"]


async def test_workflow_glob_covers_every_workflow(app: Starlette, api: httpx.AsyncClient) -> None:
    emitter = app.state.sandbox.emitter
    listener = await create_source(api)
    await subscribe(api, "p_*", listener["id"], event_name="$errors")
    emitter.emit("p_abc123", {"error": 1}, channel="$errors")
    emitter.emit("p_Lf2QdX", {"error": 2}, channel="$errors")
    emitter.emit("p_abc123", {"ok": 3})  # another channel
    emitter.emit("p_other1", {"error": 4}, channel="$errors")  # another user's workflow
    assert await events_of(api, listener["id"], "$errors") == [{"error": 2}, {"error": 1}]
    assert await events_of(api, listener["id"]) == []


@pytest.mark.parametrize(
    ("emitter", "listener", "status", "fragment"),
    [
        ("dc_*", "dc_*", 400, "cannot be a glob"),
        ("dc_?", "p_abc123", 404, "dc_?"),
        ("p_abc123", "p_abc123", 400, "cannot listen to itself"),
        ("p_other1", "p_abc123", 404, "p_other1"),
        ("p_abc123", "p_other1", 404, "p_other1"),
        ("p_abc123", "u_demo01", 404, "u_demo01"),
    ],
)
async def test_bad_subscriptions(
    api: httpx.AsyncClient, emitter: str, listener: str, status: int, fragment: str
) -> None:
    response = await api.post(
        "/subscriptions", params={"emitter_id": emitter, "listener_id": listener}
    )
    assert_error(response, status, fragment)


async def test_auto_subscriptions_apply_to_later_emitters_only(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    emitter = app.state.sandbox.emitter
    listener = await create_source(api, name="listener")
    existing = await create_source(api, name="existing")
    response = await api.post(
        "/auto_subscriptions", params={"event_name": "$errors", "listener_id": listener["id"]}
    )
    auto = response.json()["data"]
    assert auto["id"].startswith("asub_")
    assert auto == {"id": auto["id"], "event_name": "$errors", "listener_id": listener["id"]}
    again = await api.post(
        "/auto_subscriptions", params={"event_name": "$errors", "listener_id": listener["id"]}
    )
    assert again.json()["data"]["id"] == auto["id"]  # idempotent
    later = await create_source(api, name="later")
    assert await subscriptions_of(api) == [(later["id"], listener["id"], "$errors")]
    emitter.emit(existing["id"], {"error": "old"}, channel="$errors")
    emitter.emit(later["id"], {"error": "new"}, channel="$errors")
    emitter.emit(later["id"], {"not": "an error"})
    assert await events_of(api, listener["id"], "$errors") == [{"error": "new"}]


async def test_auto_subscriptions_apply_to_workflows_registered_later(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    listener = await create_source(api)
    await api.post(
        "/auto_subscriptions", params={"event_name": "$errors", "listener_id": listener["id"]}
    )
    app.state.sandbox.workflows.add("u_demo01", "p_newone", "new workflow")
    assert await subscriptions_of(api) == [("p_newone", listener["id"], "$errors")]


@pytest.mark.parametrize(
    ("params", "status", "fragment"),
    [
        ({"listener_id": "p_abc123"}, 400, "event_name is required"),
        ({"event_name": "$errors"}, 400, "listener_id is required"),
        ({"event_name": "$errors", "listener_id": "p_other1"}, 404, "p_other1"),
        ({"event_name": "$errors", "listener_id": "dc_*"}, 400, "glob"),
        ({"event_name": "$errors", "listener_id": "p_abc123", "org_id": "o_other1"}, 400, "org_id"),
    ],
)
async def test_bad_auto_subscriptions(
    api: httpx.AsyncClient, params: dict[str, str], status: int, fragment: str
) -> None:
    assert_error(await api.post("/auto_subscriptions", params=params), status, fragment)


async def test_deleting_a_source_drops_its_subscriptions(api: httpx.AsyncClient) -> None:
    a, b = await create_source(api), await create_source(api)
    await subscribe(api, a["id"], b["id"])
    await subscribe(api, "dc_*", b["id"], event_name="$logs")
    await api.post("/auto_subscriptions", params={"event_name": "$errors", "listener_id": b["id"]})
    await api.delete(f"/sources/{b['id']}")
    assert await subscriptions_of(api) == []
    await create_source(api)  # b's auto-subscription is gone too
    assert await subscriptions_of(api) == []


def test_only_sources_and_workflows_emit(app: Starlette) -> None:
    for emitter in ["dc_nothing", "p_nothing", "wh_x", "dc_*"]:
        with pytest.raises(ValueError, match="no source or workflow"):
            app.state.sandbox.emitter.emit(emitter, {"n": 1})
