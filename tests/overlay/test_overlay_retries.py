"""Retries in one transport: what is retried for which method, the waits, Retry-After and caps."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest
from overlay_fakes import FakeServer, json_response
from pipedream_rest import (
    APITimeoutError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
    parse_retry_after,
)
from pipedream_rest.retries import is_retryable_error, is_retryable_status, may_have_been_applied
from pipedream_rest_client.api.components import create_component
from pipedream_rest_client.api.sources import delete_source, list_sources, update_source
from pipedream_rest_client.models import CreateComponentRequest, UpdateSourceRequest

OK_PAGE = {"data": [], "page_info": {}}
NOW = 1_700_000_000.0


def http_date(epoch_seconds: float) -> str:
    return format_datetime(datetime.fromtimestamp(epoch_seconds, UTC), usegmt=True)


def test_429_then_200_succeeds_after_one_wait(make_client, server, sleeps) -> None:
    server.answer(json_response(429, {"error": "slow down"}), json_response(200, OK_PAGE))
    with make_client() as client:
        page = list_sources.sync(client=client)
    assert page is not None and len(server.requests) == 2
    assert sleeps.waits == [0.5]


def test_429_is_retried_for_post_too(make_client, server, sleeps) -> None:
    server.answer(json_response(429, {"error": "slow"}), json_response(200, {"data": {}}))
    with make_client() as client:
        create_component.sync(client=client, body=CreateComponentRequest(component_code="x"))
    assert [r.method for r in server.requests] == ["POST", "POST"]


def test_503_on_post_is_not_retried(make_client, server, sleeps) -> None:
    server.answer(json_response(503, {"error": "unavailable"}), json_response(200, {"data": {}}))
    with make_client() as client, pytest.raises(InternalServerError):
        create_component.sync(client=client, body=CreateComponentRequest(component_code="x"))
    assert len(server.requests) == 1 and sleeps.waits == []


def test_503_on_get_is_retried(make_client, server, sleeps) -> None:
    server.answer(json_response(503, {"error": "unavailable"}), json_response(200, OK_PAGE))
    with make_client() as client:
        list_sources.sync(client=client)
    assert [r.method for r in server.requests] == ["GET", "GET"]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_transient_5xx_retried_for_put_and_delete(make_client, server, status) -> None:
    server.answer(json_response(status, {"error": "x"}), httpx.Response(200, json={"data": {}}))
    with make_client() as client:
        update_source.sync_detailed("dc_1", client=client, body=UpdateSourceRequest(active=False))
        server.answer(json_response(status, {"error": "x"}), httpx.Response(200))
        delete_source.sync_detailed("dc_1", client=client)
    assert [r.method for r in server.requests][:2] == ["PUT", "PUT"]
    assert len(server.requests) == 4


def test_408_is_retried_for_post(make_client, server) -> None:
    server.answer(httpx.Response(408), json_response(200, {"data": {}}))
    with make_client() as client:
        create_component.sync(client=client, body=CreateComponentRequest(component_code="x"))
    assert len(server.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422, 501])
def test_other_statuses_are_not_retried(make_client, server, status) -> None:
    server.answer(json_response(status, {"error": "no"}), json_response(200, OK_PAGE))
    with make_client() as client, pytest.raises(Exception):  # noqa: B017  (class tested elsewhere)
        list_sources.sync(client=client)
    assert len(server.requests) == 1


def test_409_on_post_is_not_retried(make_client, server) -> None:
    server.answer(json_response(409, {"error": "exists"}))
    with make_client() as client, pytest.raises(ConflictError):
        create_component.sync(client=client, body=CreateComponentRequest(component_code="x"))
    assert len(server.requests) == 1


def test_connection_error_is_retried_for_post(make_client, server) -> None:
    server.answer(httpx.ConnectError("refused"), json_response(200, {"data": {}}))
    with make_client() as client:
        create_component.sync(client=client, body=CreateComponentRequest(component_code="x"))
    assert len(server.requests) == 2


# Which failures without an answer are retried, per method: a POST or PATCH only when the
# request never left (the server cannot have acted on it).
NEVER_SENT = [httpx.ConnectError("refused"), httpx.ConnectTimeout("t"), httpx.PoolTimeout("t")]
MAYBE_APPLIED = [
    httpx.ReadTimeout("t"),
    httpx.WriteTimeout("t"),
    httpx.ReadError("reset"),
    httpx.WriteError("broken pipe"),
    httpx.RemoteProtocolError("Server disconnected without sending a response."),
]


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST", "PATCH"])
@pytest.mark.parametrize("error", NEVER_SENT + MAYBE_APPLIED, ids=lambda e: type(e).__name__)
def test_retry_table_for_failures_without_an_answer(method: str, error: httpx.RequestError) -> None:
    idempotent = method in ("GET", "PUT", "DELETE")
    retried = idempotent or any(error is e for e in NEVER_SENT)
    assert is_retryable_error(method, error) is retried
    assert may_have_been_applied(method, error) is (not retried)


@pytest.mark.parametrize(
    ("method", "status", "retry_after", "retried"),
    [
        ("POST", 503, None, False),
        ("POST", 503, 1.0, True),
        ("PATCH", 500, 2.0, True),
        ("PATCH", 502, None, False),
        ("POST", 400, 1.0, False),
        ("POST", 429, None, True),
        ("PATCH", 408, None, True),
        ("GET", 504, None, True),
    ],
)
def test_retry_table_for_statuses(
    method: str, status: int, retry_after: float | None, retried: bool
) -> None:
    assert is_retryable_status(method, status, retry_after=retry_after) is retried


def test_post_read_timeout_is_not_retried_and_says_so(make_client, server, sleeps) -> None:
    server.answer(httpx.ReadTimeout("timed out"), json_response(200, {"data": {}}))
    with make_client() as client, pytest.raises(APITimeoutError, match="may have been applied"):
        create_component.sync(client=client, body=CreateComponentRequest(component_code="x"))
    assert len(server.requests) == 1 and sleeps.waits == []


def test_get_read_timeout_error_does_not_say_it_may_have_been_applied(make_client, server) -> None:
    server.answer(httpx.ReadTimeout("timed out"))
    with make_client(max_retries=0) as client, pytest.raises(APITimeoutError) as caught:
        list_sources.sync(client=client)
    assert not caught.value.may_have_been_applied and "applied" not in str(caught.value)


def test_exponential_backoff_with_jitter(server, sleeps, make_client) -> None:
    jitter = iter([0.0, 1.0, 0.5, 0.0, 0.0])
    policy = RetryPolicy(sleep=sleeps.sleep, random=lambda: next(jitter), max_delay=1.5)
    server.answer(json_response(503, {"error": "down"}))
    with (
        make_client(max_retries=4, retry_policy=policy) as client,
        pytest.raises(InternalServerError),
    ):
        list_sources.sync(client=client)
    # 0.5, 1.0 and 2.0 capped to 1.5, each shrunk by 25 % * random()
    assert sleeps.waits == [0.5, 0.75, 1.5 * 0.875, 1.5]
    assert len(server.requests) == 5


def test_default_backoff_runs_from_half_a_second_to_eight(server, sleeps, make_client) -> None:
    """README: "Exponential backoff from 0.5 s to 8 s with jitter" (here without the jitter)."""
    policy = RetryPolicy(sleep=sleeps.sleep, random=lambda: 0.0)
    server.answer(json_response(503, {"error": "down"}))
    with (
        make_client(max_retries=6, retry_policy=policy) as client,
        pytest.raises(InternalServerError),
    ):
        list_sources.sync(client=client)
    assert sleeps.waits == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_max_retries_per_client_and_per_call(make_client, server, sleeps) -> None:
    server.answer(json_response(503, {"error": "down"}))
    client = make_client(max_retries=3)
    with client, pytest.raises(InternalServerError):
        list_sources.sync(client=client)
    assert len(server.requests) == 4
    with client.with_options(max_retries=0) as once, pytest.raises(InternalServerError):
        list_sources.sync(client=once)
    assert len(server.requests) == 5


def test_retry_after_seconds_is_the_wait(make_client, server, sleeps) -> None:
    server.answer(
        json_response(429, {"error": "slow"}, headers={"retry-after": "7"}),
        json_response(200, OK_PAGE),
    )
    with make_client() as client:
        list_sources.sync(client=client)
    assert sleeps.waits == [7.0]


def test_retry_after_over_the_cap_raises_at_once(make_client, server, sleeps) -> None:
    server.answer(json_response(429, {"error": "slow"}, headers={"retry-after": "3600"}))
    with make_client() as client, pytest.raises(RateLimitError) as caught:
        list_sources.sync(client=client)
    assert caught.value.retry_after == 3600.0
    assert len(server.requests) == 1 and sleeps.waits == []


def test_rate_limit_error_after_retries_carries_retry_after(make_client, server) -> None:
    server.answer(json_response(429, {"error": "slow"}, headers={"retry-after-ms": "250"}))
    with make_client(max_retries=1) as client, pytest.raises(RateLimitError) as caught:
        list_sources.sync(client=client)
    assert caught.value.retry_after == 0.25 and len(server.requests) == 2


def test_503_with_long_retry_after_is_not_waited_for(make_client, server, sleeps) -> None:
    server.answer(json_response(503, {"error": "down"}, headers={"retry-after": "120"}))
    with make_client() as client, pytest.raises(InternalServerError):
        list_sources.sync(client=client)
    assert len(server.requests) == 1 and sleeps.waits == []


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": " 20 "}, 20.0),
        ({"retry-after": "0"}, None),
        ({"retry-after": "-5"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": ""}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": http_date(NOW + 30)}, 30.0),
        ({"retry-after": http_date(NOW - 30)}, None),
        ({"retry-after": http_date(NOW)}, None),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00"}, None),  # no zone: not an HTTP-date
        ({"retry-after": "Thu, 99 Zzz 2015 99:99:99 GMT"}, None),
        ({"retry-after": "3600"}, 3600.0),  # over the cap: parsed; the transport decides
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),
        ({"retry-after-ms": "bad", "retry-after": "9"}, 9.0),
        ({"retry-after-ms": "-1"}, None),
        ({}, None),
    ],
)
def test_retry_after_table(headers, expected) -> None:
    assert parse_retry_after(httpx.Headers(headers), NOW) == expected


@pytest.mark.parametrize(
    ("retry_after", "waits", "requests", "raised_retry_after"),
    [
        ("2", [2.0], 2, None),
        ("0", [0.5], 2, None),
        ("-1", [0.5], 2, None),
        ("garbage", [0.5], 2, None),
        ("", [0.5], 2, None),
        (http_date(NOW - 60), [0.5], 2, None),
        (http_date(NOW + 10), [10.0], 2, None),
        (http_date(NOW + 600), [], 1, 600.0),
        ("61", [], 1, 61.0),
        ("60", [60.0], 2, None),
    ],
)
def test_retry_after_table_through_the_transport(
    make_client, server, sleeps, retry_after, waits, requests, raised_retry_after
) -> None:
    policy = RetryPolicy(sleep=sleeps.sleep, random=lambda: 0.0, clock=lambda: NOW)
    server.answer(
        json_response(429, {"error": "slow"}, headers={"retry-after": retry_after}),
        json_response(200, OK_PAGE),
    )
    with make_client(retry_policy=policy) as client:
        if raised_retry_after is None:
            list_sources.sync(client=client)
        else:
            with pytest.raises(RateLimitError) as caught:
                list_sources.sync(client=client)
            assert caught.value.retry_after == raised_retry_after
    assert sleeps.waits == waits and len(server.requests) == requests


def test_bad_policy_values_are_rejected() -> None:
    with pytest.raises(ValueError, match="max_retry_after"):
        RetryPolicy(max_retry_after=-1)


def test_async_twin_retries_the_same(make_client, server: FakeServer, sleeps) -> None:
    server.answer(
        json_response(429, {"error": "slow"}, headers={"retry-after": "3"}),
        httpx.ConnectError("refused"),
        json_response(503, {"error": "down"}),
        json_response(200, OK_PAGE),
    )

    async def run() -> None:
        async with make_client(max_retries=3) as client:
            await list_sources.asyncio(client=client)

    asyncio.run(run())
    assert sleeps.waits == [3.0, 1.0, 2.0] and len(server.requests) == 4


def test_async_503_on_post_is_not_retried(make_client, server, sleeps) -> None:
    server.answer(json_response(503, {"error": "down"}), json_response(200, {"data": {}}))

    async def run() -> None:
        async with make_client() as client:
            await create_component.asyncio(
                client=client, body=CreateComponentRequest(component_code="x")
            )

    with pytest.raises(InternalServerError):
        asyncio.run(run())
    assert len(server.requests) == 1


def test_async_over_the_cap_raises_at_once(make_client, server, sleeps) -> None:
    server.answer(json_response(429, {"error": "slow"}, headers={"retry-after": "999"}))

    async def run() -> None:
        async with make_client() as client:
            await list_sources.asyncio(client=client)

    with pytest.raises(RateLimitError) as caught:
        asyncio.run(run())
    assert caught.value.retry_after == 999.0 and sleeps.waits == []


def test_bad_request_is_never_retried_even_with_retry_after(make_client, server) -> None:
    server.answer(json_response(400, {"error": "bad"}, headers={"retry-after": "1"}))
    with make_client() as client, pytest.raises(BadRequestError):
        list_sources.sync(client=client)
    assert len(server.requests) == 1
