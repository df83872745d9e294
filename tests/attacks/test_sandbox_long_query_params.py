"""Text parameters the issue-10 operations brought: `event_name` (a channel, stored with every
subscription and sent as a webhook header), `q` of GET /apps and `query` / `app_slug` of a
workspace's accounts. A query string can carry kilobytes; each is capped (`Limits`) and refused
with a 400 naming it, and an `event_name` may not hold control characters."""

from __future__ import annotations

import httpx
import pytest

WORKSPACE = "o_Qa8I1Z"  # the demo user's
MOST = 256


async def _source(api: httpx.AsyncClient) -> str:
    created = await api.post("/sources", json={"key": "http-new-requests"})
    return str(created.json()["data"]["id"])


def _refused(response: httpx.Response, name: str, says: str) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["details"] == {"parameter": name}
    assert says in body["error"]


EVENT_NAME_USES = [
    ("POST", "/subscriptions?emitter_id={source}&listener_id={source}&event_name={name}"),
    ("DELETE", "/subscriptions?emitter_id={source}&listener_id={source}&event_name={name}"),
    ("POST", "/auto_subscriptions?listener_id={source}&event_name={name}"),
    ("GET", "/sources/{source}/event_summaries?event_name={name}"),
    ("GET", "/sources/{source}/events?event_name={name}"),
    ("DELETE", "/sources/{source}/events?event_name={name}"),
]


@pytest.mark.parametrize(("method", "path"), EVENT_NAME_USES)
async def test_a_long_event_name_is_refused_everywhere(
    api: httpx.AsyncClient, method: str, path: str
) -> None:
    source = await _source(api)
    long = await api.request(method, path.format(source=source, name="e" * (MOST + 1)))
    _refused(long, "event_name", f"at most {MOST} characters")
    control = await api.request(method, path.format(source=source, name="a%0D%0AX-Evil:%201"))
    _refused(control, "event_name", "control characters")
    fits = await api.request(method, path.format(source=source, name="e" * MOST))
    assert fits.status_code < 300 or fits.status_code == 404, fits.text


async def test_a_subscription_with_the_longest_event_name_is_kept(api: httpx.AsyncClient) -> None:
    source = await _source(api)
    name = "é" * MOST
    made = await api.post(
        "/subscriptions",
        params={"emitter_id": source, "listener_id": source, "event_name": name},
    )
    assert made.status_code == 200, made.text
    [subscription] = made.json()["data"]  # a list of one, as Pipedream's own action reads it
    assert subscription["event_name"] == name


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/apps?q={text}", "q"),
        (f"/workspaces/{WORKSPACE}/accounts?query={{text}}", "query"),
        (f"/workspaces/{WORKSPACE}/accounts?app_slug={{text}}", "app_slug"),
    ],
)
async def test_long_search_text_is_refused(api: httpx.AsyncClient, path: str, name: str) -> None:
    _refused(await api.get(path.format(text="s" * (MOST + 1))), name, f"at most {MOST}")
    assert (await api.get(path.format(text="s" * MOST))).status_code == 200
