"""The grouped client: ``client.<tag>.<method>()``, generated from the spec, returning 2xx models,
with lists that page themselves, sync and async."""

from __future__ import annotations

import functools
import inspect

import httpx
import pytest
import yaml
from overlay_fakes import API_KEY, BASE_URL, FakeServer, json_response, page
from pipedream_rest import NotFoundError, Pipedream
from pipedream_rest.groups import Events
from pipedream_rest_client import AuthenticatedClient, api
from pipedream_rest_client.api.sources import Sources
from pipedream_rest_client.models import Expand, SourceResponse, UpdateSourceRequest
from pipedream_rest_client.types import UNSET
from pipedream_rest_runtime.paging import AsyncPage, SyncPage
from pipedream_rest_runtime.responses import UnexpectedAnswerError
from spec_tools import ROOT

THREE_PAGES = [
    json_response(200, page(["a", "b"], start="a", end="b")),
    json_response(200, page(["c", "d"], start="c", end="d")),
    json_response(200, page(["e"], start="e", end="e")),
    json_response(200, page([])),
]
SOURCE = {
    "id": "dc_1",
    "name": "rss",
    "name_slug": "rss",
    "component_id": "sc_1",
    "configured_props": {},
    "active": True,
    "created_at": 1,
    "updated_at": 2,
}


def operation_ids() -> set[str]:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def group_methods() -> dict[str, tuple[str, str]]:
    """operationId -> (tag, method), read from each group method's docstring."""
    client = Pipedream(API_KEY, base_url=BASE_URL)
    found: dict[str, tuple[str, str]] = {}
    for tag, attribute in vars(api.GroupedClient).items():
        if not isinstance(attribute, functools.cached_property):
            continue
        for name, method in inspect.getmembers(type(getattr(client, tag)), inspect.isfunction):
            doc = method.__doc__ or ""
            if "(operation ``" in doc and not name.startswith("async_"):
                operation = doc.split("(operation ``")[1].split("``")[0]
                assert operation not in found, f"{operation} is two methods"
                found[operation] = (tag, name)
    return found


def test_every_operation_of_the_spec_is_a_method_of_its_group_sync_and_async() -> None:
    methods = group_methods()
    assert set(methods) == operation_ids()
    client = Pipedream(API_KEY, base_url=BASE_URL)
    for tag, name in methods.values():
        group = getattr(client, tag)
        assert callable(getattr(group, name)) and callable(getattr(group, f"async_{name}"))
    assert methods["list_source_events"] == ("events", "list")
    assert methods["create_webhook"] == ("webhooks", "create")
    assert methods["list_workspace_sources"] == ("workspaces", "list_sources")


def test_path_templates_hold_every_path_of_the_spec() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    assert set(api.PATH_TEMPLATES) == set(spec["paths"])


def test_groups_are_made_once_per_client_and_events_has_the_hand_written_subclass(
    client: Pipedream,
) -> None:
    assert client.sources is client.sources
    assert isinstance(client.events, Events)
    assert client.with_options(max_retries=0).sources is not client.sources


def test_a_list_returns_the_first_page_and_iterates_every_item_lazily(
    client: Pipedream, server: FakeServer
) -> None:
    server.answer(*THREE_PAGES)
    sources = client.sources.list(limit=2, include="id")
    assert isinstance(sources, SyncPage)
    assert [s.id for s in sources.data] == ["a", "b"]
    assert sources.page_info.end_cursor == "b" and sources.has_next_page()
    assert len(server.requests) == 1
    walk = iter(sources)
    assert [next(walk).id for _ in range(3)] == ["a", "b", "c"]
    assert len(server.requests) == 2  # the third page is not fetched yet
    assert [s.id for s in walk] == ["d", "e"]
    assert server.queries[1:] == [
        {"limit": "2", "include": "id", "after": "b"},
        {"limit": "2", "include": "id", "after": "d"},
        {"limit": "2", "include": "id", "after": "e"},
    ]


def test_a_list_walks_back_from_before(client: Pipedream, server: FakeServer) -> None:
    server.answer(json_response(200, page(["x"], start="x", end="x")), json_response(200, page([])))
    assert [e.id for e in client.events.list("dc_1", before="z", expand=Expand.EVENT)] == ["x"]
    assert server.requests[0].url.path == "/v1/sources/dc_1/event_summaries"
    assert server.queries == [
        {"limit": "10", "before": "z", "expand": "event"},
        {"limit": "10", "before": "x", "expand": "event"},
    ]


def test_a_list_refuses_before_and_after_together_before_sending(
    client: Pipedream, server: FakeServer
) -> None:
    with pytest.raises(ValueError, match="either 'before' or 'after'"):
        client.sources.list(before="a", after="b")
    with pytest.raises(ValueError, match="either 'before' or 'after'"):
        client.sources.async_list(before="a", after="b")
    assert server.requests == []


async def test_async_list_awaits_to_the_first_page_and_async_iterates_every_item(
    client: Pipedream, server: FakeServer
) -> None:
    server.answer(*THREE_PAGES)
    first = await client.sources.async_list(limit=2)
    assert isinstance(first, AsyncPage)
    assert [s.id for s in first.data] == ["a", "b"] and len(server.requests) == 1
    assert [s.id async for s in first] == ["a", "b", "c", "d", "e"]
    server.restart(*THREE_PAGES)
    assert [s.id async for s in client.sources.async_list(limit=2)] == ["a", "b", "c", "d", "e"]


def test_webhook_creation_takes_url(client: Pipedream, server: FakeServer) -> None:
    hook = {
        "id": "wh_1",
        "name": "n",
        "description": "d",
        "url": "https://example.com/hook",
        "active": True,
        "created_at": 1,
        "updated_at": 1,
    }
    server.answer(json_response(200, {"data": hook}))
    created = client.webhooks.create(url="https://example.com/hook", name="n")
    assert created.data.id == "wh_1"
    assert server.queries == [{"url": "https://example.com/hook", "name": "n"}]
    assert "url" in inspect.signature(client.webhooks.create).parameters


def test_a_call_returns_its_2xx_model_and_a_bodiless_one_returns_none(
    client: Pipedream, server: FakeServer
) -> None:
    server.answer(json_response(200, {"data": SOURCE}), httpx.Response(204))
    updated = client.sources.update("dc_1", body=UpdateSourceRequest(active=True))
    assert isinstance(updated, SourceResponse) and updated.data.name == "rss"
    assert client.sources.delete("dc_1") is None


async def test_create_auto_returns_the_model_or_none_for_204(
    client: Pipedream, server: FakeServer
) -> None:
    body = {"data": {"id": "sub_1", "event_name": "e", "listener_id": "p_1"}}
    server.answer(json_response(200, body), httpx.Response(204))
    made = await client.subscriptions.async_create_auto(event_name="e", listener_id="p_1")
    assert made is not None and made.to_dict() == body
    assert await client.subscriptions.async_create_auto(event_name="e", listener_id="p_1") is None


def test_errors_raise_the_typed_exception(client: Pipedream, server: FakeServer) -> None:
    server.answer(json_response(404, {"error": "not found"}))
    with pytest.raises(NotFoundError):
        client.sources.delete("dc_missing")


def test_a_group_on_a_bare_generated_client_raises_instead_of_returning_the_error(
    server: FakeServer,
) -> None:
    server.answer(json_response(404, {"error": "not found"}))
    bare = AuthenticatedClient(base_url=BASE_URL, token=API_KEY)
    bare.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(server)))
    with pytest.raises(UnexpectedAnswerError, match="delete_source answered 404 with Error"):
        Sources(bare).delete("dc_missing")


def test_a_field_left_out_by_include_reads_as_unset_never_a_key_error(
    client: Pipedream, server: FakeServer
) -> None:
    body = {
        "page_info": {"count": 1, "start_cursor": "a", "end_cursor": "a"},
        "data": [{"id": "dc_1"}],
    }
    server.answer(json_response(200, body), json_response(200, page([])))
    (source,) = list(client.sources.list(include="id"))
    assert source.id == "dc_1"
    assert source.name is UNSET and source.configured_props is UNSET
    assert not source.name  # UNSET is falsy
    assert source.to_dict() == {"id": "dc_1"}
