"""Workspaces: the user's list, one workspace, its sources (created with `org_id`) and its
subscriptions; another user's workspace is not found."""

from __future__ import annotations

import httpx
import pytest
from sandbox_helpers import assert_error, create_source

DEMO_WORKSPACE = "o_Qa8I1Z"


async def test_list_and_get_workspaces(api: httpx.AsyncClient, other: httpx.AsyncClient) -> None:
    assert (await api.get("/users/me/workspaces")).json() == {
        "data": [{"id": DEMO_WORKSPACE, "orgname": "demo", "name": "Demo workspace"}]
    }
    assert (await api.get(f"/workspaces/{DEMO_WORKSPACE}")).json() == {
        "data": {
            "id": DEMO_WORKSPACE,
            "orgname": "demo",
            "name": "Demo workspace",
            "email": "demo@example.com",
            "daily_credits_quota": 100,
            "daily_credits_used": 0,
        }
    }
    me = (await api.get("/users/me")).json()["data"]
    assert me["orgs"] == [(await api.get(f"/workspaces/{DEMO_WORKSPACE}")).json()["data"]]
    assert [w["id"] for w in (await other.get("/users/me/workspaces")).json()["data"]] == [
        "o_other1"
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/workspaces/{id}",
        "/workspaces/{id}/subscriptions",
        "/orgs/{id}/sources",
    ],
)
@pytest.mark.parametrize("workspace", ["o_other1", "o_nothing", "not-a-workspace"])
async def test_another_users_workspace_is_not_found(
    api: httpx.AsyncClient, path: str, workspace: str
) -> None:
    assert_error(await api.get(path.format(id=workspace)), 404, workspace)


async def test_org_id_puts_a_source_in_the_workspace(api: httpx.AsyncClient) -> None:
    personal = await create_source(api, name="personal")
    team = await create_source(api, name="team", org_id=DEMO_WORKSPACE)
    assert (personal["owner_id"], team["owner_id"]) == ("u_demo01", DEMO_WORKSPACE)
    assert team["user_id"] == "u_demo01"
    listed = (await api.get(f"/orgs/{DEMO_WORKSPACE}/sources")).json()
    assert [s["id"] for s in listed["data"]] == [team["id"]]
    assert listed["page_info"]["total_count"] == 1
    # the user's own list holds both; with org_id it acts for the workspace
    mine = (await api.get("/users/me/sources")).json()["data"]
    assert [s["id"] for s in mine] == [personal["id"], team["id"]]
    acting = (await api.get("/users/me/sources", params={"org_id": DEMO_WORKSPACE})).json()
    assert [s["id"] for s in acting["data"]] == [team["id"]]
    other_ws = await api.post("/sources", json={"key": "http-new-requests", "org_id": "o_other1"})
    assert_error(other_ws, 400, "org_id")


async def test_workspace_sources_page_like_the_users(api: httpx.AsyncClient) -> None:
    ids = [(await create_source(api, org_id=DEMO_WORKSPACE))["id"] for _ in range(5)]
    await create_source(api)  # personal: not in the workspace's list
    path = f"/orgs/{DEMO_WORKSPACE}/sources"
    seen, after = [], None
    while True:
        params = {"limit": 2, **({"after": after} if after else {})}
        page = (await api.get(path, params=params)).json()
        if not page["data"]:
            break
        seen += [s["id"] for s in page["data"]]
        after = page["page_info"]["end_cursor"]
    assert seen == ids
    back = (await api.get(path, params={"limit": 2, "before": after})).json()
    assert [s["id"] for s in back["data"]] == ids[2:4]
    assert_error(await api.get(path, params={"limit": 0}), 400, "limit")
    assert_error(await api.get(path, params={"after": "bm9wZQ"}), 400, "after")


async def test_workspace_subscriptions(api: httpx.AsyncClient) -> None:
    personal = await create_source(api)
    team = await create_source(api, org_id=DEMO_WORKSPACE)
    params = {"listener_id": "p_abc123"}
    await api.post("/subscriptions", params={**params, "emitter_id": personal["id"]})
    on_team_source = await api.post("/subscriptions", params={**params, "emitter_id": team["id"]})
    for_workspace = await api.post(
        "/subscriptions",
        params={**params, "emitter_id": "dc_*", "org_id": DEMO_WORKSPACE},
    )
    listed = (await api.get(f"/workspaces/{DEMO_WORKSPACE}/subscriptions")).json()
    assert set(listed) == {"data"}
    assert [s["id"] for s in listed["data"]] == [
        on_team_source.json()["data"][0]["id"],
        for_workspace.json()["data"][0]["id"],
    ]
    assert len((await api.get("/users/me/subscriptions")).json()["data"]) == 3
