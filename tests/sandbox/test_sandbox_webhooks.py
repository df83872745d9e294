"""Webhooks: create, list, delete, and real delivery of emitted events to a loopback receiver,
with retries, backoff, failures that keep the event, and a clean shutdown."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest
from pipedream_sandbox import WebhookDelivery, loopback_only, run_in_thread
from pipedream_sandbox.delivery import Delivery
from pipedream_sandbox.registry import refuse_fetch
from sandbox_helpers import (
    ROOT_URL,
    Receiver,
    assert_error,
    client_for,
    create_http_source,
    create_source,
    endpoint_path,
    subscribe,
)
from starlette.applications import Starlette


async def create_webhook(api: httpx.AsyncClient, url: str, **params: str) -> dict[str, Any]:
    response = await api.post("/webhooks", params={"url": url, **params})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def delivery_of(app: Starlette) -> WebhookDelivery:
    delivery: WebhookDelivery = app.state.sandbox.delivery
    return delivery


# -- the resource --------------------------------------------------------------------------------


async def test_create_webhook(api: httpx.AsyncClient, clock: Any) -> None:
    hook = await create_webhook(
        api, "https://example.com/pipedream-errors", name="Error alerts", description="alerts"
    )
    assert hook["id"].startswith("wh_")
    assert {k: v for k, v in hook.items() if k != "id"} == {
        "user_id": "u_demo01",
        "name": "Error alerts",
        "description": "alerts",
        "url": "https://example.com/pipedream-errors",
        "active": True,
        "created_at": int(clock.now),
        "updated_at": int(clock.now),
    }
    bare = await create_webhook(api, "http://127.0.0.1:8000")
    assert bare["name"] is None and bare["description"] is None


@pytest.mark.parametrize(
    "url",
    [None, "", "example.com/hook", "ftp://example.com/x", "https://", "http:///path",
     "http://exa mple.com/", "http://example.com:port/", "http://[::1/", "mailto:a@b.c"],
)  # fmt: skip
async def test_webhook_url_must_be_http_with_a_host(
    api: httpx.AsyncClient, url: str | None
) -> None:
    params = {} if url is None else {"url": url}
    body = assert_error(await api.post("/webhooks", params=params), 400, "url")
    assert body["details"] == {"parameter": "url"}


async def test_webhook_url_of_2048_characters_is_the_cap(api: httpx.AsyncClient) -> None:
    """README "Security and limits": a webhook `url` of 2,048 characters at most."""
    base = "https://example.com/"
    at_cap = base + "a" * (2048 - len(base))
    assert (await create_webhook(api, at_cap))["url"] == at_cap
    body = assert_error(await api.post("/webhooks", params={"url": at_cap + "a"}), 400, "url")
    assert body["details"] == {"parameter": "url"}


async def test_webhooks_page_forward_and_back(api: httpx.AsyncClient) -> None:
    ids = [(await create_webhook(api, f"https://example.com/{n}"))["id"] for n in range(5)]
    first = (await api.get("/users/me/webhooks", params={"limit": 2})).json()
    assert [w["id"] for w in first["data"]] == ids[:2]
    assert first["page_info"]["total_count"] == 5 and first["page_info"]["count"] == 2
    seen, after = list(ids[:2]), first["page_info"]["end_cursor"]
    while True:
        page = (await api.get("/users/me/webhooks", params={"limit": 2, "after": after})).json()
        if not page["data"]:
            break
        seen += [w["id"] for w in page["data"]]
        after = page["page_info"]["end_cursor"]
    assert seen == ids
    back = await api.get("/users/me/webhooks", params={"limit": 2, "before": after})
    assert [w["id"] for w in back.json()["data"]] == ids[2:4]
    foreign = (await api.get("/users/me/sources")).json()["page_info"]["end_cursor"]
    for cursor in ["bm9wZQ", foreign or "ZGNfYWJjMTIz"]:
        assert_error(await api.get("/users/me/webhooks", params={"after": cursor}), 400, "after")


async def test_delete_webhook_removes_its_subscriptions(
    api: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    hook = await create_webhook(api, "https://example.com/hook")
    source = await create_source(api)
    await subscribe(api, source["id"], hook["id"])
    await api.post(
        "/auto_subscriptions", params={"event_name": "$errors", "listener_id": hook["id"]}
    )
    assert_error(await other.delete(f"/webhooks/{hook['id']}"), 404, hook["id"])
    response = await api.delete(f"/webhooks/{hook['id']}")
    assert response.status_code == 204 and response.content == b""
    assert (await api.get("/users/me/subscriptions")).json() == {"data": []}
    later = await create_source(api)  # the auto-subscription went with the webhook
    assert (await api.get("/users/me/subscriptions")).json() == {"data": []}
    assert later["id"]
    assert_error(await api.delete(f"/webhooks/{hook['id']}"), 404, hook["id"])
    assert (await api.get("/users/me/webhooks")).json()["data"] == []


async def test_webhooks_are_per_user(api: httpx.AsyncClient, other: httpx.AsyncClient) -> None:
    hook = await create_webhook(api, "https://example.com/hook")
    assert (await other.get("/users/me/webhooks")).json()["data"] == []
    theirs = await create_source(other)
    sub = await other.post(
        "/subscriptions", params={"emitter_id": theirs["id"], "listener_id": hook["id"]}
    )
    assert_error(sub, 404, hook["id"])


async def test_a_webhook_only_listens(api: httpx.AsyncClient) -> None:
    hook = await create_webhook(api, "https://example.com/hook")
    source = await create_source(api)
    sub = await api.post(
        "/subscriptions", params={"emitter_id": hook["id"], "listener_id": source["id"]}
    )
    assert_error(sub, 400, "only listen")


# -- delivery ------------------------------------------------------------------------------------


@pytest.fixture
async def web(app: Starlette) -> Any:
    """A client for the sandbox's HTTP endpoints (outside /v1, no API key)."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=ROOT_URL) as c:
        yield c


async def test_every_emitted_event_is_posted_as_json(
    app: Starlette, api: httpx.AsyncClient, web: httpx.AsyncClient, receiver: Receiver
) -> None:
    source = await create_http_source(api)
    hook = await create_webhook(api, receiver.url)
    await subscribe(api, source["id"], hook["id"])
    sent = [await web.post(endpoint_path(source), json={"n": n}) for n in range(3)]
    assert delivery_of(app).wait(5)
    assert [r.body["body"] for r in receiver.received] == [{"n": 0}, {"n": 1}, {"n": 2}]
    first = receiver.received[0]
    assert first.path == "/hook" and first.headers["content-type"] == "application/json"
    assert first.body["method"] == "POST"
    assert first.headers["x-sandbox-webhook-id"] == hook["id"]
    assert first.headers["x-sandbox-emitter-id"] == source["id"]
    assert first.headers["x-sandbox-event-id"] == sent[0].json()["event_id"]
    assert first.headers["x-sandbox-event-name"] == ""
    assert all(r.delivered and r.attempts == 1 for r in delivery_of(app).results)


async def test_a_failing_receiver_gets_retries_with_backoff(
    make_app: Any, retry_pauses: list[float]
) -> None:
    app = make_app()
    with Receiver(statuses=[500, 503, 200]) as flaky:
        async with client_for(app) as api:
            source = await create_source(api)
            hook = await create_webhook(api, flaky.url)
            await subscribe(api, source["id"], hook["id"])
            app.state.sandbox.emitter.emit(source["id"], {"hello": "world"})
            assert delivery_of(app).wait(5)
    assert [r.body for r in flaky.received] == [{"hello": "world"}] * 3
    assert retry_pauses == [0.5, 1.0]
    [result] = delivery_of(app).results
    assert (result.delivered, result.attempts, result.status) == (True, 3, 200)


async def test_a_receiver_that_always_fails_loses_no_event(
    make_app: Any, retry_pauses: list[float]
) -> None:
    app = make_app()
    with Receiver(statuses=[500]) as broken:
        async with client_for(app) as api:
            source = await create_source(api)
            hook = await create_webhook(api, broken.url)
            await subscribe(api, source["id"], hook["id"])
            event_id = app.state.sandbox.emitter.emit(source["id"], {"kept": True})
            assert delivery_of(app).wait(5)
            events = (await api.get(f"/sources/{source['id']}/event_summaries")).json()["data"]
    assert len(broken.received) == 4 and retry_pauses == [0.5, 1.0, 2.0]
    [result] = delivery_of(app).results
    assert (result.delivered, result.attempts, result.error) == (False, 4, "answered 500")
    assert [(e["id"], e["event"]) for e in events] == [(event_id, {"kept": True})]


async def test_an_unreachable_url_fails_after_every_attempt(
    make_app: Any, retry_pauses: list[float]
) -> None:
    with Receiver() as gone:
        url = gone.url  # a port nothing listens on once the receiver is closed
    app = make_app()
    async with client_for(app) as api:
        source = await create_source(api)
        await subscribe(api, source["id"], (await create_webhook(api, url))["id"])
        app.state.sandbox.emitter.emit(source["id"], {"n": 1})
        assert delivery_of(app).wait(10)
    [result] = delivery_of(app).results
    assert not result.delivered and result.attempts == 4 and result.status is None
    assert result.error is not None and "ConnectError" in result.error


async def test_delivery_never_blocks_the_request_that_emitted(
    app: Starlette, api: httpx.AsyncClient, web: httpx.AsyncClient
) -> None:
    release = threading.Event()
    with Receiver(hold=release) as slow:
        source = await create_http_source(api)
        await subscribe(api, source["id"], (await create_webhook(api, slow.url))["id"])
        started = time.monotonic()
        response = await web.post(endpoint_path(source), json={"n": 1})
        assert response.status_code == 200 and time.monotonic() - started < 1
        assert slow.wait_for(1)
        assert not delivery_of(app).wait(0.05)  # still in flight
        release.set()
        assert delivery_of(app).wait(5)
    assert delivery_of(app).results[0].delivered


async def test_listeners_by_glob_auto_subscription_and_workflow_emitters(
    make_app: Any, receiver: Receiver
) -> None:
    app = make_app()
    emitter = app.state.sandbox.emitter
    async with client_for(app) as api:
        hook = await create_webhook(api, receiver.url)
        await subscribe(api, "dc_*", hook["id"])
        await subscribe(api, "p_abc123", hook["id"], event_name="$errors")
        await api.post(
            "/auto_subscriptions", params={"event_name": "$logs", "listener_id": hook["id"]}
        )
        source = await create_source(api)  # created after the glob: it is covered too
        emitter.emit(source["id"], {"from": "source"})
        emitter.emit(source["id"], {"log": "line"}, channel="$logs")
        emitter.emit("p_abc123", {"error": "boom"}, channel="$errors")
        emitter.emit("p_abc123", {"raw_event": {}})  # default channel: not subscribed
        assert delivery_of(app).wait(5)
    got = sorted(
        (r.headers["x-sandbox-event-name"], r.headers["x-sandbox-emitter-id"])
        for r in receiver.received
    )
    assert got == [("", source["id"]), ("$errors", "p_abc123"), ("$logs", source["id"])]


async def test_only_loopback_urls_are_delivered_when_so_configured(
    make_app: Any, receiver: Receiver
) -> None:
    posted: list[str] = []
    timeouts: set[float] = set()

    def post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
        posted.append(url)
        timeouts.add(timeout)
        return 200

    app = make_app(webhooks=WebhookDelivery(allow=loopback_only, post=post))
    async with client_for(app) as api:
        source = await create_source(api)
        for url in ["https://example.com/hook", "http://localhost:1/x", receiver.url]:
            await subscribe(api, source["id"], (await create_webhook(api, url))["id"])
        app.state.sandbox.emitter.emit(source["id"], {"n": 1})
        assert delivery_of(app).wait(5)
    assert sorted(posted) == sorted(["http://localhost:1/x", receiver.url])
    assert timeouts == {2.0}  # README: "2 s timeout" per delivery attempt
    refused = [r for r in delivery_of(app).results if not r.delivered]
    assert [(r.url, r.attempts) for r in refused] == [("https://example.com/hook", 0)]
    assert not loopback_only("http://[::1") and loopback_only("http://[::1]:80/")


def test_close_stops_pending_retries_at_once() -> None:
    """The real sleep (no injection): a retry waiting 30 s is abandoned by close()."""
    delivery = WebhookDelivery(first_retry_seconds=30)
    with Receiver(statuses=[500]) as broken:
        delivery.deliver(Delivery("wh_x", broken.url, "1-0", b"{}", {}))
        assert broken.wait_for(1)
        started = time.monotonic()
        delivery.close()
        assert time.monotonic() - started < 5
    [result] = delivery.results
    assert (result.delivered, result.attempts) == (False, 1)
    assert "shut down" in (result.error or "")
    delivery.deliver(Delivery("wh_x", broken.url, "2-0", b"{}", {}))  # after close: dropped
    assert delivery.wait(0) and not delivery.results[-1].delivered
    delivery.close()  # twice is fine


def test_delivery_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        WebhookDelivery(attempts=0)
    assert WebhookDelivery(attempts=3, first_retry_seconds=0.1).retry_delays() == [0.1, 0.2]


def test_end_to_end_on_a_real_socket(receiver: Receiver) -> None:
    """What `make demo` shows: OAuth credentials, a webhook on a local receiver, an HTTP source
    subscribed to it, a request to the source's endpoint, and the event arriving."""
    with run_in_thread(fetch=refuse_fetch, webhooks=WebhookDelivery(allow=loopback_only)) as server:
        grant = {
            "grant_type": "client_credentials",
            "client_id": server.client_id,
            "client_secret": server.client_secret,
        }
        with httpx.Client(base_url=server.base_url) as anonymous:
            token = anonymous.post("/oauth/token", json=grant).json()["access_token"]
        key = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.base_url, headers=key) as api:
            source = api.post("/sources", json={"key": "http-new-requests"}).json()["data"]
        oauth = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=server.base_url, headers=oauth) as api:
            hook = api.post("/webhooks", params={"url": receiver.url}).json()["data"]
            params = {"emitter_id": source["id"], "listener_id": hook["id"]}
            assert api.post("/subscriptions", params=params).status_code == 200
            endpoint = source["configured_props"]["http"]["endpoint_url"]
            assert api.post(endpoint, json={"order": 42}).status_code == 200
        assert server.wait_for_webhooks(5)
    [arrived] = receiver.received
    assert arrived.body["body"] == {"order": 42} and arrived.body["method"] == "POST"
