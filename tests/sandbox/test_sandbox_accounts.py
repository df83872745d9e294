"""Connected accounts and projects, seeded per workspace: credentials only when asked for, and
never in a log line; and `POST /oauth/revoke`, which really revokes."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from pipedream_sandbox import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    OTHER_CLIENT_ID,
    OTHER_CLIENT_SECRET,
)
from sandbox_helpers import assert_error, client_for, get_token
from starlette.applications import Starlette

ORG = "o_Qa8I1Z"


async def accounts(api: httpx.AsyncClient, **params: str) -> list[dict[str, Any]]:
    response = await api.get("/accounts", params=params)
    assert response.status_code == 200, response.text
    assert set(response.json()) == {"data"}
    items: list[dict[str, Any]] = response.json()["data"]
    return items


async def test_credentials_only_with_include_credentials(api: httpx.AsyncClient) -> None:
    plain = await accounts(api)
    assert [a["app"]["name"] for a in plain] == ["Google Sheets", "Slack", "Slack Bot"]
    assert all("credentials" not in a for a in plain)
    for flag in ("true", "1"):
        secret = await accounts(api, include_credentials=flag)
        assert set(secret[0]["credentials"]) == {
            "oauth_access_token",
            "oauth_client_id",
            "oauth_refresh_token",
            "oauth_uid",
        }
        assert "bot_token" in secret[2]["credentials"]
    one = (await api.get(f"/accounts/{plain[0]['id']}")).json()["data"]
    assert one == plain[0]
    with_secret = (
        await api.get(f"/accounts/{plain[0]['id']}", params={"include_credentials": "true"})
    ).json()
    assert with_secret["data"]["credentials"]["oauth_uid"] == "demo@example.com"
    assert (await accounts(api, include_credentials="false")) == plain


async def test_accounts_filter_by_app_and_oauth_app(
    api: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    slack = await accounts(api, app="slack")
    assert [a["app"]["id"] for a in slack] == ["app_OkrhR1"]
    assert await accounts(api, app="app_OkrhR1") == slack
    assert await accounts(api, app="github") == []
    with_secret = await accounts(api, app="slack", include_credentials="1")
    oauth_app = (await api.get("/accounts", params={"oauth_app_id": "oa_nope"})).json()["data"]
    assert oauth_app == [] and with_secret
    assert await accounts(api, org_id=ORG) == await accounts(api)
    assert_error(await other.get(f"/accounts/{slack[0]['id']}"), 404, slack[0]["id"])


async def test_credentials_never_reach_a_log(
    app: Starlette, api: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = [
        value
        for account in await accounts(api, include_credentials="true")
        for value in account["credentials"].values()
        if value != "demo@example.com"
    ]
    account_id = (await accounts(api))[0]["id"]
    await api.get(f"/accounts/{account_id}", params={"include_credentials": "true"})
    stored = app.state.sandbox.accounts.get("u_demo01", account_id)
    logging.getLogger("pipedream_sandbox").debug("account %r", stored)
    assert secrets and not any(secret in caplog.text for secret in secrets)
    assert "oauth_access_token" not in repr(stored)


async def test_a_workspaces_accounts_page_and_filter(api: httpx.AsyncClient) -> None:
    seen: list[str] = []
    params: dict[str, str] = {"limit": "1"}
    while True:
        page = (await api.get(f"/workspaces/{ORG}/accounts", params=params)).json()
        assert page["page_info"]["total_count"] == 3
        seen += [a["id"] for a in page["data"]]
        if not page["data"]:
            break
        params["after"] = page["page_info"]["end_cursor"]
    assert seen == [a["id"] for a in await accounts(api)]
    for name in ("query", "app_slug"):
        found = (await api.get(f"/workspaces/{ORG}/accounts", params={name: "slack_bot"})).json()
        assert [a["name"] for a in found["data"]] == ["Slack Bot #1"]
    both = await api.get(f"/workspaces/{ORG}/accounts", params={"query": "a", "app_slug": "a"})
    assert_error(both, 400, "not both")
    assert_error(await api.get("/workspaces/o_other1/accounts"), 404, "o_other1")


async def test_a_workspaces_projects(api: httpx.AsyncClient) -> None:
    body = (await api.get(f"/workspaces/{ORG}/projects")).json()
    assert set(body) == {"data"}
    [project] = body["data"]
    assert project["id"].startswith("proj_") and project["hid"] == project["id"]
    assert project["org_id"] == ORG and project["created_at"].endswith("Z")
    assert_error(await api.get("/workspaces/o_other1/projects"), 404, "o_other1")


async def test_a_revoked_token_is_refused_at_once(app: Starlette) -> None:
    token = (await get_token(app))["access_token"]
    other_token = (
        await get_token(app, client_id=OTHER_CLIENT_ID, client_secret=OTHER_CLIENT_SECRET)
    )["access_token"]
    revoke = {"token": token, "client_id": DEMO_CLIENT_ID, "client_secret": DEMO_CLIENT_SECRET}
    async with client_for(app, None) as anonymous, client_for(app, token) as oauth:
        assert (await oauth.get("/users/me/workspaces")).status_code == 200
        wrong = await anonymous.post("/oauth/revoke", json={**revoke, "client_secret": "wrong"})
        assert_error(wrong, 401, "client")
        assert (await oauth.get("/users/me/workspaces")).status_code == 200
        assert_error(
            await anonymous.post("/oauth/revoke", json={**revoke, "token": ""}), 400, "token"
        )
        revoked = await anonymous.post("/oauth/revoke", json=revoke)
        assert (revoked.status_code, revoked.json()) == (200, {})
        assert_error(await oauth.get("/users/me/workspaces"), 401)
        assert (await anonymous.post("/oauth/revoke", json=revoke)).json() == {}  # again: fine
        # One client cannot revoke another's token.
        await anonymous.post("/oauth/revoke", json={**revoke, "token": other_token})
    async with client_for(app, other_token) as theirs:
        assert (await theirs.get("/users/me/workspaces")).status_code == 200
