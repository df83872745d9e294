"""The registry (sample components we ship) by key, deploying from it, and search."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pipedream_sandbox.registry import SAMPLE_FILES
from pipedream_sandbox.search import similarity
from sandbox_helpers import assert_error, create_source

SOURCES = [
    "rss-new-item-in-feed",
    "http-new-requests",
    "github-new-repository",
    "schedule-every-x-minutes",
]
ACTIONS = ["slack-send-message", "http-custom-request"]


async def search(api: httpx.AsyncClient, **params: Any) -> dict[str, Any]:
    response = await api.get("/components/search", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize("key", SOURCES + ACTIONS)
async def test_every_registry_component_by_key(api: httpx.AsyncClient, key: str) -> None:
    data = (await api.get(f"/components/registry/{key}")).json()["data"]
    assert data["key"] == key and data["id"].startswith("sc_") and len(data["code_hash"]) == 64
    assert data["configurable_props"] and data["name"] and data["version"] == "0.0.1"
    assert (await api.get(f"/components/{key}")).json()["data"]["id"] == data["id"]


def test_the_registry_is_what_the_samples_folder_ships() -> None:
    assert sorted(SAMPLE_FILES) == sorted(SOURCES + ACTIONS)


async def test_unknown_registry_key_is_404(api: httpx.AsyncClient) -> None:
    assert_error(await api.get("/components/registry/no-such-thing"), 404, "no-such-thing")


async def test_sources_deploy_from_the_new_keys_and_actions_do_not(api: httpx.AsyncClient) -> None:
    github = await create_source(
        api, key="github-new-repository", configured_props={"github": {"authProvisionId": "apn_1"}}
    )
    assert github["configured_props"] == {
        "github": {"authProvisionId": "apn_1"},
        "timer": {"cron": None, "interval_seconds": 900},
    }
    schedule = await create_source(api, key="schedule-every-x-minutes")
    assert schedule["configured_props"]["timer"]["interval_seconds"] == 300
    for key in ACTIONS:
        refused = await api.post("/sources", json={"key": key})
        assert_error(refused, 400, f"{key} is an action")
        swapped = await api.put(f"/sources/{schedule['id']}", json={"key": key})
        assert_error(swapped, 400, "is an action")


async def test_search_ranks_sources_and_actions(api: httpx.AsyncClient) -> None:
    assert await search(api, query="new item in rss feed") == {
        "sources": ["rss-new-item-in-feed"],
        "actions": [],
    }
    assert await search(api, query="http") == {
        "sources": ["http-new-requests"],
        "actions": ["http-custom-request"],
    }
    assert (await search(api, query="gihub new repo"))["sources"] == ["github-new-repository"]
    found = await search(api, query="send")
    assert found == {"sources": [], "actions": ["http-custom-request", "slack-send-message"]}
    assert await search(api, query="zzzz qqqq") == {"sources": [], "actions": []}


async def test_similarity_threshold_widens_or_narrows(api: httpx.AsyncClient) -> None:
    everything = await search(api, query="new", similarity_threshold=0)
    assert sorted(everything["sources"] + everything["actions"]) == sorted(SOURCES + ACTIONS)
    assert everything["sources"][:3] == sorted(
        ["github-new-repository", "http-new-requests", "rss-new-item-in-feed"]
    )  # the exact matches first, ties by key
    exact = await search(api, query="gihub", similarity_threshold=1)
    assert exact == {"sources": [], "actions": []}
    close = await search(api, query="gihub", similarity_threshold=0.9)
    assert close["sources"] == ["github-new-repository"]


async def test_app_filter_and_debug(api: httpx.AsyncClient) -> None:
    assert await search(api, query="send message", app="slack") == {
        "sources": [],
        "actions": ["slack-send-message"],
    }
    assert await search(api, query="send message", app="github") == {"sources": [], "actions": []}
    assert (await search(api, query="feed", app="RSS"))["sources"] == ["rss-new-item-in-feed"]
    debug = await search(api, query="rss", debug="true", similarity_threshold=0.5)
    assert debug["debug"]["threshold"] == 0.5
    assert debug["debug"]["scores"]["rss-new-item-in-feed"] == 1.0
    assert set(debug["debug"]["scores"]) == set(SOURCES + ACTIONS)
    assert "debug" not in await search(api, query="rss", debug="false")
    default = await search(api, query="rss", debug="true")  # README: default 0.6
    assert default["debug"]["threshold"] == 0.6
    assert await search(api, query="rss", include="sources") == {
        "sources": ["rss-new-item-in-feed"]
    }


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({}, "query"),
        ({"query": ""}, "query"),
        ({"query": "rss", "similarity_threshold": "1.5"}, "similarity_threshold"),
        ({"query": "rss", "similarity_threshold": "-0.1"}, "similarity_threshold"),
        ({"query": "rss", "similarity_threshold": "nan"}, "similarity_threshold"),
        ({"query": "rss", "similarity_threshold": "half"}, "similarity_threshold"),
        ({"query": "rss", "debug": "maybe"}, "debug"),
    ],
)
async def test_bad_search_parameters(
    api: httpx.AsyncClient, params: dict[str, str], parameter: str
) -> None:
    body = assert_error(await api.get("/components/search", params=params), 400, parameter)
    assert body["details"] == {"parameter": parameter}


def test_similarity_scores() -> None:
    assert similarity("rss feed", "rss-new-item-in-feed rss") == 1.0
    assert 0.8 < similarity("gihub", "github-new-repository") < 1.0
    assert similarity("", "anything") == similarity("...", "x") == 0.0
