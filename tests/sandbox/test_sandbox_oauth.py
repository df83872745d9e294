"""OAuth client credentials: the token endpoint, expiring tokens (on the fake clock), and the
operations that need a user API key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from pipedream_sandbox import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    OTHER_CLIENT_ID,
    OTHER_CLIENT_SECRET,
)
from sandbox_helpers import GRANT, FakeClock, assert_error, client_for, create_source, get_token
from starlette.applications import Starlette


async def test_client_credentials_give_an_hour_long_bearer_token(
    app: Starlette, clock: FakeClock
) -> None:
    token = await get_token(app)
    assert set(token) == {"access_token", "token_type", "expires_in", "created_at"}
    assert (token["token_type"], token["expires_in"], token["created_at"]) == (
        "Bearer",
        3600,
        int(clock.now),
    )
    assert token["access_token"] != (await get_token(app))["access_token"]
    async with client_for(app, token["access_token"]) as oauth:
        assert (await oauth.get("/users/me/sources")).status_code == 200
        assert (await oauth.get("/users/me/workspaces")).status_code == 200


async def test_tokens_expire(make_app: Any, clock: FakeClock) -> None:
    app = make_app(token_ttl=60)
    token = await get_token(app)
    assert token["expires_in"] == 60
    async with client_for(app, token["access_token"]) as oauth:
        clock.advance(59)
        assert (await oauth.get("/users/me/webhooks")).status_code == 200
        clock.advance(1)
        expired = await oauth.get("/users/me/webhooks")
        assert assert_error(expired, 401, "expired")["code"] == "token_expired"
    fresh = await get_token(app)
    async with client_for(app, fresh["access_token"]) as oauth:
        assert (await oauth.get("/users/me/webhooks")).status_code == 200


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        ({**GRANT, "client_secret": "wrong"}, 401, "invalid client_id or client_secret"),
        ({**GRANT, "client_id": "nobody"}, 401, "invalid client_id or client_secret"),
        ({**GRANT, "client_secret": OTHER_CLIENT_SECRET}, 401, "invalid client"),
        ({**GRANT, "grant_type": "password"}, 400, "grant_type must be"),
        ({"client_id": DEMO_CLIENT_ID, "client_secret": DEMO_CLIENT_SECRET}, 400, "grant_type"),
        ({**GRANT, "client_id": ""}, 400, "client_id is required"),
        ({**GRANT, "client_secret": 42}, 400, "client_secret is required"),
        ({"grant_type": "client_credentials"}, 400, "client_id"),
    ],
)
async def test_bad_token_requests(
    anonymous: httpx.AsyncClient, body: dict[str, Any], status: int, fragment: str
) -> None:
    assert_error(await anonymous.post("/oauth/token", json=body), status, fragment)


async def test_the_token_endpoint_needs_json_and_post(anonymous: httpx.AsyncClient) -> None:
    assert_error(await anonymous.post("/oauth/token", content=b"grant_type=x"), 400, "JSON")
    assert_error(await anonymous.get("/oauth/token"), 401)  # no such route without a key


async def test_unknown_tokens_are_401(anonymous: httpx.AsyncClient) -> None:
    response = await anonymous.get("/users/me/webhooks", headers={"Authorization": "Bearer x"})
    assert assert_error(response, 401) == {"error": "Unauthorized"}


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/users/me", None),
        ("POST", "/components", {"component_code": 'module.exports = {name: "x"}'}),
        ("GET", "/components/sc_JDi8EB", None),
        ("GET", "/components/registry/rss-new-item-in-feed", None),
        ("GET", "/components/search?query=rss", None),
        ("POST", "/sources", {"key": "http-new-requests"}),
    ],
)
async def test_api_key_only_operations_refuse_tokens_with_403(
    app: Starlette, api: httpx.AsyncClient, method: str, path: str, body: Any
) -> None:
    token = await get_token(app)
    async with client_for(app, token["access_token"]) as oauth:
        refused = await oauth.request(method, path, json=body)
    body_403 = assert_error(refused, 403, "needs a user API key")
    assert body_403["code"] == "api_key_required"
    assert (await api.request(method, path, json=body)).status_code in (200, 404)


async def test_a_token_acts_for_its_workspace(app: Starlette, api: httpx.AsyncClient) -> None:
    source = await create_source(api)
    token = await get_token(app)
    async with client_for(app, token["access_token"]) as oauth:
        made = await oauth.post(
            "/subscriptions", params={"emitter_id": source["id"], "listener_id": "p_abc123"}
        )
        assert made.status_code == 200
        listed = (await oauth.get("/workspaces/o_Qa8I1Z/subscriptions")).json()["data"]
        assert [s["id"] for s in listed] == [s["id"] for s in made.json()["data"]]
        assert (
            await oauth.put(f"/sources/{source['id']}", json={"active": False})
        ).status_code == 200
        assert_error(await oauth.get("/users/me/sources", params={"org_id": "o_other1"}), 400)
        assert_error(await oauth.get("/workspaces/o_other1"), 404)


async def test_tokens_of_another_workspace_see_only_its_objects(
    app: Starlette, api: httpx.AsyncClient
) -> None:
    mine = await create_source(api)
    theirs = await get_token(app, client_id=OTHER_CLIENT_ID, client_secret=OTHER_CLIENT_SECRET)
    async with client_for(app, theirs["access_token"]) as oauth:
        assert_error(await oauth.delete(f"/sources/{mine['id']}"), 404, mine["id"])
        assert (await oauth.get("/users/me/sources")).json()["data"] == []


async def test_tokens_survive_a_restart_and_clients_follow_the_configuration(
    make_app: Any, tmp_path: Path
) -> None:
    db = str(tmp_path / "sandbox.db")
    first = make_app(db)
    token = await get_token(first)
    first.state.sandbox.close()
    second = make_app(db, users=None)
    async with client_for(second, token["access_token"]) as oauth:
        assert (await oauth.get("/users/me/webhooks")).status_code == 200
    raw = b"".join(path.read_bytes() for path in tmp_path.glob("sandbox.db*"))
    assert token["access_token"].encode() not in raw and DEMO_CLIENT_SECRET.encode() not in raw
    from pipedream_sandbox.users import default_users

    rotated = make_app(db, users=default_users("sandbox-demo-key", "new-id", "new-secret"))
    async with client_for(rotated, None) as anonymous:
        old = await anonymous.post("/oauth/token", json=GRANT)
        assert_error(old, 401)
        new = {**GRANT, "client_id": "new-id", "client_secret": "new-secret"}
        assert (await anonymous.post("/oauth/token", json=new)).status_code == 200
    async with client_for(rotated, token["access_token"]) as oauth:
        assert_error(await oauth.get("/users/me/webhooks"), 401)  # its client is gone


def test_token_ttl_must_be_positive(make_app: Any) -> None:
    with pytest.raises(ValueError, match="token_ttl"):
        make_app(token_ttl=0)
