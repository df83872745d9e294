"""Workflows created from a template: stored, read back, activated and deactivated, and fed by
their HTTP trigger, which makes them emit."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from sandbox_helpers import ROOT_URL, assert_error, client_for, create_source, get_token
from starlette.applications import Starlette

ORG = "o_Qa8I1Z"
TEMPLATE = "tch_3BXfWO"


async def first_of(api: httpx.AsyncClient, path: str, **params: str) -> dict[str, Any]:
    item: dict[str, Any] = (await api.get(path, params=params)).json()["data"][0]
    return item


async def docs_body(api: httpx.AsyncClient, **more: Any) -> dict[str, Any]:
    """The docs' example request, with the demo workspace's project and accounts."""
    project = await first_of(api, f"/workspaces/{ORG}/projects")
    bot = await first_of(api, "/accounts", app="slack_bot")
    sheets = await first_of(api, "/accounts", app="google_sheets")
    return {
        "project_id": project["id"],
        "org_id": ORG,
        "template_id": TEMPLATE,
        "steps": [
            {"namespace": "code", "props": {"stringProp": "asdf"}},
            {
                "namespace": "keyauth_hello_world",
                "props": {"keyauth": {"authProvisionId": bot["id"]}},
            },
        ],
        "triggers": [{"props": {"oauth": {"authProvisionId": sheets["id"]}, "string": "jkl"}}],
        "settings": {"name": "example workflow name", "auto_deploy": True},
        **more,
    }


async def test_a_workflow_from_a_template_is_stored_and_read_back(api: httpx.AsyncClient) -> None:
    created = await api.post("/workflows", json=await docs_body(api))
    assert created.status_code == 200, created.text
    workflow = created.json()["data"]
    assert workflow["id"].startswith("p_")
    assert (workflow["name"], workflow["active"]) == ("example workflow name", True)
    code, keyauth = workflow["steps"]
    assert (code["namespace"], keyauth["namespace"]) == ("code", "keyauth_hello_world")
    assert json.loads(code["configured_props_json"]) == {"intProp": 5, "stringProp": "asdf"}
    [trigger] = workflow["triggers"]
    assert trigger["id"].startswith("hi_") and trigger["endpoint_url"].startswith(ROOT_URL)
    details = (await api.get(f"/workflows/{workflow['id']}", params={"org_id": ORG})).json()
    assert details == {"triggers": workflow["triggers"], "steps": workflow["steps"]}  # no `data`


async def test_an_active_workflow_emits_what_its_trigger_receives(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    workflow = (await api.post("/workflows", json=await docs_body(api))).json()["data"]
    listener = await create_source(api)
    await api.post(
        "/subscriptions", params={"emitter_id": workflow["id"], "listener_id": listener["id"]}
    )
    url = workflow["triggers"][0]["endpoint_url"]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=ROOT_URL) as web:
        assert (await web.post(url, json={"order": 1})).status_code == 200
        paused = await api.put(
            f"/workflows/{workflow['id']}", json={"active": False, "org_id": ORG}
        )
        assert paused.status_code == 200 and paused.json()["data"]["active"] is False
        assert_error(await web.post(url, json={"order": 2}), 404, "no active")
    for emitter in (workflow["id"], listener["id"]):
        path = (
            f"/{'workflows' if emitter.startswith('p_') else 'sources'}/{emitter}/event_summaries"
        )
        events = (await api.get(path)).json()["data"]
        assert [e["event"]["raw_event"]["body"] for e in events] == [{"order": 1}]


async def test_a_workflow_created_inactive_stays_so_until_activated(api: httpx.AsyncClient) -> None:
    body = await docs_body(api, settings={"name": "later"})
    workflow = (await api.post("/workflows", json=body)).json()["data"]
    assert workflow["active"] is False
    resumed = await api.put(f"/workflows/{workflow['id']}", json={"active": True})
    assert resumed.json()["data"]["active"] is True


@pytest.mark.parametrize(
    ("change", "status", "fragment"),
    [
        ({"template_id": "tch_doesnotexist"}, 404, "tch_doesnotexist"),
        ({"project_id": "proj_nowhere"}, 404, "proj_nowhere"),
        ({"org_id": None}, 400, "org_id"),
        ({"org_id": "o_other1"}, 400, "org_id"),
        ({"steps": [{"namespace": "nope", "props": {}}]}, 400, "nope"),
        ({"steps": [{"namespace": "code", "props": {"unknown": 1}}]}, 400, "unknown"),
        ({"triggers": [{"props": {"oauth": {"authProvisionId": "apn_nowhere"}}}]}, 400, "account"),
        ({"settings": {"auto_deploy": "yes"}}, 400, "auto_deploy"),
    ],
)
async def test_bad_workflow_requests_name_the_problem(
    api: httpx.AsyncClient, change: dict[str, Any], status: int, fragment: str
) -> None:
    body = {
        key: value for key, value in {**await docs_body(api), **change}.items() if value is not None
    }
    assert_error(await api.post("/workflows", json=body), status, fragment)


async def test_workflow_reads_and_updates_of_unknown_or_foreign_workflows(
    api: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    assert_error(await api.get("/workflows/p_doesnotexist"), 404, "p_doesnotexist")
    assert_error(await other.get("/workflows/p_abc123"), 404, "p_abc123")
    assert_error(await api.put("/workflows/p_doesnotexist", json={"active": True}), 404)
    assert_error(await api.put("/workflows/p_abc123", json={}), 400, "active")
    assert (await api.get("/workflows/p_abc123")).json() == {"triggers": [], "steps": []}


async def test_an_oauth_token_cannot_create_or_update_a_workflow(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    body = await docs_body(api)
    token = (await get_token(app))["access_token"]
    async with client_for(app, token) as oauth:
        assert_error(await oauth.post("/workflows", json=body), 403, "user API key")
        assert_error(await oauth.put("/workflows/p_abc123", json={"active": False}), 403)
        assert (await oauth.get("/workflows/p_abc123")).status_code == 200


async def test_the_second_shipped_template_makes_a_timer_workflow(api: httpx.AsyncClient) -> None:
    """README: `POST /workflows` copies `tch_3BXfWO` or `tch_Qm7dXe` (samples/templates.json)."""
    project = await first_of(api, f"/workspaces/{ORG}/projects")
    slack = await first_of(api, "/accounts", app="slack")
    body = {
        "project_id": project["id"],
        "org_id": ORG,
        "template_id": "tch_Qm7dXe",
        "steps": [
            {
                "namespace": "send_message",
                "props": {"slack": {"authProvisionId": slack["id"]}, "text": "hi"},
            }
        ],
    }
    created = await api.post("/workflows", json=body)
    assert created.status_code == 200, created.text
    workflow = created.json()["data"]
    [step] = workflow["steps"]
    assert step["namespace"] == "send_message"
    [trigger] = workflow["triggers"]
    assert trigger["id"].startswith("ti_") and trigger["interval_seconds"] == 3600
    assert "endpoint_url" not in trigger  # a timer, which never fires locally
