"""Every request of the API document, verbatim apart from host and key, works against a sandbox
with demo data (as started by `make sandbox`)."""

from __future__ import annotations

from typing import Any

import pytest
from sandbox_helpers import client_for

RSS_URL = "https://github.com/PipedreamHQ/pipedream/components/rss/rss.js"

# (method, path with query, JSON body or None, expected status) in the document's order.
DOCUMENT_REQUESTS: list[tuple[str, str, dict[str, Any] | None, int]] = [
    ("GET", "/users/me", None, 200),
    ("POST", "/components", {"component_url": RSS_URL}, 200),
    ("GET", "/components/sc_JDi8EB", None, 200),
    ("GET", "/users/me/sources?limit=3&after=ZGNfSzB1QWVl", None, 200),
    ("GET", "/users/me/sources", None, 200),
    (
        "POST",
        "/sources",
        {
            "component_url": RSS_URL,
            "name": "your-name-here",
            "configured_props": {
                "url": "https://rss.m.pipedream.net",
                "timer": {"intervalSeconds": 60},
            },
        },
        200,
    ),
    ("POST", "/subscriptions?emitter_id=dc_def456&listener_id=p_abc123", None, 200),
    ("GET", "/sources/dc_abc123/event_summaries", None, 200),
    ("GET", "/sources/dc_abc123/event_summaries?expand=event", None, 200),
    ("GET", "/sources/dc_abc123/event_summaries?limit=10", None, 200),
    (
        "DELETE",
        "/sources/dc_abc123/events?start_id=1589486981598-0&end_id=1589486981598-0",
        None,
        202,
    ),
    ("DELETE", "/sources/dc_abc123/events?start_id=1589486981598-0", None, 202),
    ("DELETE", "/sources/dc_abc123/events?end_id=1589486981598-0", None, 202),
    ("PUT", "/sources/dc_abc123", {"active": False}, 200),
    ("DELETE", "/sources/dc_abc123", None, 204),
]


async def test_the_documents_requests_work_verbatim(make_app: Any) -> None:
    async with client_for(make_app(demo_data=True)) as api:
        for method, path, body, status in DOCUMENT_REQUESTS:
            response = await api.request(method, path, json=body)
            assert response.status_code == status, (method, path, response.text)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/components/sc_JDi8EB", {"id": "sc_JDi8EB", "name": "rss", "version": "0.0.1"}),
        (
            "/users/me/sources?limit=3&after=ZGNfSzB1QWVl&include=id",
            {
                "page_info": {
                    "total_count": 3,
                    "count": 2,
                    "start_cursor": "ZGNfYWJjMTIz",
                    "end_cursor": "ZGNfZGVmNDU2",
                },
                "data": [{"id": "dc_abc123"}, {"id": "dc_def456"}],
            },
        ),
    ],
)
async def test_the_documents_examples_answer_like_the_document(
    make_app: Any, path: str, expected: dict[str, Any]
) -> None:
    async with client_for(make_app(demo_data=True)) as api:
        body = (await api.get(path)).json()
        if "page_info" in expected:
            assert body == expected
        else:
            assert {key: body["data"][key] for key in expected} == expected
            assert body["data"]["configurable_props"] == [
                {
                    "name": "url",
                    "type": "string",
                    "label": "Feed URL",
                    "description": "Enter the URL for any public RSS feed.",
                },
                {"name": "timer", "type": "$.interface.timer", "default": {"intervalSeconds": 900}},
            ]


async def test_start_id_alone_deletes_that_event_and_every_later_one(make_app: Any) -> None:
    async with client_for(make_app(demo_data=True)) as api:
        await api.delete("/sources/dc_abc123/events?start_id=1589486981598-0")
        page = (await api.get("/sources/dc_abc123/event_summaries")).json()
        assert [e["id"] for e in page["data"]] == ["1589486981597-0"]
