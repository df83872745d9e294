"""OAuth client credentials: which credential is used, the token's life (first use, refresh before
expiry, one refresh on a 401), one refresh shared by concurrent threads and tasks, and secrecy."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from overlay_fakes import (
    API_KEY,
    BASE_URL,
    CLIENT_ID,
    CLIENT_SECRET,
    TOKEN_PATH,
    FakeClock,
    Sleeps,
    TokenServer,
    json_response,
)
from pipedream_rest import (
    AuthenticationError,
    ClientCredentialsAuth,
    InternalServerError,
    Pipedream,
    PipedreamError,
    RetryPolicy,
)
from pipedream_rest_client import Client
from pipedream_rest_client.api.sources import list_sources, update_source
from pipedream_rest_client.models import OAuthToken, OAuthTokenRequest, UpdateSourceRequest

CREDENTIAL_VARIABLES = ("PIPEDREAM_API_KEY", "PIPEDREAM_CLIENT_ID", "PIPEDREAM_CLIENT_SECRET")
THREADS = 8


@pytest.fixture(autouse=True)
def no_credentials_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in CREDENTIAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def tokens() -> TokenServer:
    return TokenServer()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_oauth(tokens: TokenServer, clock: FakeClock, sleeps: Sleeps) -> Callable[..., Pipedream]:
    """A client with client credentials on the fake token server and the fake clock."""

    def make(**options: Any) -> Pipedream:
        options.setdefault(
            "retry_policy",
            RetryPolicy(sleep=sleeps.sleep, async_sleep=sleeps.async_sleep, random=lambda: 0.0),
        )
        return Pipedream(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            base_url=BASE_URL,
            transport=httpx.MockTransport(tokens),
            async_transport=httpx.MockTransport(tokens.handle_async),
            token_clock=clock,
            **options,
        )

    return make


def bearer(request: httpx.Request) -> str:
    return request.headers["authorization"].removeprefix("Bearer ")


# --- Which credential -------------------------------------------------------------------------


def test_client_credentials_from_arguments() -> None:
    client = Pipedream(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    assert client.client_id == CLIENT_ID and client.token == ""
    assert isinstance(client.get_httpx_client().auth, ClientCredentialsAuth)
    assert "authorization" not in client.get_httpx_client().headers


def test_client_credentials_from_the_environment_read_when_called(monkeypatch) -> None:
    monkeypatch.setenv("PIPEDREAM_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("PIPEDREAM_CLIENT_SECRET", CLIENT_SECRET)
    assert Pipedream().client_id == CLIENT_ID


def test_api_key_client_has_no_client_id_and_no_auth_flow() -> None:
    client = Pipedream(API_KEY)
    assert client.client_id is None and client.get_httpx_client().auth is None
    assert client.get_httpx_client().headers["authorization"] == f"Bearer {API_KEY}"


def test_api_key_wins_when_only_the_environment_has_both(monkeypatch) -> None:
    for name, value in zip(CREDENTIAL_VARIABLES, (API_KEY, CLIENT_ID, CLIENT_SECRET), strict=True):
        monkeypatch.setenv(name, value)
    client = Pipedream()
    assert client.token == API_KEY and client.client_id is None


def test_explicit_client_credentials_beat_an_api_key_in_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("PIPEDREAM_API_KEY", API_KEY)
    client = Pipedream(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    assert client.client_id == CLIENT_ID and client.token == ""


def test_explicit_api_key_beats_client_credentials_in_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("PIPEDREAM_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("PIPEDREAM_CLIENT_SECRET", CLIENT_SECRET)
    assert Pipedream(API_KEY).client_id is None


def test_an_api_key_and_client_credentials_together_are_refused() -> None:
    with pytest.raises(PipedreamError, match="either api_key.*not both"):
        Pipedream(API_KEY, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    with pytest.raises(PipedreamError, match="not both"):
        Pipedream(API_KEY, client_secret=CLIENT_SECRET)


def test_one_half_from_the_argument_the_other_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("PIPEDREAM_CLIENT_SECRET", CLIENT_SECRET)
    assert Pipedream(client_id=CLIENT_ID).client_id == CLIENT_ID


@pytest.mark.parametrize(
    ("given", "missing"),
    [
        ({"client_id": CLIENT_ID}, ("client_secret", "PIPEDREAM_CLIENT_SECRET")),
        ({"client_secret": CLIENT_SECRET}, ("client_id", "PIPEDREAM_CLIENT_ID")),
        ({"client_id": CLIENT_ID, "client_secret": "  "}, ("client_secret",)),
    ],
)
def test_half_of_the_client_credentials_names_the_missing_half(given, missing) -> None:
    with pytest.raises(PipedreamError, match="incomplete OAuth client credentials") as caught:
        Pipedream(**given)
    assert all(name in str(caught.value) for name in missing)
    assert CLIENT_SECRET not in str(caught.value)


def test_half_of_the_client_credentials_in_the_environment_is_refused(monkeypatch) -> None:
    monkeypatch.setenv("PIPEDREAM_CLIENT_ID", CLIENT_ID)
    with pytest.raises(PipedreamError, match="client_secret=... \\(or PIPEDREAM_CLIENT_SECRET\\)"):
        Pipedream()


def test_no_credentials_names_every_argument_and_variable() -> None:
    with pytest.raises(PipedreamError, match="no credentials") as caught:
        Pipedream()
    names = ("api_key", "client_id", "client_secret", *CREDENTIAL_VARIABLES)
    assert all(name in str(caught.value) for name in names)


# --- The token's life ----------------------------------------------------------------------


def test_the_token_is_fetched_on_first_use_only(make_oauth, tokens: TokenServer) -> None:
    with make_oauth() as client:
        assert tokens.requests == []  # making the client sends nothing
        list_sources.sync(client=client)
        list_sources.sync(client=client)
    token_request, *api = tokens.requests
    assert (token_request.method, token_request.url.path) == ("POST", TOKEN_PATH)
    assert "authorization" not in token_request.headers
    assert json.loads(token_request.content) == {
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    assert [bearer(r) for r in api] == [tokens.issued[0]] * 2


def test_the_token_is_refreshed_a_minute_before_it_expires(make_oauth, tokens, clock) -> None:
    with make_oauth() as client:
        list_sources.sync(client=client)
        clock.advance(3600 - 60 - 1)
        list_sources.sync(client=client)
        assert len(tokens.issued) == 1
        clock.advance(2)
        list_sources.sync(client=client)
    assert len(tokens.issued) == 2
    assert [bearer(r) for r in tokens.api_requests] == [tokens.issued[0]] * 2 + [tokens.issued[1]]


@pytest.mark.parametrize(
    ("expires_in", "fresh_for"), [(600, 540), (60, 30), (None, 3540)], ids=["10min", "1min", "none"]
)
def test_the_refresh_time_follows_expires_in(make_oauth, tokens, clock, expires_in, fresh_for):
    # A missing expires_in means the documented hour; a short life keeps half of it as margin.
    tokens.expires_in = expires_in
    with make_oauth() as client:
        list_sources.sync(client=client)
        clock.advance(fresh_for - 0.5)
        list_sources.sync(client=client)
        assert len(tokens.issued) == 1
        clock.advance(1)
        list_sources.sync(client=client)
    assert len(tokens.issued) == 2


def test_a_401_refreshes_the_token_once_and_sends_the_request_once_more(make_oauth, tokens) -> None:
    with make_oauth() as client:
        list_sources.sync(client=client)
        tokens.revoke_all()  # the server forgot the token before it expired
        page = list_sources.sync(client=client)
    assert page is not None and page.data[0].id == "dc_1"  # type: ignore[union-attr]
    paths = [r.url.path for r in tokens.requests]
    assert paths == [TOKEN_PATH, "/v1/users/me/sources", "/v1/users/me/sources", TOKEN_PATH,
                     "/v1/users/me/sources"]  # fmt: skip
    assert [bearer(r) for r in tokens.api_requests] == [tokens.issued[0]] * 2 + [tokens.issued[1]]


def test_a_second_401_raises_and_nothing_loops(make_oauth, tokens) -> None:
    tokens.reject_all = True
    with make_oauth() as client, pytest.raises(AuthenticationError, match="expired access token"):
        list_sources.sync(client=client)
    assert len(tokens.token_requests) == 2 and len(tokens.api_requests) == 2


def test_the_request_sent_again_carries_the_same_body(make_oauth, tokens) -> None:
    with make_oauth() as client:
        list_sources.sync(client=client)
        tokens.revoke_all()
        update_source.sync("dc_1", client=client, body=UpdateSourceRequest(active=False))
    first, again = [r for r in tokens.api_requests if r.method == "PUT"]
    assert first.content == again.content and json.loads(again.content) == {"active": False}
    assert (bearer(first), bearer(again)) == tuple(tokens.issued)


def test_copies_share_the_token(make_oauth, tokens) -> None:
    client = make_oauth()
    with client:
        list_sources.sync(client=client)
    with client.with_options(max_retries=0) as once:
        list_sources.sync(client=once)
    assert len(tokens.issued) == 1 and once.client_id == CLIENT_ID


def test_async_first_use_refresh_and_401(make_oauth, tokens, clock) -> None:
    async def run() -> None:
        async with make_oauth() as client:
            await list_sources.asyncio(client=client)
            clock.advance(3600)
            await list_sources.asyncio(client=client)  # refreshed before sending
            tokens.revoke_all()
            await list_sources.asyncio(client=client)  # 401, refreshed, sent again

    asyncio.run(run())
    assert len(tokens.issued) == 3
    assert [bearer(r) for r in tokens.api_requests] == [
        tokens.issued[0], tokens.issued[1], tokens.issued[1], tokens.issued[2]
    ]  # fmt: skip


# --- A failed token request ----------------------------------------------------------------


@pytest.mark.parametrize("status", [400, 401, 403])
def test_refused_credentials_raise_authentication_error_without_the_secret(
    make_oauth, tokens, status
) -> None:
    tokens.token_answer = json_response(status, {"error": "invalid client credentials"})
    with make_oauth() as client, pytest.raises(AuthenticationError) as caught:
        list_sources.sync(client=client)
    error = caught.value
    assert error.status_code == status and "invalid client credentials" in str(error)
    assert "client_id and client_secret" in str(error)
    shown = [str(error), repr(error), str(error.body), repr(error.response.request)]
    shown.append(error.response.request.content.decode())
    assert not any(CLIENT_SECRET in text for text in shown)
    assert tokens.api_requests == []  # the API request itself never left


def test_a_server_echoing_the_secret_has_it_scrubbed(make_oauth, tokens) -> None:
    tokens.token_answer = json_response(401, {"error": f"bad secret {CLIENT_SECRET}"})
    with make_oauth() as client, pytest.raises(AuthenticationError) as caught:
        list_sources.sync(client=client)
    for text in (str(caught.value), repr(caught.value), str(caught.value.body)):
        assert CLIENT_SECRET not in text


def test_a_server_error_from_the_token_endpoint_keeps_its_class(make_oauth, tokens) -> None:
    tokens.token_answer = json_response(503, {"error": f"down; {CLIENT_SECRET}"})
    with make_oauth() as client, pytest.raises(InternalServerError) as caught:
        list_sources.sync(client=client)
    assert len(tokens.token_requests) == 1  # a POST is not retried on 5xx
    assert CLIENT_SECRET not in str(caught.value) + repr(caught.value)
    assert caught.value.response.request.content == b""


@pytest.mark.parametrize(
    "body", [{"token_type": "Bearer"}, {"access_token": ""}, [1, 2]], ids=["none", "empty", "list"]
)
def test_a_200_without_an_access_token_is_a_clear_error(make_oauth, tokens, body) -> None:
    tokens.token_answer = json_response(200, body)
    with (
        make_oauth() as client,
        pytest.raises(PipedreamError, match="does not fit OAuthToken|without an access token"),
    ):
        list_sources.sync(client=client)


def test_async_refused_credentials(make_oauth, tokens) -> None:
    tokens.token_answer = json_response(401, {"error": "invalid client credentials"})

    async def run() -> None:
        async with make_oauth() as client:
            await list_sources.asyncio(client=client)

    with pytest.raises(AuthenticationError) as caught:
        asyncio.run(run())
    assert CLIENT_SECRET not in str(caught.value) + repr(caught.value)


# --- Secrecy -------------------------------------------------------------------------------


def test_repr_shows_neither_the_secret_nor_the_token(make_oauth, tokens) -> None:
    with make_oauth() as client:
        list_sources.sync(client=client)
        auth = client.get_httpx_client().auth
        texts = [repr(client), str(client), repr(auth), repr(auth._token)]  # type: ignore[union-attr]
    assert texts[0] == f"Pipedream(base_url='{BASE_URL}', client_id='…CLID', max_retries=2)"
    for text in texts:
        assert CLIENT_SECRET not in text and tokens.issued[0] not in text
        assert CLIENT_ID not in text


def test_generated_token_models_mask_their_secrets() -> None:
    token = OAuthToken(
        access_token="tok-0123456789abcdef-SECRETTOKEN",
        token_type="Bearer",
        expires_in=3600,
        created_at=0,
    )
    grant = OAuthTokenRequest(
        grant_type="client_credentials", client_id=CLIENT_ID, client_secret=CLIENT_SECRET
    )
    assert "SECRETTOKEN" not in repr(token) and CLIENT_SECRET not in repr(grant)
    assert "…OKEN" in repr(token) and "…CRET" in repr(grant)


def test_logs_carry_neither_the_secret_nor_the_token(
    make_oauth, tokens, monkeypatch, caplog, restore_logger
) -> None:
    monkeypatch.setenv("PIPEDREAM_LOG", "debug")
    with caplog.at_level(logging.DEBUG, logger="pipedream_rest"), make_oauth() as client:
        list_sources.sync(client=client)
        tokens.revoke_all()
        list_sources.sync(client=client)
    messages = [r.getMessage() for r in caplog.records if r.name == "pipedream_rest"]
    assert "fetched an OAuth access token; it expires in 3600s" in messages
    assert any("401 with an OAuth access token; fetching a new one" in m for m in messages)
    everything = "\n".join(messages)
    for secret in (CLIENT_SECRET, CLIENT_ID, *tokens.issued, "Bearer"):
        assert secret not in everything


# --- One refresh shared by concurrent requests ---------------------------------------------


def run_in_threads(call: Callable[[], object]) -> None:
    """``call`` from THREADS threads released together; re-raises the first failure."""
    start = threading.Barrier(THREADS)

    def together() -> object:
        start.wait()
        return call()

    with ThreadPoolExecutor(THREADS) as pool:
        for future in [pool.submit(together) for _ in range(THREADS)]:
            future.result()


def test_threads_share_one_token_fetch(make_oauth, tokens) -> None:
    tokens.token_delay = 0.05  # the others arrive while the first fetch is under way
    with make_oauth() as client:
        run_in_threads(lambda: list_sources.sync(client=client))
    assert len(tokens.token_requests) == 1
    assert {bearer(r) for r in tokens.api_requests} == {tokens.issued[0]}
    assert len(tokens.api_requests) == THREADS


def test_threads_share_one_refresh_after_a_401(make_oauth, tokens) -> None:
    with make_oauth() as client:
        list_sources.sync(client=client)
        tokens.revoke_all()
        tokens.token_delay = 0.05
        run_in_threads(lambda: list_sources.sync(client=client))
    assert len(tokens.token_requests) == 2  # the first token, then one refresh for all
    assert {bearer(r) for r in tokens.api_requests[-THREADS:]} == {tokens.issued[1]}


def test_tasks_share_one_token_fetch(make_oauth, tokens) -> None:
    tokens.token_delay = 0.05

    async def run() -> None:
        async with make_oauth() as client:
            await asyncio.gather(*(list_sources.asyncio(client=client) for _ in range(THREADS)))

    asyncio.run(run())
    assert len(tokens.token_requests) == 1
    assert len(tokens.api_requests) == THREADS
    assert {bearer(r) for r in tokens.api_requests} == {tokens.issued[0]}


def test_tasks_share_one_refresh_after_a_401(make_oauth, tokens) -> None:
    async def run() -> None:
        async with make_oauth() as client:
            await list_sources.asyncio(client=client)
            tokens.revoke_all()
            tokens.token_delay = 0.05
            await asyncio.gather(*(list_sources.asyncio(client=client) for _ in range(THREADS)))

    asyncio.run(run())
    assert len(tokens.token_requests) == 2
    assert len(tokens.api_requests) == 1 + 2 * THREADS  # each sent twice: 401, then the new token
    assert {bearer(r) for r in tokens.api_requests[-THREADS:]} == {tokens.issued[1]}


def test_one_client_in_two_event_loops(make_oauth, tokens, clock) -> None:
    client = make_oauth()
    tokens.token_delay = 0.01

    async def calls() -> None:
        await asyncio.gather(*(list_sources.asyncio(client=client) for _ in range(THREADS)))

    asyncio.run(calls())
    clock.advance(3600)
    asyncio.run(calls())  # waiting on a lock bound to the first loop would fail here
    assert len(tokens.token_requests) == 2 and len(tokens.api_requests) == 2 * THREADS


def test_the_auth_works_alone_on_plain_generated_clients(tokens) -> None:
    # Without Pipedream: a plain generated Client for the token endpoint, a plain httpx client.
    mock = httpx.MockTransport(tokens)
    endpoint = Client(base_url=BASE_URL).set_httpx_client(
        httpx.Client(base_url=BASE_URL, transport=mock)
    )
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET, token_client=endpoint)
    with httpx.Client(base_url=BASE_URL, transport=mock, auth=auth) as http:
        assert http.get("/users/me/sources").status_code == 200
        tokens.revoke_all()
        assert http.get("/users/me/sources").status_code == 200  # the 401 was handled
    assert len(tokens.token_requests) == 2
    tokens.token_answer = json_response(401, {"error": "invalid client credentials"})
    tokens.revoke_all()
    plain = httpx.Client(base_url=BASE_URL, transport=mock, auth=auth)
    with plain, pytest.raises(PipedreamError, match="without an access token \\(ErrorBody\\)"):
        plain.get("/users/me/sources")
