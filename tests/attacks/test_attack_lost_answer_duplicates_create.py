"""Attack: a server that creates the source and then loses the answer must not get a second
``POST /sources`` (issue 11, item 1; the README promises "never a second ``POST /sources``").

A real loopback server acts on the request (it counts the create) and then drops the connection:
it never answers (read timeout), closes it, or resets it. With the default ``max_retries=2`` the
client used to send the create three times. Now it raises at once, saying the request may have
been applied; the cases where the server provably did not act (connection refused, ``429``, a
``5xx`` with ``Retry-After``) are still retried, and idempotent requests keep their retries.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest
from loopback_http import Drop, LoopbackServer, Received, Reply, free_port
from pipedream_rest import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    Pipedream,
    RetryPolicy,
)
from pipedream_rest_client.api.sources import create_source, list_sources
from pipedream_rest_client.models import CreateSourceRequest, SourceResponse

API_KEY = "pd_attack_0123456789abcdef0123456789"
CREATE = ("POST", "/v1/sources")
SOURCE = {"data": {"id": "dc_made", "name": "made once"}}
PAGE = {"data": [], "page_info": {"count": 0}}
BODY = CreateSourceRequest(component_id="sc_timer")
READ_TIMEOUT = 0.3
ERROR_FOR = {"hang": APITimeoutError, "close": APIConnectionError, "reset": APIConnectionError}


def make_client(url: str, wait: Callable[[float], None] = lambda _: None) -> Pipedream:
    """Default retries (2); short timeouts; ``wait`` instead of the waits between attempts."""

    async def async_wait(seconds: float) -> None:
        wait(seconds)

    return Pipedream(
        API_KEY,
        base_url=f"{url}/v1",
        timeout=httpx.Timeout(READ_TIMEOUT, connect=2.0),
        retry_policy=RetryPolicy(sleep=wait, async_sleep=async_wait),
    )


def creates_then_drops(how: str) -> Callable[[Received], Reply | Drop]:
    def handler(request: Received) -> Reply | Drop:
        return Drop(how) if (request.method, request.path) == CREATE else Reply.json(200, PAGE)

    return handler


def assert_says_it_may_have_been_applied(error: APIConnectionError, how: str) -> None:
    assert type(error) is ERROR_FOR[how]
    assert error.may_have_been_applied
    assert "may have been applied" in str(error) and "POST /v1/sources" in str(error)


@pytest.mark.parametrize("how", ["hang", "close", "reset"])
def test_a_lost_answer_to_a_create_is_not_sent_again(how: str) -> None:
    with LoopbackServer(creates_then_drops(how)) as server, make_client(server.url) as client:
        with pytest.raises(APIConnectionError) as caught:
            create_source.sync(client=client, body=BODY)
        assert len(server.requests_to(*CREATE)) == 1
    assert_says_it_may_have_been_applied(caught.value, how)


@pytest.mark.parametrize("how", ["hang", "close", "reset"])
async def test_a_lost_answer_to_a_create_is_not_sent_again_async(how: str) -> None:
    with LoopbackServer(creates_then_drops(how)) as server:
        async with make_client(server.url) as client:
            with pytest.raises(APIConnectionError) as caught:
                await create_source.asyncio(client=client, body=BODY)
        assert len(server.requests_to(*CREATE)) == 1
    assert_says_it_may_have_been_applied(caught.value, how)


@pytest.mark.parametrize("how", ["hang", "close", "reset"])
def test_a_lost_answer_to_a_list_is_still_retried(how: str) -> None:
    lost = []

    def handler(request: Received) -> Reply | Drop:
        lost.append(request)
        return Drop(how) if len(lost) <= 2 else Reply.json(200, PAGE)

    with LoopbackServer(handler) as server, make_client(server.url) as client:
        page = list_sources.sync(client=client)
    assert page is not None and len(server.received) == 3


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_refused_connection_is_retried_and_creates_once(asynchronous: bool) -> None:
    """Nothing listens at first; the server comes up during the client's wait before retry 1."""
    port = free_port()
    servers: list[LoopbackServer] = []

    def start_the_server(_: float) -> None:
        if not servers:
            servers.append(LoopbackServer(lambda _: Reply.json(200, SOURCE), port=port))

    async def create_async() -> object:
        async with make_client(f"http://127.0.0.1:{port}", start_the_server) as client:
            return await create_source.asyncio(client=client, body=BODY)

    try:
        if asynchronous:
            made = asyncio.run(create_async())
        else:
            with make_client(f"http://127.0.0.1:{port}", start_the_server) as client:
                made = create_source.sync(client=client, body=BODY)
    finally:
        for server in servers:
            server.close()
    assert isinstance(made, SourceResponse) and made.data.id == "dc_made"
    assert len(servers[0].requests_to(*CREATE)) == 1


@pytest.mark.parametrize(
    "refusal",
    [
        Reply.json(429, {"error": "slow down"}),
        Reply.json(408, {"error": "request timeout"}),
        Reply.json(503, {"error": "busy"}, **{"retry-after": "0.01"}),
    ],
    ids=["429", "408", "503-with-retry-after"],
)
def test_a_create_the_server_refused_is_retried_and_made_once(refusal: Reply) -> None:
    refusals = iter([refusal])  # the first answer refuses; the server acts on the next one
    made: list[Received] = []

    def handler(request: Received) -> Reply:
        refused = next(refusals, None)
        if refused is not None:
            return refused
        made.append(request)
        return Reply.json(200, SOURCE)

    with LoopbackServer(handler) as server, make_client(server.url) as client:
        source = create_source.sync(client=client, body=BODY)
    assert source is not None and len(server.received) == 2 and len(made) == 1


def test_a_create_answered_503_without_retry_after_is_not_retried() -> None:
    with (
        LoopbackServer(lambda _: Reply.json(503, {"error": "busy"})) as server,
        make_client(server.url) as client,
        pytest.raises(InternalServerError),
    ):
        create_source.sync(client=client, body=BODY)
    assert len(server.received) == 1
