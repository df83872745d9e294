"""Every operation of the spec through the generated client, replayed from recorded cassettes.

Each test creates what it needs and deletes it at the end, so it records the same way against the
sandbox or the real API.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from cassette_tools import API_KEY, BASE_URL, WRONG_KEY
from pipedream_rest_client import AuthenticatedClient
from pipedream_rest_client.api.components import create_component, get_component
from pipedream_rest_client.api.events import delete_source_events, list_source_events
from pipedream_rest_client.api.sources import create_source, delete_source, list_sources, update_source
from pipedream_rest_client.api.subscriptions import create_subscription
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.models import (
    CreateComponentRequest,
    CreateSourceRequest,
    ErrorBody,
    EventSummaryList,
    Expand,
    SourceList,
    UpdateSourceRequest,
)

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]

HTTP_COMPONENT = """\
module.exports = {
  name: "recorded-http",
  version: "0.0.1",
  props: {
    http: "$.interface.http",
  },
  async run(event) {
    this.$emit(event)
  },
}
"""
RSS_URL = "https://github.com/PipedreamHQ/pipedream/components/rss/rss.js"


@pytest.fixture
def client() -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=BASE_URL, token=API_KEY) as c:
        yield c


def new_http_source(client: AuthenticatedClient, name: str) -> str:
    created = create_source.sync(
        client=client, body=CreateSourceRequest(component_code=HTTP_COMPONENT, name=name)
    )
    assert not isinstance(created, ErrorBody) and created is not None, created
    return created.data.id


def send_requests(client: AuthenticatedClient, source_id: str, bodies: list[dict[str, int]]) -> None:
    """POST each body to the source's HTTP endpoint: every request becomes an event."""
    source = update_source.sync(source_id, client=client, body=UpdateSourceRequest(active=True))
    endpoint = source.data.configured_props["http"]["endpoint_url"]
    with httpx.Client() as http:
        for body in bodies:
            assert http.post(endpoint, json=body).status_code < 300


def test_current_user_and_a_wrong_key(client: AuthenticatedClient) -> None:
    me = get_current_user.sync(client=client)
    assert me.data.id.startswith("u_") and me.data.username
    with AuthenticatedClient(base_url=BASE_URL, token=WRONG_KEY) as wrong:
        denied = get_current_user.sync_detailed(client=wrong)
    assert denied.status_code == 401 and isinstance(denied.parsed, ErrorBody)


def test_components_create_get_and_errors(client: AuthenticatedClient) -> None:
    created = create_component.sync(client=client, body=CreateComponentRequest(component_code=HTTP_COMPONENT))
    component = created.data
    assert component.id.startswith("sc_") and component.name == "recorded-http"
    assert [p.to_dict() for p in component.configurable_props] == [
        {"name": "http", "type": "$.interface.http"}
    ]
    assert len(component.code_hash) == 64

    fetched = get_component.sync(component.id, client=client)
    assert fetched.data.to_dict() == component.to_dict()

    rss = create_component.sync(client=client, body=CreateComponentRequest(component_url=RSS_URL))
    timer = next(p for p in rss.data.configurable_props if p.type_ == "$.interface.timer")
    assert timer.default == {"intervalSeconds": 900}

    missing = get_component.sync_detailed("sc_doesnotexist", client=client)
    assert missing.status_code == 404 and isinstance(missing.parsed, ErrorBody)

    broken = create_component.sync_detailed(
        client=client, body=CreateComponentRequest(component_code="module.exports = { name: ")
    )
    assert broken.status_code == 400 and broken.parsed.error


def test_source_lifecycle_and_errors(client: AuthenticatedClient) -> None:
    component = create_component.sync(client=client, body=CreateComponentRequest(component_code=HTTP_COMPONENT))
    created = create_source.sync(
        client=client, body=CreateSourceRequest(component_id=component.data.id, name="recorded-lifecycle")
    )
    source = created.data
    assert source.id.startswith("dc_") and source.active is True and source.name == "recorded-lifecycle"

    paused = update_source.sync(source.id, client=client, body=UpdateSourceRequest(active=False))
    assert paused.data.active is False and paused.data.name == "recorded-lifecycle"
    renamed = update_source.sync(source.id, client=client, body=UpdateSourceRequest(name="renamed"))
    assert renamed.data.name == "renamed" and renamed.data.active is False

    no_component = create_source.sync_detailed(client=client, body=CreateSourceRequest(name="nothing"))
    assert no_component.status_code == 400

    deleted = delete_source.sync_detailed(source.id, client=client)
    assert deleted.status_code in (200, 202, 204)
    assert delete_source.sync_detailed(source.id, client=client).status_code == 404
    gone = update_source.sync_detailed(source.id, client=client, body=UpdateSourceRequest(active=True))
    assert gone.status_code == 404


def test_list_sources_walks_pages_forward_and_backward(client: AuthenticatedClient) -> None:
    ids = [new_http_source(client, f"recorded-page-{i}") for i in range(5)]
    try:
        forward: list[str] = []
        page = list_sources.sync(client=client, limit=2)
        pages = 0
        while page.data:
            assert isinstance(page, SourceList) and page.page_info.count == len(page.data)
            forward += [s.id for s in page.data]
            pages += 1
            if not page.page_info.end_cursor:
                break
            last_page = page
            page = list_sources.sync(client=client, limit=2, after=page.page_info.end_cursor)
        assert pages >= 3
        assert [i for i in forward if i in ids] == ids  # in creation order

        backward: list[str] = []
        page = last_page
        while True:
            backward = [s.id for s in page.data] + backward
            if not page.page_info.start_cursor:
                break
            page = list_sources.sync(client=client, limit=2, before=page.page_info.start_cursor)
            if not page.data:
                break
        assert backward[-len(forward):] == forward[-len(backward):]
        assert set(ids) <= set(backward)

        bad = list_sources.sync_detailed(client=client, limit=500)
        assert bad.status_code == 400 and "limit" in bad.parsed.error
        bad_cursor = list_sources.sync_detailed(client=client, after="not a cursor!")
        assert bad_cursor.status_code == 400
    finally:
        for source_id in ids:
            delete_source.sync_detailed(source_id, client=client)


def test_events_list_expand_paginate_and_delete(client: AuthenticatedClient) -> None:
    source_id = new_http_source(client, "recorded-events")
    try:
        send_requests(client, source_id, [{"n": n} for n in range(5)])
        events = list_source_events.sync(source_id, client=client, expand=Expand.EVENT)
        assert isinstance(events, EventSummaryList)
        assert [e.event["body"] for e in events.data] == [{"n": n} for n in reversed(range(5))]
        assert all(e.metadata.emitter_id == source_id for e in events.data)
        newest_first = [e.id for e in events.data]

        page1 = list_source_events.sync(source_id, client=client, limit=2)
        page2 = list_source_events.sync(source_id, client=client, limit=2, after=page1.page_info.end_cursor)
        assert [e.id for e in page1.data + page2.data] == newest_first[:4]
        back = list_source_events.sync(source_id, client=client, limit=2, before=page2.page_info.start_cursor)
        assert [e.id for e in back.data] == newest_first[:2]

        # Delete the middle event only, then everything up to the second-oldest.
        middle = newest_first[2]
        accepted = delete_source_events.sync_detailed(source_id, client=client, start_id=middle, end_id=middle)
        assert accepted.status_code == 202
        left = list_source_events.sync(source_id, client=client)
        assert [e.id for e in left.data] == newest_first[:2] + newest_first[3:]
        delete_source_events.sync_detailed(source_id, client=client, end_id=newest_first[3])
        left = list_source_events.sync(source_id, client=client)
        assert [e.id for e in left.data] == newest_first[:2]

        bad_id = delete_source_events.sync_detailed(source_id, client=client, start_id="yesterday")
        assert bad_id.status_code == 400
        missing = list_source_events.sync_detailed("dc_doesnotexist", client=client)
        assert missing.status_code == 404
        assert delete_source_events.sync_detailed("dc_doesnotexist", client=client).status_code == 404
    finally:
        delete_source.sync_detailed(source_id, client=client)


def test_subscription_delivers_the_emitters_events(client: AuthenticatedClient) -> None:
    emitter = new_http_source(client, "recorded-emitter")
    listener = new_http_source(client, "recorded-listener")
    try:
        [sub] = create_subscription.sync(client=client, emitter_id=emitter, listener_id=listener).data
        assert (sub.emitter_id, sub.listener_id) == (emitter, listener)
        send_requests(client, emitter, [{"hello": "listener"}])
        received = list_source_events.sync(listener, client=client, expand=Expand.EVENT)
        assert [e.metadata.emitter_id for e in received.data] == [emitter]
        assert received.data[0].event["body"] == {"hello": "listener"}

        unknown = create_subscription.sync_detailed(client=client, emitter_id="dc_doesnotexist", listener_id=listener)
        assert unknown.status_code == 404
        empty = create_subscription.sync_detailed(client=client, emitter_id="", listener_id=listener)
        assert empty.status_code == 400
    finally:
        delete_source.sync_detailed(emitter, client=client)
        delete_source.sync_detailed(listener, client=client)
