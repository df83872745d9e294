"""``Pipedream``: the generated ``AuthenticatedClient``, configured, for every generated operation.

It *is* an ``AuthenticatedClient``, so it is passed as ``client=`` to any generated function
(``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``) unchanged. What it adds lives in
its httpx clients: the transport (:mod:`pipedream_rest.transport`) checks input, retries and raises
typed errors; with OAuth client credentials, an ``httpx.Auth`` (:mod:`pipedream_rest.auth`) keeps
the access token fresh. Its ``repr`` shows at most the last 4 characters of the key or client ID.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx
from pipedream_rest_client import AuthenticatedClient, Client
from pipedream_rest_client.api import GroupedClient
from pipedream_rest_runtime.errors import PipedreamError

from .auth import ClientCredentialsAuth
from .groups import Events
from .logs import configure_from_env
from .redaction import mask_secret
from .retries import RetryPolicy
from .transport import AsyncPipedreamTransport, PipedreamTransport, _Attempts

DEFAULT_BASE_URL = "https://api.pipedream.com/v1"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
API_KEY_ENV = "PIPEDREAM_API_KEY"
CLIENT_ID_ENV = "PIPEDREAM_CLIENT_ID"
CLIENT_SECRET_ENV = "PIPEDREAM_CLIENT_SECRET"
BASE_URL_ENV = "PIPEDREAM_BASE_URL"
_ANY_CREDENTIALS = (
    f"pass api_key=... (or set {API_KEY_ENV}), or client_id=... and client_secret=... "
    f"(or set {CLIENT_ID_ENV} and {CLIENT_SECRET_ENV})"
)


class _Pools:
    """The connection pools shared by a client and its ``with_options`` copies, made on first use."""

    def __init__(
        self, sync: httpx.BaseTransport | None, async_: httpx.AsyncBaseTransport | None
    ) -> None:
        self._sync = sync
        self._async = async_
        self._lock = threading.Lock()

    def sync(self) -> httpx.BaseTransport:
        with self._lock:
            if self._sync is None:
                self._sync = httpx.HTTPTransport()
            return self._sync

    def async_(self) -> httpx.AsyncBaseTransport:
        with self._lock:
            if self._async is None:
                self._async = httpx.AsyncHTTPTransport()
            return self._async


class Pipedream(GroupedClient):
    """A client for every generated operation, sync and async, that raises, retries and checks.

    Every operation is a method of a group named for its tag: ``client.sources.list()``,
    ``client.webhooks.create(url=...)``, ``await client.sources.async_create(...)``; it returns
    the operation's 2xx model, and a list with ``page_info`` pages itself when iterated. The
    instance is also the ``client=`` of every generated function.

    Credentials, read when the client is made: ``api_key`` (or ``$PIPEDREAM_API_KEY``), or OAuth
    ``client_id`` and ``client_secret`` (or ``$PIPEDREAM_CLIENT_ID`` and
    ``$PIPEDREAM_CLIENT_SECRET``). Arguments beat the environment; an API key and client
    credentials passed together are refused; when only the environment has both, the API key
    wins (it works for every operation). With client credentials, an access token is fetched on
    first use and kept fresh (``token_clock`` measures its expiry; tests inject one).

    ``base_url`` defaults to ``$PIPEDREAM_BASE_URL`` or ``https://api.pipedream.com/v1``.
    ``max_retries`` (default 2) is per client; ``with_options(max_retries=0)`` gives a copy for
    one call that shares the connections (and the access token). ``transport`` /
    ``async_transport`` replace the connection pool (tests pass ``httpx.MockTransport``). Use
    ``with`` for sync calls and ``async with`` for async ones.
    """

    _auth: ClientCredentialsAuth | None
    _pools: _Pools

    def __init__(
        self,
        api_key: str | None = None,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        token_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        configure_from_env()
        credentials = _resolve_credentials(api_key, client_id, client_secret)
        self._configure(
            api_key=credentials if isinstance(credentials, str) else "",
            auth=None,
            base_url=_resolve_base_url(base_url),
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy or RetryPolicy(),
            headers=dict(headers or {}),
            cookies={},
            pools=_Pools(transport, async_transport),
            owns_pools=True,
            secrets=(credentials,) if isinstance(credentials, str) else (credentials[1],),
        )
        if not isinstance(credentials, str):
            token_client = _TokenEndpointClient(
                base_url=self._base_url,
                timeout=self._timeout,
                headers=dict(self._headers),
                pools=self._pools,
                attempts=self._attempts(),
            )
            self._auth = ClientCredentialsAuth(
                *credentials, token_client=token_client, clock=token_clock
            )

    def _configure(
        self,
        *,
        api_key: str,
        auth: ClientCredentialsAuth | None,
        base_url: str,
        timeout: float | httpx.Timeout,
        max_retries: int,
        retry_policy: RetryPolicy,
        headers: dict[str, str],
        cookies: dict[str, str],
        pools: _Pools,
        owns_pools: bool,
        secrets: tuple[str, ...],
    ) -> None:
        AuthenticatedClient.__init__(
            self,
            base_url=base_url,
            token=api_key,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            headers=headers,
            cookies=cookies,
        )
        self._auth = auth
        self._max_retries = _check_max_retries(max_retries)
        self._retry_policy = retry_policy
        self._pools = pools
        self._owns_pools = owns_pools
        self._secrets = secrets  # masked in every error and log line (the API key or the secret)

    @cached_property
    def events(self) -> Events:
        """The ``events`` operations, with the hand-written ones of :mod:`pipedream_rest.groups`."""
        return Events(self)

    @property
    def base_url(self) -> str:
        return self._base_url

    def _stream_options(self) -> dict[str, Any]:
        """How :mod:`pipedream_rest.live` connects for this client: its credential, base URL,
        headers and the secrets to mask (``events.stream``)."""
        credential: dict[str, Any] = (
            {"api_key": self.token} if self._auth is None else {"auth": self._auth}
        )
        return {
            **credential,
            "base_url": self._base_url,
            "headers": dict(self._headers),
            "secrets": self._secrets,
        }

    @property
    def client_id(self) -> str | None:
        """The OAuth client ID, or ``None`` when the client uses an API key (``token``)."""
        return None if self._auth is None else self._auth.client_id

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry_policy

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
    ) -> Pipedream:
        """A copy with other settings that shares this client's connections (for one call)."""
        copy = Pipedream.__new__(type(self))
        copy._configure(
            api_key=self.token,
            auth=self._auth,
            base_url=self._base_url,
            timeout=(self._timeout or DEFAULT_TIMEOUT) if timeout is None else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            retry_policy=self.retry_policy,
            headers={**self._headers, **(headers or {})},
            cookies={**self._cookies, **(cookies or {})},
            pools=self._pools,
            owns_pools=False,
            secrets=self._secrets,
        )
        return copy

    # The generated versions copy with attrs.evolve, which cannot call this __init__.
    def with_headers(self, headers: dict[str, str]) -> Pipedream:
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: httpx.Timeout) -> Pipedream:
        return self.with_options(timeout=timeout)

    def with_cookies(self, cookies: dict[str, str]) -> Pipedream:
        return self.with_options(cookies=cookies)

    def _httpx_settings(self) -> dict[str, Any]:
        """What the sync and async httpx clients share; only their transports differ."""
        return {
            "base_url": self._base_url,
            "headers": self._request_headers(),
            "cookies": self._cookies,
            "timeout": self._timeout,
            "auth": self._auth,
        }

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            transport = PipedreamTransport(
                self._pools.sync(), self._attempts(), owns_pool=self._owns_pools
            )
            self._client = httpx.Client(transport=transport, **self._httpx_settings())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            transport = AsyncPipedreamTransport(
                self._pools.async_(), self._attempts(), owns_pool=self._owns_pools
            )
            self._async_client = httpx.AsyncClient(transport=transport, **self._httpx_settings())
        return self._async_client

    def close(self) -> None:
        """Close the sync connections (``with`` does this)."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async connections (``async with`` does this)."""
        if self._async_client is not None:
            await self._async_client.aclose()

    def _attempts(self) -> _Attempts:
        return _Attempts(
            max_retries=self.max_retries,
            policy=self.retry_policy,
            base_path=httpx.URL(self._base_url).raw_path.decode("ascii").rstrip("/"),
            secrets=self._secrets,
        )

    def _request_headers(self) -> dict[str, str]:
        if self._auth is not None:  # the auth flow sets the header per request
            return dict(self._headers)
        return {**self._headers, self.auth_header_name: f"{self.prefix} {self.token}"}

    def __repr__(self) -> str:
        if self._auth is None:
            credential = f"api_key={mask_secret(self.token)!r}"
        else:
            credential = f"client_id={mask_secret(self._auth.client_id)!r}"
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, "
            f"{credential}, max_retries={self.max_retries})"
        )

    __str__ = __repr__


class _TokenEndpointClient(Client):
    """The generated plain ``Client`` (no Bearer header) on a ``Pipedream`` client's connections
    and transports, for the token endpoint: the token request is retried and raises typed errors.
    """

    def __init__(
        self,
        *,
        base_url: str,
        timeout: httpx.Timeout | None,
        headers: dict[str, str],
        pools: _Pools,
        attempts: _Attempts,
    ) -> None:
        super().__init__(base_url=base_url, timeout=timeout, headers=headers)
        self._pools = pools
        self._attempts = attempts

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            transport = PipedreamTransport(self._pools.sync(), self._attempts, owns_pool=False)
            self._client = httpx.Client(
                base_url=self._base_url,
                headers=self._headers,
                timeout=self._timeout,
                transport=transport,
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            transport = AsyncPipedreamTransport(
                self._pools.async_(), self._attempts, owns_pool=False
            )
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                headers=self._headers,
                timeout=self._timeout,
                transport=transport,
            )
        return self._async_client


def _resolve_credentials(
    api_key: str | None, client_id: str | None, client_secret: str | None
) -> str | tuple[str, str]:
    """The API key, or the OAuth ``(client_id, client_secret)``: arguments, then environment."""
    client_given = client_id is not None or client_secret is not None
    if api_key is not None:
        if client_given:
            raise PipedreamError(
                "pass either api_key=... or client_id=... and client_secret=..., not both"
            )
        if not api_key.strip():
            raise PipedreamError(f"api_key is empty or blank; {_ANY_CREDENTIALS}")
        return api_key.strip()
    if not client_given:
        env_key = os.environ.get(API_KEY_ENV, "").strip()
        if env_key:
            return env_key
    client = [
        (name, env, (value if value is not None else os.environ.get(env, "")).strip())
        for name, env, value in (
            ("client_id", CLIENT_ID_ENV, client_id),
            ("client_secret", CLIENT_SECRET_ENV, client_secret),
        )
    ]
    missing = [f"{name}=... (or {env})" for name, env, value in client if not value]
    if len(missing) == len(client):
        raise PipedreamError(f"no credentials: {_ANY_CREDENTIALS}")
    if missing:
        raise PipedreamError(
            f"incomplete OAuth client credentials: pass {' and '.join(missing)}, "
            f"or use api_key=... (or {API_KEY_ENV})"
        )
    return client[0][2], client[1][2]


def _resolve_base_url(base_url: str | None) -> str:
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    if not url.startswith(("http://", "https://")):
        raise PipedreamError(
            f"base_url (or {BASE_URL_ENV}) must start with http:// or https://, got {url!r}"
        )
    return url.rstrip("/")


def _check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries
