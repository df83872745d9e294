"""Helpers shared by the sandbox tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

from typing import Any

import httpx
from pipedream_sandbox import DEMO_API_KEY
from starlette.applications import Starlette

ROOT_URL = "http://127.0.0.1:8787"
BASE_URL = f"{ROOT_URL}/v1"


class FakeClock:
    """Epoch seconds that move only when a test says so."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def client_for(app: Starlette, api_key: str | None = DEMO_API_KEY) -> httpx.AsyncClient:
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=BASE_URL, headers=headers
    )


RSS_PROPS = {"url": "https://rss.m.pipedream.net", "timer": {"intervalSeconds": 60}}


async def create_source(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    """Create a source (an RSS one unless the body says otherwise) and return its data."""
    if not {"component_id", "component_code", "component_url", "key"} & set(body):
        body = {"key": "rss-new-item-in-feed", "configured_props": RSS_PROPS, **body}
    response = await client.post("/sources", json=body)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def create_http_source(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    return await create_source(client, key="http-new-requests", **body)


def endpoint_path(source: dict[str, Any]) -> str:
    """The path part of a source's HTTP endpoint (the app is reached through ROOT_URL)."""
    url: str = source["configured_props"]["http"]["endpoint_url"]
    assert url.startswith(ROOT_URL + "/http/")
    return url[len(ROOT_URL) :]


def assert_error(response: httpx.Response, status: int, *fragments: str) -> dict[str, Any]:
    """The response is the spec's Error body with this status, mentioning each fragment."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body: dict[str, Any] = response.json()
    assert isinstance(body["error"], str) and body["error"]
    for fragment in fragments:
        assert fragment in body["error"], body
    return body
