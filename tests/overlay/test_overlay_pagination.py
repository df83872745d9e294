"""paginate()/apaginate() over any generated list operation: direction, stops, caps, laziness."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from overlay_fakes import FakeServer, json_response, page
from pipedream_rest import (
    APIResponseValidationError,
    InternalServerError,
    NotFoundError,
    Pipedream,
    PipedreamError,
    apaginate,
    paginate,
)
from pipedream_rest_client import AuthenticatedClient
from pipedream_rest_client.api.events import list_source_events
from pipedream_rest_client.api.sources import list_sources
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.models import Expand

THREE_PAGES = [
    json_response(200, page(["a", "b"], start="a", end="b")),
    json_response(200, page(["c", "d"], start="c", end="d")),
    json_response(200, page(["e"], start="e", end="e")),
    json_response(200, page([])),
]


def ids(items) -> list[str]:
    return [item.id for item in items]


def test_forward_walk_carries_every_parameter(client, server: FakeServer) -> None:
    server.answer(*THREE_PAGES)
    items = paginate(
        list_source_events.sync,
        "dc_1",
        client=client,
        limit=2,
        expand=Expand.EVENT,
        include="id",
        exclude="e",
        org_id="o_1",
    )
    assert ids(items) == ["a", "b", "c", "d", "e"]
    carried = {"limit": "2", "expand": "event", "include": "id", "exclude": "e", "org_id": "o_1"}
    assert server.queries == [
        carried,
        {**carried, "after": "b"},
        {**carried, "after": "d"},
        {**carried, "after": "e"},
    ]
    assert {r.url.path for r in server.requests} == {"/v1/sources/dc_1/event_summaries"}


def test_starting_after_a_cursor_continues_forward(client, server) -> None:
    server.answer(json_response(200, page(["c"], end="c")), json_response(200, page([])))
    assert ids(paginate(list_sources.sync, client=client, after="b")) == ["c"]
    assert [q.get("after") for q in server.queries] == ["b", "c"]


def test_backward_walk_when_started_with_before(client, server) -> None:
    server.answer(
        json_response(200, page(["x", "y"], start="x", end="y")),
        json_response(200, page(["v", "w"], start="v", end="w")),
        json_response(200, page([], start=None, end=None)),
    )
    items = paginate(list_sources.sync, client=client, before="z", limit=2)
    assert ids(items) == ["x", "y", "v", "w"]
    assert server.queries == [
        {"limit": "2", "before": "z"},
        {"limit": "2", "before": "x"},
        {"limit": "2", "before": "v"},
    ]
    assert all("after" not in q for q in server.queries)


def test_before_and_after_together_are_rejected_at_once(client, server) -> None:
    with pytest.raises(ValueError, match="before.*after"):
        paginate(list_sources.sync, client=client, before="a", after="b")
    assert server.requests == []


def test_repeated_cursor_stops_the_walk(client, server) -> None:
    server.answer(
        json_response(200, page(["a"], end="c1")),
        json_response(200, page(["b"], end="c2")),
        json_response(200, page(["a"], end="c1")),  # the server loops back
    )
    assert ids(paginate(list_sources.sync, client=client)) == ["a", "b", "a"]
    assert len(server.requests) == 3


def test_cursor_equal_to_the_one_sent_stops(client, server) -> None:
    server.answer(json_response(200, page(["a"], end="same")))
    assert ids(paginate(list_sources.sync, client=client, after="same")) == ["a"]
    assert len(server.requests) == 1


@pytest.mark.parametrize("end_cursor", [None, ""])
def test_missing_or_empty_cursor_stops(client, server, end_cursor) -> None:
    server.answer(json_response(200, page(["a", "b"], end=end_cursor)))
    assert ids(paginate(list_sources.sync, client=client)) == ["a", "b"]
    assert len(server.requests) == 1


def test_absent_page_info_fields_stop(client, server) -> None:
    server.answer(json_response(200, {"data": [{"id": "a"}], "page_info": {}}))
    assert ids(paginate(list_sources.sync, client=client)) == ["a"]
    assert len(server.requests) == 1


def test_empty_first_page(client, server) -> None:
    server.answer(json_response(200, page([], end="cursor-that-must-not-be-followed")))
    assert list(paginate(list_sources.sync, client=client)) == []
    assert len(server.requests) == 1
    pages = list(paginate(list_sources.sync, client=client).pages())
    assert len(pages) == 1 and list(pages[0].data) == []
    assert len(server.requests) == 2


def test_error_on_page_two_after_page_one_was_yielded(client, server) -> None:
    server.answer(
        json_response(200, page(["a", "b"], end="b")),
        json_response(404, {"error": "source deleted"}),
    )
    seen = []
    with pytest.raises(NotFoundError, match="source deleted"):
        for item in paginate(list_source_events.sync, "dc_1", client=client):
            seen.append(item.id)
    assert seen == ["a", "b"]


def test_server_error_on_page_two_is_retried_then_continues(client, server, sleeps) -> None:
    server.answer(
        json_response(200, page(["a"], end="a")),
        json_response(503, {"error": "blip"}),
        json_response(200, page(["b"], end="b")),
        json_response(200, page([])),
    )
    assert ids(paginate(list_sources.sync, client=client)) == ["a", "b"]
    assert [q.get("after") for q in server.queries] == [None, "a", "a", "b"]


def test_non_json_page_two_raises_validation_error(client, server) -> None:
    server.answer(json_response(200, page(["a"], end="a")), httpx.Response(200, text="<html>"))
    seen = []
    with pytest.raises(APIResponseValidationError):
        for item in paginate(list_sources.sync, client=client):
            seen.append(item.id)
    assert seen == ["a"]


def test_max_items_stops_mid_page_without_fetching_more(client, server) -> None:
    server.answer(*THREE_PAGES)
    assert ids(paginate(list_sources.sync, client=client, limit=2).items(max_items=3)) == [
        "a",
        "b",
        "c",
    ]
    assert len(server.requests) == 2


def test_max_items_on_a_page_boundary_fetches_no_extra_page(client, server) -> None:
    server.answer(*THREE_PAGES)
    assert ids(paginate(list_sources.sync, client=client).items(max_items=2)) == ["a", "b"]
    assert len(server.requests) == 1


def test_max_pages(client, server) -> None:
    server.answer(*THREE_PAGES)
    pages = list(paginate(list_sources.sync, client=client).pages(max_pages=2))
    assert [ids(p.data) for p in pages] == [["a", "b"], ["c", "d"]]
    assert [p.page_info.end_cursor for p in pages] == ["b", "d"]
    server.restart(*THREE_PAGES)
    assert ids(paginate(list_sources.sync, client=client).items(max_pages=1)) == ["a", "b"]
    assert len(server.requests) == 3


def test_zero_caps_fetch_nothing_and_negative_caps_are_rejected(client, server) -> None:
    assert list(paginate(list_sources.sync, client=client).items(max_items=0)) == []
    assert list(paginate(list_sources.sync, client=client).pages(max_pages=0)) == []
    assert server.requests == []
    with pytest.raises(ValueError, match="max_items"):
        paginate(list_sources.sync, client=client).items(max_items=-1)
    with pytest.raises(ValueError, match="max_pages"):
        paginate(list_sources.sync, client=client).pages(max_pages=-1)


def test_lazy_one_request_per_page_as_items_are_consumed(client, server) -> None:
    server.answer(*THREE_PAGES)
    items = iter(paginate(list_sources.sync, client=client, limit=2))
    assert server.requests == []
    assert next(items).id == "a"
    assert len(server.requests) == 1
    next(items)
    assert len(server.requests) == 1
    assert next(items).id == "c"
    assert len(server.requests) == 2


def test_each_iteration_starts_again(client, server) -> None:
    server.answer(json_response(200, page(["a"], end=None)))
    walk = paginate(list_sources.sync, client=client)
    assert ids(walk) == ["a"] and ids(walk) == ["a"]
    assert len(server.requests) == 2


def test_a_non_list_operation_is_refused_before_sending(client, server) -> None:
    with pytest.raises(TypeError, match=r"get_current_user\.sync returns UserResponse.*page_info"):
        paginate(get_current_user.sync, client=client)  # type: ignore[arg-type]
    assert server.requests == []


def test_a_function_without_annotations_is_checked_page_by_page(client, server) -> None:
    server.answer(json_response(200, {"data": {"id": "u_1"}}))

    def current_user(**kwargs):  # no return annotation: nothing to read up front
        return get_current_user.sync(**kwargs)

    with pytest.raises(PipedreamError, match="not a page"):
        list(paginate(current_user, client=client))


def test_plain_generated_client_error_model_is_reported(server) -> None:
    server.answer(json_response(401, {"error": "bad key"}))
    plain = AuthenticatedClient(base_url="http://sandbox.test/v1", token="t")
    plain.set_httpx_client(
        httpx.Client(base_url="http://sandbox.test/v1", transport=httpx.MockTransport(server))
    )
    with pytest.raises(PipedreamError, match="bad key"):
        list(paginate(list_sources.sync, client=plain))


def test_async_forward_walk_and_pages(make_client, server: FakeServer) -> None:
    server.answer(*THREE_PAGES)

    async def run() -> tuple[list[str], list[list[str]]]:
        async with make_client() as client:
            items = [
                e.id
                async for e in apaginate(list_source_events.asyncio, "dc_1", client=client, limit=2)
            ]
            walk = apaginate(list_sources.asyncio, client=client, limit=2)
            server.restart(*THREE_PAGES)
            pages = [ids(p.data) async for p in walk.pages(max_pages=2)]
            return items, pages

    items, pages = asyncio.run(run())
    assert items == ["a", "b", "c", "d", "e"]
    assert pages == [["a", "b"], ["c", "d"]]
    assert [q.get("after") for q in server.queries] == [None, "b", "d", "e", None, "b"]
    assert all(q["limit"] == "2" for q in server.queries)


def test_async_backward_walk_max_items_and_repeat_guard(make_client, server) -> None:
    server.answer(
        json_response(200, page(["x", "y"], start="x", end="y")),
        json_response(200, page(["v"], start="x", end="v")),  # start cursor repeats
    )

    async def run() -> tuple[list[str], list[str]]:
        async with make_client() as client:
            walk = apaginate(list_sources.asyncio, client=client, before="z")
            everything = [s.id async for s in walk]
            server.restart(json_response(200, page(["x", "y"], start="x", end="y")))
            capped = [s.id async for s in walk.items(max_items=1)]
            return everything, capped

    everything, capped = asyncio.run(run())
    assert everything == ["x", "y", "v"] and capped == ["x"]
    assert [q.get("before") for q in server.queries] == ["z", "x", "z"]


def test_async_error_on_page_two(make_client, server) -> None:
    server.answer(json_response(200, page(["a"], end="a")), json_response(500, {"error": "boom"}))
    seen: list[str] = []

    async def run() -> None:
        async with make_client(max_retries=0) as client:
            async for source in apaginate(list_sources.asyncio, client=client):
                seen.append(source.id)

    with pytest.raises(InternalServerError):
        asyncio.run(run())
    assert seen == ["a"]


def test_async_before_and_after_rejected(make_client) -> None:
    client: Pipedream = make_client()
    with pytest.raises(ValueError, match="not both"):
        apaginate(list_sources.asyncio, client=client, before="a", after="b")
