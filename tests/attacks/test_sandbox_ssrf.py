"""Server-side request forgery: webhook URLs and `component_url` must not make the sandbox reach
addresses only it can reach (cloud metadata, the local network), not by a redirect, not by a name
that resolves inside, and not by a name that changes its answer after it was registered."""

from __future__ import annotations

import http.server
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from pipedream_sandbox import OutboundPolicy, WebhookDelivery, create_app
from pipedream_sandbox.__main__ import parse_args
from sandbox_attack_tools import API_KEY, LoopbackSite, asgi_client, redirect_to, send
from starlette.applications import Starlette

INSIDE = [
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/hook",
    "http://172.16.5.4/hook",
    "http://192.168.1.10/hook",
    "http://100.64.0.1/hook",
    "http://[fd00::1]/hook",
    "http://[fe80::1]/hook",
    "http://[::ffff:169.254.169.254]/hook",
    "http://0.0.0.0:8080/hook",
    "http://[::]/hook",
    "http://224.0.0.1/hook",
]


def fake_dns(answers: dict[str, str]) -> Callable[[str, int], list[str]]:
    """A resolver that knows only `answers` (no real DNS in tests)."""

    def resolve(host: str, port: int) -> list[str]:
        if host not in answers:
            raise OSError(f"unknown host {host}")
        return [answers[host]]

    return resolve


@pytest.fixture
def made() -> Iterator[list[Starlette]]:
    apps: list[Starlette] = []
    yield apps
    for app in apps:
        app.state.sandbox.close()


@pytest.fixture
def app_with(made: list[Starlette]) -> Callable[..., Starlette]:
    def make(policy: OutboundPolicy | None = None, **options: Any) -> Starlette:
        app = create_app(api_key=API_KEY, outbound=policy, **options)
        made.append(app)
        return app

    return make


@pytest.fixture
async def api(app_with: Callable[..., Starlette]) -> AsyncIterator[httpx.AsyncClient]:
    async with asgi_client(app_with()) as client:
        yield client


@pytest.mark.parametrize("url", INSIDE)
async def test_a_webhook_naming_an_inside_address_is_refused(
    api: httpx.AsyncClient, url: str
) -> None:
    response = await api.post("/webhooks", params={"url": url})
    assert response.status_code == 400, response.text
    assert "webhooks cannot deliver there" in response.json()["error"]


async def test_loopback_and_public_webhooks_are_accepted(api: httpx.AsyncClient) -> None:
    for url in ("http://127.0.0.1:9/hook", "http://localhost:9/hook", "https://example.com/h"):
        assert (await api.post("/webhooks", params={"url": url})).status_code == 200, url


async def test_private_addresses_need_the_explicit_flag(
    app_with: Callable[..., Starlette],
) -> None:
    assert parse_args(["--allow-private-network"]).allow_private_network
    assert not parse_args([]).allow_private_network
    async with asgi_client(app_with(OutboundPolicy(allow_private=True))) as api:
        ok = await api.post("/webhooks", params={"url": "http://192.168.1.10/hook"})
        assert ok.status_code == 200
        metadata = await api.post("/webhooks", params={"url": INSIDE[0]})
        assert metadata.status_code == 400  # link-local and metadata: never


async def test_a_name_that_resolves_inside_at_delivery_time_is_never_connected(
    app_with: Callable[..., Starlette],
) -> None:
    """DNS rebinding: the name passed the check when the webhook was made; at delivery it
    points at an address the policy refuses, and no connection is made."""
    received: list[str] = []

    def page(handler: http.server.BaseHTTPRequestHandler) -> None:
        received.append(handler.headers.get("Host", ""))
        send(handler, 200)

    with LoopbackSite({"/hook": page}) as site:
        port = site.server.server_address[1]
        for allow_loopback, expected in ((False, 0), (True, 1)):
            policy = OutboundPolicy(
                allow_loopback=allow_loopback, resolver=fake_dns({"rebind.test": "127.0.0.1"})
            )
            app = app_with(policy, webhooks=WebhookDelivery(post=policy.post, sleep=lambda _: 0))
            async with asgi_client(app) as api:
                made = await api.post(
                    "/webhooks", params={"url": f"http://rebind.test:{port}/hook"}
                )
                assert made.status_code == 200  # a name: checked when it connects
                hook = made.json()["data"]["id"]
                source = (await api.post("/sources", json={"key": "http-new-requests"})).json()
                await api.post(
                    "/subscriptions",
                    params={"emitter_id": source["data"]["id"], "listener_id": hook},
                )
                app.state.sandbox.emitter.emit(source["data"]["id"], {"n": 1})
            assert app.state.sandbox.delivery.wait(10)
            assert len(received) == expected
            result = app.state.sandbox.delivery.results[-1]
            if expected == 0:
                assert not result.delivered and result.attempts == 1  # refused: no retries
                assert result.error and "loopback" in result.error
            else:  # allowed: it connects to the checked address, with the name as Host
                assert result.delivered and received == [f"rebind.test:{port}"]


async def test_component_url_redirects_are_checked_at_every_hop(
    app_with: Callable[..., Starlette],
) -> None:
    dns = fake_dns({"metadata.test": "169.254.169.254", "office.test": "10.1.2.3"})
    with LoopbackSite(
        {
            "/to-metadata": redirect_to("http://metadata.test/latest/meta-data/"),
            "/to-literal": redirect_to("http://169.254.169.254/latest/"),
            "/to-office": redirect_to("http://office.test:8080/code.js"),
        }
    ) as site:
        async with asgi_client(app_with(OutboundPolicy(resolver=dns))) as api:
            for path, why in (
                ("/to-metadata", "link-local"),
                ("/to-literal", "link-local"),
                ("/to-office", "private"),
            ):
                response = await api.post("/components", json={"component_url": site.url(path)})
                assert response.status_code == 400, response.text
                assert why in response.json()["error"]
                assert site.hits[path] == 1


async def test_component_url_follows_at_most_5_redirects(
    app_with: Callable[..., Starlette],
) -> None:
    """README: every redirect hop is checked, "at most 5"; a sixth is a 400 naming the URL."""

    def code(handler: http.server.BaseHTTPRequestHandler) -> None:
        send(handler, 200, b"module.exports = { name: 'hops' }")

    pages = {"/r0": code} | {f"/r{n}": redirect_to(f"/r{n - 1}") for n in range(1, 7)}
    with LoopbackSite(pages) as site:
        async with asgi_client(app_with()) as api:
            five = await api.post("/components", json={"component_url": site.url("/r5")})
            six = await api.post("/components", json={"component_url": site.url("/r6")})
    assert five.status_code == 200, five.text
    assert five.json()["data"]["name"] == "hops"
    assert six.status_code == 400
    assert site.url("/r6") in six.json()["error"]


async def test_component_url_is_cut_at_512_kb(app_with: Callable[..., Starlette]) -> None:
    def big(handler: http.server.BaseHTTPRequestHandler) -> None:
        send(handler, 200, b"// " + b"x" * (600 * 1024))

    with LoopbackSite({"/big.js": big}) as site:
        async with asgi_client(app_with()) as api:
            response = await api.post("/components", json={"component_url": site.url("/big.js")})
    assert response.status_code == 400
    assert "larger than 524288 bytes" in response.json()["error"]


async def test_component_url_has_a_total_deadline_not_a_per_read_one(
    app_with: Callable[..., Starlette],
) -> None:
    def trickle(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        for _ in range(100):  # one byte every 0.2 s: each read is quick, the whole is not
            handler.wfile.write(b"/")
            handler.wfile.flush()
            time.sleep(0.2)

    assert OutboundPolicy().total_seconds == 10 and OutboundPolicy().max_bytes == 512 * 1024
    with LoopbackSite({"/slow.js": trickle}) as site:
        async with asgi_client(app_with(OutboundPolicy(total_seconds=1.0))) as api:
            started = time.monotonic()
            response = await api.post("/components", json={"component_url": site.url("/slow.js")})
            took = time.monotonic() - started
    assert response.status_code == 400
    assert "could not fetch component_url" in response.json()["error"]
    assert took < 3


async def test_errors_quote_at_most_200_characters_of_fetched_content(
    app_with: Callable[..., Starlette],
) -> None:
    secret = "S" * 5000
    code = f"module.exports = {{ name: 'x', token: '{secret}' ]; // {secret}".encode()

    def page(handler: http.server.BaseHTTPRequestHandler) -> None:
        send(handler, 200, code)

    with LoopbackSite({"/bad.js": page}) as site:
        async with asgi_client(app_with()) as api:
            response = await api.post("/components", json={"component_url": site.url("/bad.js")})
    assert response.status_code == 400
    assert response.text.count("S") <= 200
