"""The shipped catalogue: apps (paged, filtered by name and by whether the registry has triggers
or actions of theirs) and app categories (bare JSON, as Pipedream's published OpenAPI has them)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sandbox_helpers import assert_error

ALL = ["slack", "github", "google_sheets", "http", "rss", "slack_bot", "schedule"]


async def slugs(api: httpx.AsyncClient, **params: Any) -> list[str]:
    response = await api.get("/apps", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    return [app["name_slug"] for app in response.json()["data"]]


async def test_apps_come_in_featured_order_one_page_at_a_time(api: httpx.AsyncClient) -> None:
    assert await slugs(api) == ALL
    first = (await api.get("/apps", params={"limit": 3})).json()
    assert first["page_info"]["total_count"] == 7 and first["page_info"]["count"] == 3
    second = (
        await api.get("/apps", params={"limit": 3, "after": first["page_info"]["end_cursor"]})
    ).json()
    assert [a["name_slug"] for a in first["data"] + second["data"]] == ALL[:6]
    back = (
        await api.get("/apps", params={"limit": 3, "before": second["page_info"]["start_cursor"]})
    ).json()
    assert back["data"] == first["data"]
    assert_error(await api.get("/apps", params={"after": "bm90IG91cnM"}), 400, "after")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "SLACK"}, ["slack", "slack_bot"]),
        ({"has_actions": "true"}, ["slack", "http"]),
        ({"has_triggers": "1"}, ["github", "http", "rss", "schedule"]),
        ({"has_components": "false"}, ["google_sheets", "slack_bot"]),
        ({"has_components": "1", "q": "s"}, ["slack", "rss", "schedule"]),
    ],
)
async def test_apps_filter(
    api: httpx.AsyncClient, params: dict[str, str], expected: list[str]
) -> None:
    assert await slugs(api, **params) == expected


async def test_an_app_by_id_or_slug(api: httpx.AsyncClient) -> None:
    by_slug = (await api.get("/apps/slack")).json()["data"]
    assert by_slug["id"] == "app_OkrhR1" and by_slug["auth_type"] == "oauth"
    assert (await api.get("/apps/app_OkrhR1")).json()["data"] == by_slug
    assert by_slug["connect"]["base_proxy_target_url"] == "https://slack.com"
    assert_error(await api.get("/apps/no_such_app"), 404, "no_such_app")
    assert_error(await api.get("/apps", params={"has_actions": "maybe"}), 400, "has_actions")


async def test_app_categories_are_bare(api: httpx.AsyncClient) -> None:
    categories = (await api.get("/app_categories")).json()
    assert isinstance(categories, list) and categories[0]["id"] == "appcat_Communication"
    assert len(categories) == 4  # README: "its four categories"
    one = (await api.get("/app_categories/appcat_Communication")).json()
    assert one == categories[0]
    assert_error(await api.get("/app_categories/appcat_nope"), 404, "appcat_nope")
