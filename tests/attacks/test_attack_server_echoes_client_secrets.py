"""Attack: a server that echoes the client's own secrets (API key, OAuth client secret, access
token) in its answers must not get them into ``str(error)``, ``repr(error)``, ``.message``,
``.body`` or any log line (issue 11, item 3).

A real loopback server echoes each secret as sent, inside JSON with every character escaped,
URL-encoded (as in a form body or a query string), and cut short. The secrets hold characters that
those encodings change (``/``, ``+``, ``=``, ``"``).
"""

from __future__ import annotations

import json
import logging
from urllib.parse import quote, quote_plus

import pytest
from loopback_http import Drop, LoopbackServer, Received, Reply
from pipedream_rest import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    Pipedream,
    RetryPolicy,
)
from pipedream_rest_client import AuthenticatedClient
from pipedream_rest_client.api.sources import delete_source, list_sources

API_KEY = "pd_k3y/with+plus=and0123456789abcdef"
CLIENT_ID = "oa_client_0123"
CLIENT_SECRET = 'cl1ent"secret/+=0123456789abcdefXYZ'
ACCESS_TOKEN = "at_t0ken+slash/equals=0123456789abcdef"
NO_WAITS = RetryPolicy(initial_delay=0)


def echoes(secret: str) -> list[str]:
    """The ways a server may send ``secret`` back."""
    return [
        secret,
        json.dumps(secret)[1:-1],
        "".join(f"\\u{ord(char):04x}" for char in secret),  # JSON, every character escaped
        quote(secret, safe=""),
        quote_plus(secret),
        quote(secret, safe="").lower(),
        secret[:20],  # a truncated echo
    ]


def echoing_body(secret: str, extra: dict[str, object] | None = None) -> bytes:
    """A JSON error body with ``secret`` in every form of :func:`echoes`, written by hand: the
    escaped forms must reach the wire as they are, not escaped once more."""
    _, as_json, all_escaped, url, url_plus, _, prefix = echoes(secret)
    fields = [
        f'"error": "invalid credential {as_json} (also {url})"',
        f'"echo": {{"as_json_escaped": "{all_escaped}", "query": "?key={url_plus}"}}',
        f'"prefix": {json.dumps(prefix)}',
        *(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in (extra or {}).items()),
    ]
    return ("{" + ", ".join(fields) + "}").encode()


def echo_reply(status: int, secret: str, extra: dict[str, object] | None = None) -> Reply:
    return Reply(status, echoing_body(secret, extra), {"content-type": "application/json"})


def everything_shown(error: APIError, caplog: pytest.LogCaptureFixture) -> str:
    body = getattr(error, "body", "")
    shown = [str(error), repr(error), error.message, error.path, json.dumps(body)]
    shown += [record.getMessage() for record in caplog.records]
    shown += [logging.Formatter("%(message)s").format(record) for record in caplog.records]
    return "\n".join(shown)


def assert_masked(text: str, secret: str) -> None:
    for form in echoes(secret):
        assert form not in text, f"{form!r} shown"
        # what json.dumps makes of a raw echo (the body is shown as JSON)
        assert json.dumps(form)[1:-1] not in text, f"{form!r} shown (JSON)"
    assert "***" in text


@pytest.fixture(autouse=True)
def debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="pipedream_rest")


def test_an_echoed_api_key_is_masked(caplog: pytest.LogCaptureFixture) -> None:
    with LoopbackServer(lambda _: echo_reply(401, API_KEY)) as server:
        client = Pipedream(API_KEY, base_url=f"{server.url}/v1")
        with client, pytest.raises(AuthenticationError) as caught:
            list_sources.sync(client=client)
    assert_masked(everything_shown(caught.value, caplog), API_KEY)
    assert caught.value.message.startswith("invalid credential ***")


async def test_an_echoed_api_key_is_masked_async(caplog: pytest.LogCaptureFixture) -> None:
    with LoopbackServer(lambda _: echo_reply(403, API_KEY)) as server:
        async with Pipedream(API_KEY, base_url=f"{server.url}/v1") as client:
            with pytest.raises(PermissionDeniedError) as caught:
                await list_sources.asyncio(client=client)
    assert_masked(everything_shown(caught.value, caplog), API_KEY)


def oauth_client(server: LoopbackServer) -> Pipedream:
    return Pipedream(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=f"{server.url}/v1")


def oauth_server(answer_for_api_calls: Reply) -> LoopbackServer:
    def handler(request: Received) -> Reply:
        if request.path == "/v1/oauth/token":
            return Reply.json(200, {"access_token": ACCESS_TOKEN, "expires_in": 3600})
        return answer_for_api_calls

    return LoopbackServer(handler)


def test_an_echoed_client_secret_is_masked(caplog: pytest.LogCaptureFixture) -> None:
    def token_endpoint(request: Received) -> Reply:
        sent = request.body.decode()  # the JSON body with the secret, echoed whole
        return echo_reply(400, CLIENT_SECRET, {"received": sent})

    with LoopbackServer(token_endpoint) as server:
        client = oauth_client(server)
        with client, pytest.raises(AuthenticationError) as caught:
            list_sources.sync(client=client)
    assert_masked(everything_shown(caught.value, caplog), CLIENT_SECRET)


def test_an_echoed_access_token_is_masked(caplog: pytest.LogCaptureFixture) -> None:
    refusal = echo_reply(400, ACCESS_TOKEN)
    with oauth_server(refusal) as server:
        client = oauth_client(server)
        with client, pytest.raises(BadRequestError) as caught:
            list_sources.sync(client=client)
    assert_masked(everything_shown(caught.value, caplog), ACCESS_TOKEN)


async def test_an_echoed_access_token_is_masked_async(caplog: pytest.LogCaptureFixture) -> None:
    refusal = echo_reply(400, ACCESS_TOKEN)
    with oauth_server(refusal) as server:
        client = oauth_client(server)
        async with client:
            with pytest.raises(BadRequestError) as caught:
                await list_sources.asyncio(client=client)
    assert_masked(everything_shown(caught.value, caplog), ACCESS_TOKEN)


@pytest.mark.parametrize("client_kind", ["generated", "overlay"])
def test_a_2xx_of_the_wrong_shape_echoing_the_key_is_masked(
    client_kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The validation error the generated code raises masks the bearer credential it sent,
    with the plain generated client too."""
    with LoopbackServer(lambda _: echo_reply(200, API_KEY)) as server:
        url = f"{server.url}/v1"
        client = (
            AuthenticatedClient(base_url=url, token=API_KEY)
            if client_kind == "generated"
            else Pipedream(API_KEY, base_url=url)
        )
        with client, pytest.raises(APIResponseValidationError) as caught:
            list_sources.sync(client=client)
    assert_masked(everything_shown(caught.value, caplog), API_KEY)


def test_a_new_access_token_in_a_token_answer_of_the_wrong_shape_is_masked(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """No request has sent this token yet: it is masked because it is an ``access_token``."""
    broken = {"access_token": ACCESS_TOKEN, "expires_in": "soon", "scope": [ACCESS_TOKEN]}
    with LoopbackServer(lambda _: Reply.json(200, [broken])) as server:
        client = oauth_client(server)
        with client, pytest.raises(APIResponseValidationError) as caught:
            list_sources.sync(client=client)
    assert_masked(everything_shown(caught.value, caplog), ACCESS_TOKEN)


@pytest.mark.parametrize(
    ("answer", "error_class"),
    [
        (Reply.json(404, {"error": "no such source"}), NotFoundError),
        (Drop("close"), APIConnectionError),
    ],
    ids=["404", "connection-closed"],
)
def test_a_key_pasted_into_a_path_is_masked_in_the_error_and_every_log_line(
    answer: Reply | Drop, error_class: type[APIError], caplog: pytest.LogCaptureFixture
) -> None:
    """The path is the caller's own text, and the log lines of each retry carry it."""
    with LoopbackServer(lambda _: answer) as server:
        client = Pipedream(API_KEY, base_url=f"{server.url}/v1", retry_policy=NO_WAITS)
        with client, pytest.raises(error_class) as caught:
            delete_source.sync_detailed(API_KEY, client=client)
    assert caplog.records, "the client logged nothing at DEBUG"
    assert_masked(everything_shown(caught.value, caplog), API_KEY)
