"""OAuth client credentials as an ``httpx.Auth``, so every generated operation gets a fresh
access token without knowing about it.

The token comes from the generated ``create_oauth_token`` operation, sent through a generated
``Client`` that has no Bearer header (the token endpoint takes none). It is fetched on first use,
refreshed ``refresh_margin`` seconds before it expires, and refreshed once when a request is
answered ``401``; that request is then sent once more. Expiry is measured on the local clock from
just before the token was asked for (``expires_in`` seconds later), not from the server's
``created_at``, so a skewed server clock cannot make a stale token look fresh.

Concurrent requests share one refresh: threads wait on a ``threading.Lock``, tasks on an
``asyncio.Lock`` (one per event loop). A thread and a task refreshing at the same moment may
fetch one token each; both are valid. Neither the client secret nor a token is ever logged, nor
shown in a ``repr`` or an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Iterator
from dataclasses import dataclass

import httpx
from pipedream_rest_client import Client
from pipedream_rest_client.api.oauth import create_oauth_token
from pipedream_rest_client.models import OAuthToken, OAuthTokenRequest
from pipedream_rest_runtime.errors import APIStatusError, AuthenticationError, PipedreamError

from .logs import about, logger
from .redaction import mask_secret

REFRESH_MARGIN = 60.0
DOCUMENTED_LIFETIME = 3600
RETRY_ON_401 = "pipedream_rest.retry_on_401"
"""A request extension: the transport hands a ``401`` back to this auth flow instead of raising."""

# The token endpoint refused the credentials themselves (not a transient failure).
_CREDENTIALS_REFUSED = frozenset({400, 401, 403})


@dataclass(frozen=True)
class _Token:
    value: str
    refresh_at: float

    def __repr__(self) -> str:
        return f"_Token(value={mask_secret(self.value)!r}, refresh_at={self.refresh_at!r})"


class ClientCredentialsAuth(httpx.Auth):
    """Bearer tokens from the OAuth client credentials grant, kept fresh and shared.

    ``token_client`` is a generated ``Client`` for the same base URL (``Pipedream`` passes one on
    its own transports, so the token request is retried and raises typed errors too). ``clock``
    gives seconds (``time.monotonic`` by default); tests inject one.
    """

    requires_request_body = True  # a request may be sent twice

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_client: Client,
        clock: Callable[[], float] = time.monotonic,
        refresh_margin: float = REFRESH_MARGIN,
    ) -> None:
        if not client_id.strip() or not client_secret.strip():
            raise PipedreamError("client_id and client_secret must be non-empty")
        if refresh_margin < 0:
            raise ValueError(f"refresh_margin must be >= 0, got {refresh_margin!r}")
        self.client_id = client_id
        self._grant = OAuthTokenRequest(
            grant_type="client_credentials", client_id=client_id, client_secret=client_secret
        )
        self._token_client = token_client
        self._clock = clock
        self._refresh_margin = refresh_margin
        self._token: _Token | None = None
        self._thread_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._loop_locks_guard = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={mask_secret(self.client_id)!r})"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        token = self._sync_token(rejected=None)
        response = yield _authorized(request, token, retry_on_401=True)
        if response.status_code == 401:
            _log_rejection(request)
            yield _authorized(request, self._sync_token(rejected=token), retry_on_401=False)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._async_token(rejected=None)
        response = yield _authorized(request, token, retry_on_401=True)
        if response.status_code == 401:
            _log_rejection(request)
            yield _authorized(request, await self._async_token(rejected=token), retry_on_401=False)

    def _usable(self, rejected: _Token | None) -> _Token | None:
        """The current token, unless there is none, it is due for refresh or was just rejected."""
        token = self._token
        if token is None or token is rejected or self._clock() >= token.refresh_at:
            return None
        return token

    def _sync_token(self, rejected: _Token | None) -> _Token:
        token = self._usable(rejected)
        if token is not None:
            return token
        with self._thread_lock:
            token = self._usable(rejected)  # another thread may have refreshed meanwhile
            if token is None:
                started = self._clock()
                with self._token_request_errors():
                    answer = create_oauth_token.sync(client=self._token_client, body=self._grant)
                token = self._token = self._keep(answer, started)
            return token

    async def _async_token(self, rejected: _Token | None) -> _Token:
        token = self._usable(rejected)
        if token is not None:
            return token
        async with self._loop_lock():
            token = self._usable(rejected)  # another task may have refreshed meanwhile
            if token is None:
                started = self._clock()
                with self._token_request_errors():
                    answer = await create_oauth_token.asyncio(
                        client=self._token_client, body=self._grant
                    )
                token = self._token = self._keep(answer, started)
            return token

    def _loop_lock(self) -> asyncio.Lock:
        """This event loop's lock (an ``asyncio.Lock`` cannot be shared between loops)."""
        loop = asyncio.get_running_loop()
        with self._loop_locks_guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    @contextlib.contextmanager
    def _token_request_errors(self) -> Iterator[None]:
        """Errors of the token request, without the request body that holds the secret (the
        secret is masked in the text already: the client passes it to the transport)."""
        try:
            yield
        except APIStatusError as error:
            raise self._refused_or_as_is(error) from None

    def _keep(self, answer: object, started: float) -> _Token:
        """The token to use from the endpoint's ``answer``, due for refresh before it expires."""
        if not isinstance(answer, OAuthToken) or not answer.access_token:
            raise PipedreamError(
                f"the token endpoint answered without an access token ({type(answer).__name__})"
            )
        lifetime = answer.expires_in
        if not isinstance(lifetime, int) or isinstance(lifetime, bool) or lifetime <= 0:
            lifetime = DOCUMENTED_LIFETIME
        margin = min(self._refresh_margin, lifetime / 2)
        logger.debug("fetched an OAuth access token; it expires in %ds", lifetime)
        return _Token(answer.access_token, started + lifetime - margin)

    def _refused_or_as_is(self, error: APIStatusError) -> APIStatusError:
        """``error`` of the token request, without the request body; refused credentials become
        ``AuthenticationError`` whatever the status (429 and 5xx keep their own class)."""
        sent = error.response.request
        error.response.request = httpx.Request(sent.method, sent.url)  # drop the body
        if error.status_code not in _CREDENTIALS_REFUSED:
            return error
        return AuthenticationError(
            f"OAuth token request refused: {error.message}; check client_id and client_secret",
            method=error.method,
            path=error.path,
            status_code=error.status_code,
            body=error.body,
            response=error.response,
        )


def _authorized(request: httpx.Request, token: _Token, *, retry_on_401: bool) -> httpx.Request:
    request.headers["Authorization"] = f"Bearer {token.value}"
    request.extensions = {**request.extensions, RETRY_ON_401: retry_on_401}
    return request


def _log_rejection(request: httpx.Request) -> None:
    logger.info(
        "%s %s -> 401 with an OAuth access token; fetching a new one and sending once more",
        request.method,
        request.url.path,
        extra=about(request),
    )
