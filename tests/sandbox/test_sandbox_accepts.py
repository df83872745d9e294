"""Requests the real API accepts, as Pipedream's own client and older tools send them:
self-subscriptions on a named channel, workspace and user IDs as emitters, a trailing slash on
every path, the legacy paths, the 2021 `workspace_id`; and `/users/me` in one edition's shape."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from sandbox_helpers import assert_error, client_for, create_source, events_of, subscribe
from starlette.applications import Starlette

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
ORG = "o_Qa8I1Z"  # the demo user's workspace
METHODS = ("get", "post", "put", "delete")


async def test_a_source_subscribes_to_itself_on_a_named_channel_once(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    source = await create_source(api)
    made = await subscribe(api, source["id"], source["id"], event_name="self")
    assert (made["emitter_id"], made["listener_id"], made["event_name"]) == (
        source["id"],
        source["id"],
        "self",
    )
    await subscribe(api, "dc_*", source["id"], event_name="self")  # a glob covers it too
    app.state.sandbox.emitter.emit(source["id"], {"task": 1}, channel="self")
    assert await events_of(api, source["id"], "self") == [{"task": 1}]  # once, no loop
    assert await events_of(api, source["id"]) == []
    looping = await api.post(
        "/subscriptions", params={"emitter_id": source["id"], "listener_id": source["id"]}
    )
    assert_error(looping, 400, "itself", "default channel")


async def test_a_workspace_id_as_emitter_stands_for_what_the_workspace_owns(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    listener = await create_source(api, name="listener")
    await subscribe(api, ORG, listener["id"])
    in_workspace = await create_source(api, name="workspace's", org_id=ORG)
    personal = await create_source(api, name="personal")
    emitter = app.state.sandbox.emitter
    emitter.emit(in_workspace["id"], {"from": "workspace source"})
    emitter.emit(personal["id"], {"from": "personal source"})
    emitter.emit("p_abc123", {"from": "workspace workflow"})  # seeded in the user's workspace
    received = sorted(e["from"] for e in await events_of(api, listener["id"]))
    assert received == ["workspace source", "workspace workflow"]
    subscriptions = (await api.get(f"/workspaces/{ORG}/subscriptions")).json()["data"]
    assert [s["emitter_id"] for s in subscriptions] == [ORG]


async def test_a_user_id_as_emitter_stands_for_every_source_and_workflow_of_the_user(
    app: Starlette, api: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    listener = await create_source(api, name="listener")
    await subscribe(api, "u_demo01", listener["id"], event_name="$errors")
    later = await create_source(api, name="later", org_id=ORG)
    theirs = await create_source(other)
    emitter = app.state.sandbox.emitter
    for emitter_id in (later["id"], "p_Lf2QdX", theirs["id"], listener["id"]):
        emitter.emit(emitter_id, {"from": emitter_id}, channel="$errors")
    emitter.emit(later["id"], {"not": "an error"})
    received = sorted(e["from"] for e in await events_of(api, listener["id"], "$errors"))
    assert received == sorted([later["id"], "p_Lf2QdX", listener["id"]])


@pytest.mark.parametrize("emitter", ["o_other1", "u_other1", "o_nowhere", "u_nobody"])
async def test_another_users_workspace_or_user_id_is_not_found(
    api: httpx.AsyncClient, emitter: str
) -> None:
    listener = await create_source(api)
    response = await api.post(
        "/subscriptions", params={"emitter_id": emitter, "listener_id": listener["id"]}
    )
    assert_error(response, 404, emitter)


def spec_operations() -> list[tuple[str, str]]:
    """The /v1 operations (a path with its own `servers`, the live stream, lives elsewhere)."""
    paths = yaml.safe_load(SPEC.read_text())["paths"]
    return [
        (m.upper(), p)
        for p, item in paths.items()
        if "servers" not in item
        for m in METHODS
        if m in item
    ]


async def test_every_path_answers_with_a_trailing_slash(
    make_app: Any,
) -> None:
    app = make_app(demo_data=True)
    operations = spec_operations()
    assert len(operations) >= 39
    async with client_for(app) as client:
        for method, path in operations:
            url = re.sub(r"\{[^}]+\}", "x", path) + "/"
            response = await client.request(method, url)
            assert "no route" not in response.text, (method, url)
        plain = (await client.get(f"/orgs/{ORG}/sources")).json()
        assert (await client.get(f"/orgs/{ORG}/sources/")).json() == plain
        created = await client.post("/sources/", json={"key": "http-new-requests"})
        assert created.status_code == 200, created.text
        assert (await client.get("/users/me//")).status_code == 200


async def test_the_2020_event_list_answers_the_last_n_events(
    app: Starlette, api: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    source = await create_source(api)
    emitter = app.state.sandbox.emitter
    for n in range(4):
        emitter.emit(source["id"], {"n": n})
    emitter.emit(source["id"], {"log": 1}, channel="$logs")
    body = (await api.get(f"/sources/{source['id']}/events", params={"n": 2})).json()
    assert set(body) == {"data"}  # no page_info: no cursors in 2020
    summaries = (await api.get(f"/sources/{source['id']}/event_summaries")).json()["data"]
    assert body["data"] == summaries[:2]
    everything = (await api.get(f"/sources/{source['id']}/events")).json()["data"]
    assert [e["event"] for e in everything] == [{"n": 3}, {"n": 2}, {"n": 1}, {"n": 0}]
    logs = await api.get(f"/sources/{source['id']}/events", params={"event_name": "$logs"})
    assert [e["event"] for e in logs.json()["data"]] == [{"log": 1}]
    assert_error(await api.get(f"/sources/{source['id']}/events", params={"n": 0}), 400, "n must")
    assert_error(await other.get(f"/sources/{source['id']}/events"), 404, source["id"])


async def test_the_older_workspace_subscriptions_path_answers_the_same(
    api: httpx.AsyncClient,
) -> None:
    listener = await create_source(api)
    await subscribe(api, "p_abc123", listener["id"], org_id=ORG)
    current = (await api.get(f"/workspaces/{ORG}/subscriptions")).json()
    assert current["data"] and (await api.get(f"/orgs/{ORG}/subscriptions")).json() == current
    assert_error(await api.get("/orgs/o_other1/subscriptions"), 404, "o_other1")


async def test_users_me_is_the_current_docs_shape(api: httpx.AsyncClient) -> None:
    me = (await api.get("/users/me")).json()["data"]
    assert set(me) == {
        "id",
        "username",
        "email",
        "daily_compute_time_quota",
        "daily_compute_time_used",
        "daily_invocations_quota",
        "daily_invocations_used",
        "orgs",
    }
    assert {"daily_credits_quota", "daily_credits_used"} <= set(me["orgs"][0])


async def test_workspace_id_is_the_2021_name_of_org_id(api: httpx.AsyncClient) -> None:
    created = await create_source(api, workspace_id=ORG)
    assert created["owner_id"] == ORG
    listed = (await api.get("/users/me/sources", params={"workspace_id": ORG})).json()["data"]
    assert [s["id"] for s in listed] == [created["id"]]
    both = await api.get("/users/me/sources", params={"workspace_id": ORG, "org_id": ORG})
    assert_error(both, 400, "not both")
    assert_error(await api.get("/users/me/sources", params={"workspace_id": "o_other1"}), 400)
