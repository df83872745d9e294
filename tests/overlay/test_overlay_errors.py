"""Any non-2xx answer of any generated call raises from one hierarchy; so do broken connections
and 2xx bodies that are not JSON."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from overlay_fakes import API_KEY, FakeServer, json_response
from pipedream_rest import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PipedreamError,
    RateLimitError,
    UnprocessableEntityError,
)
from pipedream_rest_client.api.components import create_component
from pipedream_rest_client.api.events import delete_source_events
from pipedream_rest_client.api.sources import delete_source, list_sources
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.models import CreateComponentRequest


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (418, APIStatusError),
        (500, InternalServerError),
        (501, InternalServerError),
        (599, InternalServerError),
    ],
)
def test_each_status_raises_its_class(make_client, server, status, error_class) -> None:
    server.answer(json_response(status, {"error": "it went wrong"}))
    with make_client(max_retries=0) as client, pytest.raises(error_class) as caught:
        delete_source.sync("dc_1", client=client)
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, APIStatusError) and isinstance(error, PipedreamError)
    assert (error.status_code, error.message) == (status, "it went wrong")
    assert (error.method, error.path) == ("DELETE", "/v1/sources/dc_1")
    assert error.body == {"error": "it went wrong"}
    assert str(error) == f"{status} it went wrong (DELETE /v1/sources/dc_1)"


def test_undocumented_status_still_raises(make_client, server) -> None:
    # list_sources documents no 404 and no 403: the generated code alone would return None.
    server.answer(json_response(403, {"error": "not yours"}))
    with make_client() as client, pytest.raises(PermissionDeniedError):
        list_sources.sync(client=client)


def test_error_body_without_json_keeps_the_raw_text(make_client, server) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.answer(httpx.Response(502, headers={"content-type": "text/html"}, text=html))
    with make_client(max_retries=0) as client, pytest.raises(InternalServerError) as caught:
        get_current_user.sync(client=client)
    assert caught.value.status_code == 502
    assert caught.value.body == html
    assert "502 Bad Gateway" in caught.value.message


def test_empty_error_body_uses_the_reason_phrase(make_client, server) -> None:
    server.answer(httpx.Response(404))
    with make_client() as client, pytest.raises(NotFoundError) as caught:
        get_current_user.sync(client=client)
    assert caught.value.message == "Not Found" and caught.value.body == ""


def test_long_error_body_is_shortened_in_the_message(make_client, server) -> None:
    server.answer(httpx.Response(400, text="x" * 5000))
    with make_client() as client, pytest.raises(BadRequestError) as caught:
        get_current_user.sync(client=client)
    assert len(caught.value.message) <= 200 and len(caught.value.body) == 5000  # type: ignore[arg-type]


def test_error_with_a_body_message_field(make_client, server) -> None:
    server.answer(json_response(422, {"message": "props invalid", "details": {"a": 1}}))
    with make_client() as client, pytest.raises(UnprocessableEntityError) as caught:
        get_current_user.sync(client=client)
    assert caught.value.message == "props invalid"


@pytest.mark.parametrize("body", [b"<html>oops</html>", b"", b"\xff\xfe not utf-8", b"{truncated"])
def test_a_2xx_body_that_is_not_json_raises_validation_error(make_client, server, body) -> None:
    server.answer(httpx.Response(200, headers={"content-type": "application/json"}, content=body))
    with make_client() as client, pytest.raises(APIResponseValidationError) as caught:
        list_sources.sync(client=client)
    error = caught.value
    assert (error.status_code, error.method, error.path) == (200, "GET", "/v1/users/me/sources")
    assert "not valid JSON" in str(error)
    assert len(server.requests) == 1  # a success is never retried


def test_a_2xx_without_body_where_none_is_expected_is_fine(make_client, server) -> None:
    server.answer(httpx.Response(202))
    with make_client() as client:
        response = delete_source_events.sync_detailed("dc_1", client=client)
    assert response.status_code == 202


def test_connection_reset_raises_connection_error_after_retries(make_client, server) -> None:
    server.answer(httpx.ReadError("Connection reset by peer"))
    with make_client(max_retries=2) as client, pytest.raises(APIConnectionError) as caught:
        get_current_user.sync(client=client)
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ReadError)
    assert (caught.value.method, caught.value.path) == ("GET", "/v1/users/me")
    assert len(server.requests) == 3


def test_timeout_raises_timeout_error(make_client, server) -> None:
    server.answer(httpx.ReadTimeout("timed out"))
    with make_client(max_retries=1) as client, pytest.raises(APITimeoutError) as caught:
        get_current_user.sync(client=client)
    assert isinstance(caught.value, APIConnectionError) and isinstance(caught.value, APIError)
    assert len(server.requests) == 2


def test_post_errors_raise_too(make_client, server) -> None:
    server.answer(json_response(400, {"error": "code is required"}))
    with make_client() as client, pytest.raises(BadRequestError, match="code is required"):
        create_component.sync(client=client, body=CreateComponentRequest(component_code="x"))


def test_async_twin_raises_the_same(make_client, server: FakeServer) -> None:
    server.answer(
        json_response(404, {"error": "no such source"}),
        httpx.Response(200, content=b"not json"),
        httpx.ConnectError("refused"),
    )

    async def run() -> list[type[BaseException]]:
        raised = []
        async with make_client(max_retries=0) as client:
            for _ in range(3):
                try:
                    await list_sources.asyncio(client=client)
                except PipedreamError as error:
                    raised.append(type(error))
        return raised

    assert asyncio.run(run()) == [NotFoundError, APIResponseValidationError, APIConnectionError]


def test_str_and_repr_of_errors_hold_no_headers_or_key(make_client, server) -> None:
    server.answer(
        json_response(401, {"error": "bad key"}, headers={"x-secret-header": "hdr-value"}),
    )
    with make_client() as client, pytest.raises(AuthenticationError) as caught:
        get_current_user.sync(client=client)
    for text in (str(caught.value), repr(caught.value)):
        assert API_KEY not in text and API_KEY[-8:] not in text
        assert "authorization" not in text.lower() and "Bearer" not in text
        assert "hdr-value" not in text and "x-secret-header" not in text
    assert repr(caught.value) == "AuthenticationError('401 bad key (GET /v1/users/me)')"
