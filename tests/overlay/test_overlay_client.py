"""Pipedream(): one way in, usable as `client=` by every generated operation unchanged."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest
from overlay_fakes import API_KEY, BASE_URL, FakeServer, json_response
from pipedream_rest import DEFAULT_BASE_URL, Pipedream, PipedreamError
from pipedream_rest_client import AuthenticatedClient
from pipedream_rest_client.api.sources import list_sources
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.models import UserResponse

USER = {"data": {"id": "u_1", "username": "ada", "email": "ada@example.com"}}


def test_is_the_generated_authenticated_client() -> None:
    assert isinstance(Pipedream(API_KEY), AuthenticatedClient)


def test_every_generated_variant_works_with_it(make_client, server: FakeServer) -> None:
    server.answer(json_response(200, USER))
    with make_client() as client:
        parsed = get_current_user.sync(client=client)
        detailed = get_current_user.sync_detailed(client=client)
    assert isinstance(parsed, UserResponse) and parsed.data.username == "ada"
    assert detailed.status_code == 200 and isinstance(detailed.parsed, UserResponse)

    async def both_async() -> tuple[object, object]:
        async with make_client() as client:
            return (
                await get_current_user.asyncio(client=client),
                await get_current_user.asyncio_detailed(client=client),
            )

    parsed_async, detailed_async = asyncio.run(both_async())
    assert isinstance(parsed_async, UserResponse)
    assert detailed_async.status_code == 200  # type: ignore[attr-defined]
    assert [r.url.path for r in server.requests] == ["/v1/users/me"] * 4
    assert {r.headers["authorization"] for r in server.requests} == {f"Bearer {API_KEY}"}


def test_api_key_from_the_environment_is_read_when_called(monkeypatch, server) -> None:
    monkeypatch.setenv("PIPEDREAM_API_KEY", "key-set-after-import-0000000000")
    server.answer(json_response(200, USER))
    mock = httpx.MockTransport(server)
    with Pipedream(base_url=BASE_URL, transport=mock) as client:
        get_current_user.sync(client=client)
    assert server.requests[0].headers["authorization"] == "Bearer key-set-after-import-0000000000"


def test_argument_wins_over_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("PIPEDREAM_API_KEY", "from-env-000000000000000")
    assert Pipedream("from-argument-0000000000").token == "from-argument-0000000000"


@pytest.mark.parametrize("env_value", [None, "", "   "])
def test_missing_key_names_the_argument_and_the_variable(monkeypatch, env_value) -> None:
    if env_value is None:
        monkeypatch.delenv("PIPEDREAM_API_KEY", raising=False)
    else:
        monkeypatch.setenv("PIPEDREAM_API_KEY", env_value)
    with pytest.raises(PipedreamError) as caught:
        Pipedream()
    assert "api_key" in str(caught.value) and "PIPEDREAM_API_KEY" in str(caught.value)


def test_blank_key_argument_is_rejected(monkeypatch) -> None:
    monkeypatch.setenv("PIPEDREAM_API_KEY", "a-valid-key-in-env-000000")
    with pytest.raises(PipedreamError, match="api_key"):
        Pipedream("  ")


@pytest.mark.parametrize(
    ("argument", "env", "expected"),
    [
        (None, None, DEFAULT_BASE_URL),
        ("http://127.0.0.1:8000/v1/", None, "http://127.0.0.1:8000/v1"),
        ("http://127.0.0.1:8000/v1///", None, "http://127.0.0.1:8000/v1"),
        (None, "http://localhost:9/v1/", "http://localhost:9/v1"),
        ("http://arg.test/v1", "http://env.test/v1", "http://arg.test/v1"),
    ],
)
def test_base_url_argument_environment_default_and_trailing_slash(
    monkeypatch, argument, env, expected
) -> None:
    if env is None:
        monkeypatch.delenv("PIPEDREAM_BASE_URL", raising=False)
    else:
        monkeypatch.setenv("PIPEDREAM_BASE_URL", env)
    assert Pipedream(API_KEY, base_url=argument).base_url == expected


def test_trailing_slash_still_reaches_the_right_path(server) -> None:
    server.answer(json_response(200, USER))
    mock = httpx.MockTransport(server)
    with Pipedream(API_KEY, base_url=BASE_URL + "/", transport=mock) as client:
        get_current_user.sync(client=client)
    assert str(server.requests[0].url) == "http://sandbox.test/v1/users/me"


def test_base_url_without_scheme_is_rejected() -> None:
    with pytest.raises(PipedreamError, match="base_url"):
        Pipedream(API_KEY, base_url="api.pipedream.com/v1")


@pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
def test_bad_max_retries_is_rejected(bad) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        Pipedream(API_KEY, max_retries=bad)


def test_timeout_number_and_default() -> None:
    assert Pipedream(API_KEY).get_httpx_client().timeout.connect == 5.0
    assert Pipedream(API_KEY, timeout=3).get_httpx_client().timeout.read == 3.0


def test_with_options_shares_the_connections_and_keeps_the_original(make_client) -> None:
    client = make_client(max_retries=5)
    once = client.with_options(max_retries=0, timeout=1.5)
    assert (client.max_retries, once.max_retries) == (5, 0)
    assert once._pools is client._pools
    assert once.get_httpx_client() is not client.get_httpx_client()
    assert once.get_httpx_client().timeout.read == 1.5
    assert isinstance(once, Pipedream) and once.token == client.token


def test_closing_a_copy_leaves_the_shared_pool_open(make_client, server) -> None:
    server.answer(json_response(200, USER))
    client = make_client()
    with client.with_options(max_retries=0) as once:
        get_current_user.sync(client=once)
    with client:
        get_current_user.sync(client=client)
    assert len(server.requests) == 2


def test_generated_with_methods_still_work(make_client, server) -> None:
    server.answer(json_response(200, USER))
    client = make_client()
    with client.with_headers({"x-trace": "t1"}).with_timeout(httpx.Timeout(2.0)) as copy:
        get_current_user.sync(client=copy)
    with client.with_cookies({"c": "1"}) as copy:
        get_current_user.sync(client=copy)
    assert server.requests[0].headers["x-trace"] == "t1"
    assert server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert server.requests[1].headers["cookie"] == "c=1"


def test_context_managers_close_the_connections(make_client) -> None:
    client = make_client()
    with client:
        pass
    assert client.get_httpx_client().is_closed

    async def run() -> bool:
        async with client:
            pass
        return client.get_async_httpx_client().is_closed

    assert asyncio.run(run())


def test_close_and_aclose(make_client) -> None:
    client = make_client()
    client.get_httpx_client()
    client.close()
    assert client.get_httpx_client().is_closed
    client.get_async_httpx_client()
    asyncio.run(client.aclose())
    assert client.get_async_httpx_client().is_closed


def test_list_operation_typed_result(make_client: Callable[..., Pipedream], server) -> None:
    server.answer(json_response(200, {"data": [{"id": "dc_1"}], "page_info": {}}))
    with make_client() as client:
        page = list_sources.sync(client=client, limit=1)
    assert page is not None and page.data[0].id == "dc_1"  # type: ignore[union-attr]


def test_public_names_are_exported_and_typed() -> None:
    import importlib.resources

    import pipedream_rest

    assert all(hasattr(pipedream_rest, name) for name in pipedream_rest.__all__)
    assert {"Pipedream", "paginate", "apaginate", "RateLimitError"} <= set(pipedream_rest.__all__)
    assert (importlib.resources.files("pipedream_rest") / "py.typed").is_file()
