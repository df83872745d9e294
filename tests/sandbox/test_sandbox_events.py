"""Events: HTTP endpoints, the 100-event cap, event pages, truncation, deletion ranges, and
delivery through subscriptions."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sandbox_helpers import (
    ROOT_URL,
    FakeClock,
    assert_error,
    create_http_source,
    create_source,
    endpoint_path,
    subscribe,
)
from starlette.applications import Starlette


@pytest.fixture
async def web(app: Starlette) -> Any:
    """A client for the sandbox's HTTP endpoints (outside /v1, no API key)."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=ROOT_URL) as c:
        yield c


async def events_of(api: httpx.AsyncClient, source_id: str, **params: Any) -> dict[str, Any]:
    response = await api.get(f"/sources/{source_id}/event_summaries", params=params)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


async def test_requests_to_the_endpoint_become_events(
    api: httpx.AsyncClient, web: httpx.AsyncClient, clock: FakeClock
) -> None:
    source = await create_http_source(api)
    url = endpoint_path(source)
    sent = await web.post(
        f"{url}/hooks/github?x=1&y=two", json={"name": "Luke"}, headers={"X-Custom": "yes"}
    )
    assert sent.status_code == 200
    clock.advance(1)
    await web.get(url)
    page = await events_of(api, source["id"])
    newest, oldest = page["data"]
    assert newest["event"] == {
        "method": "GET",
        "path": "/",
        "query": {},
        "body": "",
        "headers": newest["event"]["headers"],
    }
    assert oldest["event"]["method"] == "POST"
    assert oldest["event"]["path"] == "/hooks/github"
    assert oldest["event"]["query"] == {"x": "1", "y": "two"}
    assert oldest["event"]["body"] == {"name": "Luke"}
    assert oldest["event"]["headers"]["x-custom"] == "yes"
    assert oldest["id"] == sent.json()["event_id"] == f"{int(clock.now * 1000) - 1000}-0"
    assert oldest["indexed_at_ms"] == int(clock.now * 1000) - 1000
    assert oldest["metadata"]["emitter_id"] == source["id"] and oldest["metadata"]["name"] == ""
    assert page["page_info"] == {
        "total_count": 2,
        "count": 2,
        "start_cursor": newest["id"],
        "end_cursor": oldest["id"],
    }


async def test_text_bodies_stay_text(api: httpx.AsyncClient, web: httpx.AsyncClient) -> None:
    source = await create_http_source(api)
    await web.put(
        endpoint_path(source), content=b"plain words", headers={"Content-Type": "text/plain"}
    )
    await web.post(
        endpoint_path(source), content=b"{broken", headers={"Content-Type": "application/json"}
    )
    bodies = [e["event"]["body"] for e in (await events_of(api, source["id"]))["data"]]
    assert bodies == ["{broken", "plain words"]


async def test_events_in_the_same_millisecond_get_increasing_sequence_numbers(
    api: httpx.AsyncClient, web: httpx.AsyncClient, clock: FakeClock
) -> None:
    source = await create_http_source(api)
    for _ in range(3):
        await web.post(endpoint_path(source), json={})
    ms = int(clock.now * 1000)
    ids = [e["id"] for e in (await events_of(api, source["id"]))["data"]]
    assert ids == [f"{ms}-2", f"{ms}-1", f"{ms}-0"]


async def test_paused_and_unknown_endpoints_record_nothing(
    api: httpx.AsyncClient, web: httpx.AsyncClient
) -> None:
    source = await create_http_source(api)
    await api.put(f"/sources/{source['id']}", json={"active": False})
    assert_error(await web.post(endpoint_path(source), json={}), 404, "no active source")
    assert_error(await web.post("/http/ennothing", json={}), 404)
    assert (await events_of(api, source["id"]))["data"] == []
    await api.put(f"/sources/{source['id']}", json={"active": True})
    assert (await web.post(endpoint_path(source), json={})).status_code == 200


async def test_endpoint_bodies_over_the_cap_are_413(
    api: httpx.AsyncClient, web: httpx.AsyncClient
) -> None:
    source = await create_http_source(api)
    assert_error(await web.post(endpoint_path(source), content=b"x" * (1024 * 1024 + 1)), 413)
    assert (await events_of(api, source["id"]))["data"] == []


async def test_each_source_keeps_its_last_100_events(
    app: Starlette, api: httpx.AsyncClient, clock: FakeClock
) -> None:
    source = await create_http_source(api)
    emitter = app.state.sandbox.emitter
    for n in range(130):
        clock.advance(0.001)
        emitter.emit(source["id"], {"n": n})
    page = await events_of(api, source["id"], limit=100)
    assert page["page_info"]["total_count"] == 100
    assert [e["event"]["n"] for e in page["data"]] == list(range(129, 29, -1))


async def test_event_pages_newest_first_with_after_and_before(
    app: Starlette, api: httpx.AsyncClient, clock: FakeClock
) -> None:
    source = await create_http_source(api)
    for n in range(7):
        clock.advance(1)
        app.state.sandbox.emitter.emit(source["id"], {"n": n})
    forward: list[int] = []
    cursor = None
    while True:
        page = await events_of(api, source["id"], limit=3, **({"after": cursor} if cursor else {}))
        if not page["data"]:
            break
        forward += [e["event"]["n"] for e in page["data"]]
        cursor = page["page_info"]["end_cursor"]
    assert forward == [6, 5, 4, 3, 2, 1, 0]
    backward: list[int] = []
    while True:
        page = await events_of(api, source["id"], limit=3, before=cursor)
        if not page["data"]:
            break
        backward = [e["event"]["n"] for e in page["data"]] + backward
        cursor = page["page_info"]["start_cursor"]
    assert backward == [6, 5, 4, 3, 2, 1]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"after": "dc_abc"}, "after"),
        ({"before": "1-2-3"}, "before"),
        ({"expand": "all"}, "expand"),
        ({"limit": "500"}, "limit"),
    ],
)
async def test_bad_event_page_parameters(
    api: httpx.AsyncClient, params: dict[str, str], parameter: str
) -> None:
    source = await create_http_source(api)
    response = await api.get(f"/sources/{source['id']}/event_summaries", params=params)
    assert assert_error(response, 400, parameter)["details"] == {"parameter": parameter}


async def test_events_over_1kb_are_truncated_unless_expand_event(
    app: Starlette, api: httpx.AsyncClient, clock: FakeClock
) -> None:
    source = await create_http_source(api)
    big = {"text": "é" * 2000}
    small = {"text": "short"}
    app.state.sandbox.emitter.emit(source["id"], big)
    clock.advance(1)
    app.state.sandbox.emitter.emit(source["id"], small)
    short, long = (await events_of(api, source["id"]))["data"]
    assert short["event"] == small and "truncated" not in short
    assert long["truncated"] is True
    assert isinstance(long["event"], str) and len(long["event"]) == 1024
    assert long["event"].startswith('{"text": "')
    expanded = (await events_of(api, source["id"], expand="event"))["data"]
    assert expanded[1]["event"] == big and "truncated" not in expanded[1]


@pytest.mark.parametrize(
    ("params", "left"),
    [
        ({}, []),
        ({"start_id": "1000-1"}, ["1000-0"]),
        ({"end_id": "1000-1"}, ["1000-2"]),
        ({"start_id": "1000-1", "end_id": "1000-1"}, ["1000-2", "1000-0"]),
        ({"start_id": "1000-0", "end_id": "1000-1"}, ["1000-2"]),
        ({"start_id": "999999-0"}, ["1000-2", "1000-1", "1000-0"]),
    ],
)
async def test_delete_events_honours_start_and_end_inclusively(
    api: httpx.AsyncClient,
    web: httpx.AsyncClient,
    clock: FakeClock,
    params: dict[str, str],
    left: list[str],
) -> None:
    clock.now = 1.0  # event IDs 1000-0, 1000-1, 1000-2 as in the API document's example
    source = await create_http_source(api)
    for _ in range(3):
        await web.post(endpoint_path(source), json={})
    response = await api.delete(f"/sources/{source['id']}/events", params=params)
    assert response.status_code == 202 and response.content == b""
    assert [e["id"] for e in (await events_of(api, source["id"]))["data"]] == left


async def test_event_ids_beyond_any_stored_one_still_compare(api: httpx.AsyncClient) -> None:
    source = await create_http_source(api)
    huge = "9" * 5000 + "-" + "9" * 5000
    assert (await events_of(api, source["id"], before=huge))["data"] == []
    response = await api.delete(f"/sources/{source['id']}/events", params={"start_id": huge})
    assert response.status_code == 202


async def test_endpoint_json_with_lone_surrogates_is_kept_as_text(
    api: httpx.AsyncClient, web: httpx.AsyncClient
) -> None:
    source = await create_http_source(api)
    raw = b'{"name": "\\ud800"}'
    await web.post(endpoint_path(source), content=raw, headers={"Content-Type": "application/json"})
    events = (await events_of(api, source["id"]))["data"]
    assert events[0]["event"]["body"] == raw.decode()


async def test_delete_events_bad_ids(api: httpx.AsyncClient) -> None:
    source = await create_http_source(api)
    response = await api.delete(f"/sources/{source['id']}/events", params={"start_id": "latest"})
    assert_error(response, 400, "start_id")
    assert_error(await api.delete("/sources/dc_nothing/events"), 404, "dc_nothing")


async def test_subscribed_sources_receive_the_emitters_events(
    api: httpx.AsyncClient, web: httpx.AsyncClient
) -> None:
    emitter = await create_http_source(api, name="emitter")
    listener = await create_http_source(api, name="listener")
    bystander = await create_http_source(api, name="bystander")
    subscription = await subscribe(api, emitter["id"], listener["id"])
    assert subscription["id"].startswith("sub_")
    assert (
        subscription["emitter_id"],
        subscription["listener_id"],
        subscription["event_name"],
    ) == (
        emitter["id"],
        listener["id"],
        "",
    )
    again = await subscribe(api, emitter["id"], listener["id"])
    assert again["id"] == subscription["id"]  # subscribing twice changes nothing

    await web.post(endpoint_path(emitter), json={"hello": "listeners"})
    own = (await events_of(api, emitter["id"]))["data"]
    delivered = (await events_of(api, listener["id"]))["data"]
    assert [e["event"]["body"] for e in delivered] == [{"hello": "listeners"}]
    assert delivered[0]["metadata"]["emitter_id"] == emitter["id"]
    assert delivered[0]["metadata"]["emit_id"] == own[0]["metadata"]["emit_id"]
    assert (await events_of(api, bystander["id"]))["data"] == []


async def test_a_deleted_source_takes_its_events_and_subscriptions_along(
    api: httpx.AsyncClient, web: httpx.AsyncClient
) -> None:
    emitter = await create_http_source(api)
    listener = await create_http_source(api)
    await api.post(
        "/subscriptions", params={"emitter_id": emitter["id"], "listener_id": listener["id"]}
    )
    await web.post(endpoint_path(emitter), json={"n": 1})
    assert (await api.delete(f"/sources/{listener['id']}")).status_code == 204
    await web.post(endpoint_path(emitter), json={"n": 2})  # nobody to deliver to: no error
    assert (await api.delete(f"/sources/{emitter['id']}")).status_code == 204
    service_events = await api.get(f"/sources/{emitter['id']}/event_summaries")
    assert_error(service_events, 404)
    assert_error(await web.post(endpoint_path(emitter), json={}), 404)


@pytest.mark.parametrize(
    ("params", "status", "fragment"),
    [
        ({"listener_id": "dc_x"}, 400, "emitter_id is required"),
        ({"emitter_id": "dc_x"}, 400, "listener_id is required"),
        ({"emitter_id": "dc_nothing", "listener_id": "LISTENER"}, 404, "dc_nothing"),
        ({"emitter_id": "EMITTER", "listener_id": "wh_nothing"}, 404, "wh_nothing"),
        ({"emitter_id": "EMITTER", "listener_id": "LISTENER"}, 400, "cannot listen to itself"),
    ],
)
async def test_subscription_bad_input(
    api: httpx.AsyncClient, params: dict[str, str], status: int, fragment: str
) -> None:
    source = await create_source(api)
    params = {k: source["id"] if v in ("LISTENER", "EMITTER") else v for k, v in params.items()}
    assert_error(await api.post("/subscriptions", params=params), status, fragment)
