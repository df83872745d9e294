"""Odd /v1 paths against the trailing-slash rule (`api.paths.TrailingSlashes`): `/v1/` and `/v1//`
used to be stripped to `/v1`, which the mount redirected back to `/v1/`, a 307 loop a client
followed until it gave up. And a 404 repeated the whole path or ID a client sent, kilobytes of it;
it now repeats at most 100 characters."""

from __future__ import annotations

import httpx
import pytest

ROOT = "http://127.0.0.1:8787"


@pytest.mark.parametrize("path", ["/v1/", "/v1//", "/v1" + "/" * 1000, "/v1"])
async def test_the_bare_prefix_ends_in_a_404_not_a_redirect_loop(
    api: httpx.AsyncClient, path: str
) -> None:
    response = await api.get(ROOT + path, follow_redirects=True)
    assert response.status_code == 404
    assert len(response.history) <= 1
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize(
    "path",
    ["/users/me//", "/users/me" + "/" * 1000, "/users/me/"],
)
async def test_trailing_slashes_still_reach_the_route(api: httpx.AsyncClient, path: str) -> None:
    assert (await api.get(path)).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/app_categories/" + "x" * 8000,
        "/workspaces/o_" + "x" * 8000,
        "/sources/dc_" + "x" * 8000,
        "/no/such/route/" + "x" * 8000,
    ],
)
async def test_a_404_repeats_at_most_100_characters_of_what_was_sent(
    api: httpx.AsyncClient, path: str
) -> None:
    response = await api.get(path)
    assert response.status_code == 404
    assert len(response.json()["error"]) < 200
    assert "..." in response.json()["error"]
