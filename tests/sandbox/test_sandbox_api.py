"""The /v1 operations: auth, isolation, shapes, field filtering, pagination and bad input."""

from __future__ import annotations

import base64
import http.server
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pipedream_sandbox.registry import fetch_over_http
from sandbox_helpers import (
    RSS_PROPS,
    FakeClock,
    assert_error,
    client_for,
    create_http_source,
    create_source,
)
from starlette.applications import Starlette

RSS_URL = "https://github.com/PipedreamHQ/pipedream/components/rss/rss.js"
HELLO_CODE = """module.exports = {
  name: "hello",
  version: "0.0.1",
  props: { timer: { type: "$.interface.timer", default: { intervalSeconds: 60 * 15 } } },
  async run() { this.$emit({ hello: "world" }) },
}
"""

# -- auth and users ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer nope"},
        {"Authorization": "Basic c2FuZGJveC1kZW1vLWtleQ=="},
        {"Authorization": "sandbox-demo-key"},
    ],
)
async def test_missing_or_unknown_key_is_401_with_the_error_body(
    anonymous: httpx.AsyncClient, headers: dict[str, str]
) -> None:
    for method, path in [("GET", "/users/me"), ("POST", "/sources"), ("GET", "/nowhere")]:
        response = await anonymous.request(method, path, headers=headers)
        assert assert_error(response, 401) == {"error": "Unauthorized"}


async def test_current_user(api: httpx.AsyncClient, other: httpx.AsyncClient) -> None:
    me = (await api.get("/users/me")).json()["data"]
    assert (me["id"], me["username"], me["email"]) == ("u_demo01", "demo", "demo@example.com")
    assert me["orgs"][0]["id"].startswith("o_")
    assert (await other.get("/users/me")).json()["data"]["id"] == "u_other1"


async def test_include_and_exclude_filter_fields(api: httpx.AsyncClient) -> None:
    assert (await api.get("/users/me", params={"include": "id,email"})).json() == {
        "data": {"id": "u_demo01", "email": "demo@example.com"}
    }
    data = (await api.get("/users/me", params={"exclude": "email,orgs"})).json()["data"]
    assert "email" not in data and "orgs" not in data and data["id"] == "u_demo01"
    created = await api.post(
        "/sources",
        json={"key": "rss-new-item-in-feed", "configured_props": RSS_PROPS, "include": "id"},
    )
    assert list(created.json()["data"]) == ["id"]
    listed = (await api.get("/users/me/sources", params={"include": "id,name"})).json()["data"]
    assert all(set(item) == {"id", "name"} for item in listed)


async def test_org_id_must_be_the_users_workspace(api: httpx.AsyncClient) -> None:
    workspace = (await api.get("/users/me")).json()["data"]["orgs"][0]["id"]
    assert (await api.get("/users/me/sources", params={"org_id": workspace})).status_code == 200
    assert_error(await api.get("/users/me/sources", params={"org_id": "o_other1"}), 400, "org_id")
    assert_error(await api.get("/users/me", params={"org_id": "nope"}), 400, "org_id")


# -- components --------------------------------------------------------------------------------


async def test_create_component_from_code_reads_props(api: httpx.AsyncClient) -> None:
    response = await api.post("/components", json={"component_code": HELLO_CODE})
    data = response.json()["data"]
    assert data["id"].startswith("sc_") and data["name"] == "hello" and data["code"] == HELLO_CODE
    assert data["configurable_props"] == [
        {"name": "timer", "type": "$.interface.timer", "default": {"intervalSeconds": 900}}
    ]
    assert len(data["code_hash"]) == 64
    assert (await api.get(f"/components/{data['id']}")).json()["data"] == data


async def test_component_url_of_the_api_document_resolves_offline(api: httpx.AsyncClient) -> None:
    data = (await api.post("/components", json={"component_url": RSS_URL})).json()["data"]
    assert (data["name"], data["version"], data["component_url"]) == ("rss", "0.0.1", RSS_URL)
    assert data["configurable_props"] == [
        {
            "name": "url",
            "type": "string",
            "label": "Feed URL",
            "description": "Enter the URL for any public RSS feed.",
        },
        {"name": "timer", "type": "$.interface.timer", "default": {"intervalSeconds": 900}},
    ]


async def test_what_could_not_be_read_is_listed_in_a_header(api: httpx.AsyncClient) -> None:
    code = 'import common from "./common.mjs";\nexport default { ...common, name: "spread" };'
    response = await api.post("/components", json={"component_code": code})
    assert response.json()["data"]["name"] == "spread"
    assert json.loads(response.headers["X-Sandbox-Warnings"]) == ["ignored the spread `...common`"]
    plain = await api.post("/components", json={"component_code": HELLO_CODE})
    assert "X-Sandbox-Warnings" not in plain.headers


async def test_component_code_wins_over_component_url(api: httpx.AsyncClient) -> None:
    body = {"component_code": HELLO_CODE, "component_url": RSS_URL}
    data = (await api.post("/components", json=body)).json()["data"]
    assert data["name"] == "hello" and data["component_url"] == RSS_URL


async def test_components_are_found_by_key_own_or_registry(api: httpx.AsyncClient) -> None:
    registry = (await api.get("/components/rss-new-item-in-feed")).json()["data"]
    assert registry["key"] == "rss-new-item-in-feed" and registry["id"].startswith("sc_")
    assert (await api.get(f"/components/{registry['id']}")).json()["data"]["id"] == registry["id"]
    assert_error(await api.get("/components/sc_nothing"), 404, "sc_nothing")


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        ({}, 400, "one of component_code or component_url is required"),
        ({"component_code": ""}, 400, "component_code must be a non-empty string"),
        ({"component_code": 42}, 400, "component_code must be a non-empty string"),
        ({"component_url": "ftp://example.com/x.js"}, 400, "http(s) URL"),
        ({"component_url": "https://example.com/x.js"}, 400, "turned off"),
        ({"component_code": "module.exports = {"}, 400, "SyntaxError"),
    ],
)
async def test_create_component_bad_input(
    api: httpx.AsyncClient, body: dict[str, Any], status: int, fragment: str
) -> None:
    assert_error(await api.post("/components", json=body), status, fragment)


@pytest.fixture
def code_server() -> Iterator[str]:
    """A loopback HTTP server that serves HELLO_CODE at /hello.js (and 404 elsewhere)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = HELLO_CODE.encode() if self.path == "/hello.js" else b"not found"
            self.send_response(200 if self.path == "/hello.js" else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


async def test_component_url_is_fetched_over_http(make_app: Any, code_server: str) -> None:
    async with client_for(make_app(fetch=fetch_over_http)) as api:
        data = await api.post("/components", json={"component_url": f"{code_server}/hello.js"})
        assert data.json()["data"]["name"] == "hello"
        missing = await api.post("/components", json={"component_url": f"{code_server}/gone.js"})
        assert_error(missing, 400, "answered 404")


# -- sources -----------------------------------------------------------------------------------


async def test_create_source_as_in_the_api_document(
    api: httpx.AsyncClient, clock: FakeClock
) -> None:
    body = {"component_url": RSS_URL, "name": "your-name-here", "configured_props": RSS_PROPS}
    data = (await api.post("/sources", json=body)).json()["data"]
    assert data["id"].startswith("dc_") and data["component_id"].startswith("sc_")
    assert data["user_id"] == "u_demo01" and data["active"] is True
    assert data["configured_props"] == {
        "url": "https://rss.m.pipedream.net",
        "timer": {"cron": None, "interval_seconds": 60},
    }
    assert data["created_at"] == data["updated_at"] == int(clock.now)
    assert (data["name"], data["name_slug"]) == ("your-name-here", "your-name-here")


async def test_source_component_precedence(api: httpx.AsyncClient) -> None:
    hello = (await api.post("/components", json={"component_code": HELLO_CODE})).json()["data"]
    by_id = await create_source(
        api, component_id=hello["id"], key="http-new-requests", component_url=RSS_URL
    )
    assert by_id["component_id"] == hello["id"]
    by_code = await create_source(api, component_code=HELLO_CODE, component_url=RSS_URL)
    assert by_code["configured_props"] == {"timer": {"cron": None, "interval_seconds": 900}}
    by_url = await create_source(
        api, component_url=RSS_URL, key="http-new-requests", configured_props=RSS_PROPS
    )
    assert set(by_url["configured_props"]) == {"url", "timer"}
    by_key = await create_http_source(api)
    assert set(by_key["configured_props"]) == {"http"}
    assert by_key["name"] == "http"  # defaults to the component's name slug


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        ({}, 400, "one of component_id, component_code, component_url or key is required"),
        ({"component_id": "sc_nothing"}, 404, "component sc_nothing not found"),
        ({"key": "no-such-key"}, 404, "no-such-key"),
        ({"key": "rss-new-item-in-feed"}, 400, "configured_props.url is required"),
        (
            {
                "key": "rss-new-item-in-feed",
                "configured_props": {"url": "u", "timer": {"intervalSeconds": 14}},
            },
            400,
            "at least 15",
        ),
        (
            {
                "key": "rss-new-item-in-feed",
                "configured_props": {"url": "u", "timer": {"cron": "never"}},
            },
            400,
            "cron",
        ),
        ({"key": "rss-new-item-in-feed", "configured_props": {"url": 3}}, 400, "must be a string"),
        (
            {"key": "rss-new-item-in-feed", "configured_props": {"url": "u", "typo": 1}},
            400,
            "configured_props.typo is not a prop",
        ),
        ({"key": "rss-new-item-in-feed", "configured_props": []}, 400, "must be a JSON object"),
        ({"key": "http-new-requests", "name": ""}, 400, "name must be a non-empty string"),
    ],
)
async def test_create_source_bad_input(
    api: httpx.AsyncClient, body: dict[str, Any], status: int, fragment: str
) -> None:
    assert_error(await api.post("/sources", json=body), status, fragment)


async def test_timer_props_accept_cron_and_defaults(api: httpx.AsyncClient) -> None:
    cron = await create_source(
        api,
        key="rss-new-item-in-feed",
        configured_props={"url": "u", "timer": {"cron": "*/5 * * * *"}},
    )
    assert cron["configured_props"]["timer"] == {"cron": "*/5 * * * *", "interval_seconds": None}
    default = await create_source(api, key="rss-new-item-in-feed", configured_props={"url": "u"})
    assert default["configured_props"]["timer"] == {"cron": None, "interval_seconds": 900}


async def test_update_source(api: httpx.AsyncClient, clock: FakeClock) -> None:
    source = await create_source(api, name="first")
    clock.advance(60)
    paused = (await api.put(f"/sources/{source['id']}", json={"active": False})).json()["data"]
    assert paused["active"] is False and paused["updated_at"] == source["created_at"] + 60
    renamed = (await api.put(f"/sources/{source['id']}", json={"name": "My Feed"})).json()["data"]
    assert (renamed["name"], renamed["name_slug"], renamed["active"]) == (
        "My Feed",
        "my-feed",
        False,
    )
    retimed = await api.put(
        f"/sources/{source['id']}",
        json={"configured_props": {"url": "v", "timer": {"intervalSeconds": 30}}},
    )
    assert retimed.json()["data"]["configured_props"]["timer"]["interval_seconds"] == 30
    swapped = await api.put(f"/sources/{source['id']}", json={"key": "http-new-requests"})
    data = swapped.json()["data"]
    assert (
        set(data["configured_props"]) == {"http"} and data["component_id"] != source["component_id"]
    )


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({}, "at least one field"),
        ({"active": "yes"}, "active must be true or false"),
        ({"configured_props": {"url": "u", "timer": {"intervalSeconds": 1}}}, "at least 15"),
        ({"component_id": "sc_nothing"}, "sc_nothing"),
    ],
)
async def test_update_source_bad_input(
    api: httpx.AsyncClient, body: dict[str, Any], fragment: str
) -> None:
    source = await create_source(api)
    response = await api.put(f"/sources/{source['id']}", json=body)
    assert_error(response, 404 if "sc_nothing" in fragment else 400, fragment)


async def test_delete_source_answers_204_and_it_is_gone(api: httpx.AsyncClient) -> None:
    source = await create_source(api)
    response = await api.delete(f"/sources/{source['id']}")
    assert response.status_code == 204 and response.content == b""
    assert_error(await api.put(f"/sources/{source['id']}", json={"active": True}), 404)
    assert_error(await api.delete(f"/sources/{source['id']}"), 404, source["id"])


async def test_trailing_slash_paths_of_the_2020_document(api: httpx.AsyncClient) -> None:
    created = await api.post("/sources/", json={"key": "http-new-requests"})
    assert created.status_code == 200
    listed = (await api.get("/users/me/sources/")).json()
    assert [s["id"] for s in listed["data"]] == [created.json()["data"]["id"]]


# -- isolation ---------------------------------------------------------------------------------


async def test_other_users_objects_answer_404(
    api: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    mine = await create_http_source(api)
    component = (await api.post("/components", json={"component_code": HELLO_CODE})).json()["data"]
    theirs = await create_http_source(other)
    sid = mine["id"]
    assert_error(await other.get(f"/components/{component['id']}"), 404)
    assert_error(await other.post("/sources", json={"component_id": component["id"]}), 404)
    assert_error(await other.put(f"/sources/{sid}", json={"active": False}), 404, sid)
    assert_error(await other.get(f"/sources/{sid}/event_summaries"), 404, sid)
    assert_error(await other.delete(f"/sources/{sid}/events"), 404, sid)
    assert_error(await other.delete(f"/sources/{sid}"), 404, sid)
    sub = await other.post(
        "/subscriptions", params={"emitter_id": sid, "listener_id": theirs["id"]}
    )
    assert_error(sub, 404, sid)
    assert [s["id"] for s in (await other.get("/users/me/sources")).json()["data"]] == [
        theirs["id"]
    ]
    assert (await api.put(f"/sources/{sid}", json={"name": "still mine"})).status_code == 200


# -- pagination --------------------------------------------------------------------------------


async def test_sources_page_forward_with_after_and_back_with_before(api: httpx.AsyncClient) -> None:
    ids = [(await create_source(api, name=f"s{i}"))["id"] for i in range(7)]
    seen: list[str] = []
    after = None
    for _ in range(5):
        params: dict[str, Any] = {"limit": 3, **({"after": after} if after else {})}
        page = (await api.get("/users/me/sources", params=params)).json()
        assert page["page_info"]["total_count"] == 7
        assert page["page_info"]["count"] == len(page["data"])
        if not page["data"]:
            assert page["page_info"]["start_cursor"] is None is page["page_info"]["end_cursor"]
            break
        seen += [s["id"] for s in page["data"]]
        after = page["page_info"]["end_cursor"]
    assert seen == ids  # creation order, every source once
    assert after == base64.urlsafe_b64encode(ids[-1].encode()).decode().rstrip("=")

    back: list[str] = []
    before = after
    while True:
        page = (await api.get("/users/me/sources", params={"limit": 3, "before": before})).json()
        if not page["data"]:
            break
        back = [s["id"] for s in page["data"]] + back
        before = page["page_info"]["start_cursor"]
    assert back == ids[:-1]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "101"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"limit": "1.5"}, "limit"),
        ({"after": "bm90LWEtY3Vyc29y"}, "after"),
        ({"before": "!!!"}, "before"),
        ({"after": ""}, "after"),
        ({"after": "ZGNfSzB1QWVl", "before": "ZGNfSzB1QWVl"}, "before"),
    ],
)
async def test_bad_page_parameters_are_400_naming_the_parameter(
    api: httpx.AsyncClient, params: dict[str, str], parameter: str
) -> None:
    body = assert_error(await api.get("/users/me/sources", params=params), 400, parameter)
    assert body["details"] == {"parameter": parameter}


# -- bad requests ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "must be a JSON object"),
        (b'{"key": NaN}', "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper than 64 levels"),
        (b"\xff\xfe", "not valid JSON"),
        (b'{"name": "\\ud800"}', "lone surrogate"),
    ],
)
async def test_malformed_bodies_are_400(
    api: httpx.AsyncClient, content: bytes, fragment: str
) -> None:
    for method, path in [("POST", "/components"), ("POST", "/sources")]:
        response = await api.request(
            method, path, content=content, headers={"Content-Type": "application/json"}
        )
        assert_error(response, 400, fragment)


async def test_bodies_over_the_cap_are_413(api: httpx.AsyncClient) -> None:
    huge = b'{"component_code": "' + b"x" * (1024 * 1024) + b'"}'
    assert_error(await api.post("/components", content=huge), 413, "1048576 bytes")

    async def chunks() -> Any:  # no Content-Length: the cap holds while streaming too
        for _ in range(20):
            yield b"x" * 65536

    assert_error(await api.post("/sources", content=chunks()), 413)
    absurd = {"Content-Length": "9" * 5000}  # too long to be a number Python will parse
    assert_error(await api.post("/components", content=b"{}", headers=absurd), 413)
    source = await create_source(api)
    assert_error(await api.put(f"/sources/{source['id']}", content=huge), 413)


async def test_unknown_routes_and_methods_are_404_error_bodies(api: httpx.AsyncClient) -> None:
    assert_error(await api.get("/nowhere"), 404, "no route")
    assert_error(await api.put("/sources/dc_x/events"), 404, "no route")
    assert_error(await api.get("/sources"), 404, "no route")


async def test_throttling_answers_429_with_rate_limit_headers(make_app: Any) -> None:
    app: Starlette = make_app(rate_limit=2)
    async with client_for(app) as api:
        assert [(await api.get("/users/me")).status_code for _ in range(2)] == [200, 200]
        throttled = await api.get("/users/me")
        assert assert_error(throttled, 429) == {"error": "Throttled"}
        assert int(throttled.headers["Retry-After"]) > 0
        assert throttled.headers["X-RateLimit-Limit"] == "2"
        assert throttled.headers["X-RateLimit-Remaining"] == "0"
        assert int(throttled.headers["X-RateLimit-Reset"]) > 1_700_000_000
