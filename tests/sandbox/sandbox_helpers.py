"""Helpers shared by the sandbox tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Self

import httpx
from pipedream_sandbox import DEMO_API_KEY, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
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


GRANT = {
    "grant_type": "client_credentials",
    "client_id": DEMO_CLIENT_ID,
    "client_secret": DEMO_CLIENT_SECRET,
}


async def get_token(app: Starlette, **grant: str) -> dict[str, Any]:
    async with client_for(app, None) as anonymous:
        response = await anonymous.post("/oauth/token", json={**GRANT, **grant})
    assert response.status_code == 200, response.text
    token: dict[str, Any] = response.json()
    return token


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


async def subscribe(
    client: httpx.AsyncClient, emitter: str, listener: str, **more: str
) -> dict[str, Any]:
    """`POST /subscriptions`; the one subscription of its answer, which is a list of one (as
    Pipedream's own create-subscription action reads it: `data.length`)."""
    params = {"emitter_id": emitter, "listener_id": listener, **more}
    response = await client.post("/subscriptions", params=params)
    assert response.status_code == 200, response.text
    [subscription] = response.json()["data"]
    assert isinstance(subscription, dict)
    return subscription


async def events_of(api: httpx.AsyncClient, source_id: str, event_name: str = "") -> list[Any]:
    """A source's events of one channel (the default one unless named)."""
    params = {"event_name": event_name}
    page = (await api.get(f"/sources/{source_id}/event_summaries", params=params)).json()
    return [event["event"] for event in page["data"]]


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


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: Any = field(default=None)


class Receiver:
    """A webhook receiver on a loopback port: records every POST (JSON bodies parsed) and
    answers with `statuses` in turn, the last one repeating. With a `hold` event, each request
    waits for the test to set it before answering."""

    def __init__(self, statuses: Iterable[int] = (200,), hold: threading.Event | None = None):
        self.statuses = list(statuses)
        self.hold = hold
        self.received: list[Received] = []
        self.arrived = threading.Condition()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                item = Received(self.path, {k.lower(): v for k, v in self.headers.items()})
                item.body = json.loads(raw) if raw else None
                with outer.arrived:
                    outer.received.append(item)
                    status = outer.statuses[min(len(outer.received), len(outer.statuses)) - 1]
                    outer.arrived.notify_all()
                if outer.hold is not None:
                    outer.hold.wait(10)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def wait_for(self, count: int, timeout: float = 5.0) -> bool:
        """Block until `count` requests have arrived."""
        with self.arrived:
            return self.arrived.wait_for(lambda: len(self.received) >= count, timeout)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.hold is not None:
            self.hold.set()
        self.server.shutdown()
        self.server.server_close()
