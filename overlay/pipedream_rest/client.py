"""``Pipedream``: the generated ``AuthenticatedClient``, configured, for every generated operation.

It *is* an ``AuthenticatedClient``, so it is passed as ``client=`` to any generated function
(``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``) unchanged. What it adds lives in
its httpx clients' transport (:mod:`pipedream_rest.transport`): input checks, retries, typed
errors. Its ``repr`` shows at most the last 4 characters of the key.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping

import httpx
from pipedream_rest_client import AuthenticatedClient

from .errors import PipedreamError
from .logs import configure_from_env
from .redaction import mask_secret
from .retries import RetryPolicy
from .transport import AsyncPipedreamTransport, PipedreamTransport, _Attempts

DEFAULT_BASE_URL = "https://api.pipedream.com/v1"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
API_KEY_ENV = "PIPEDREAM_API_KEY"
BASE_URL_ENV = "PIPEDREAM_BASE_URL"


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


class Pipedream(AuthenticatedClient):
    """A client for every generated operation, sync and async, that raises, retries and checks.

    ``api_key`` defaults to ``$PIPEDREAM_API_KEY`` and ``base_url`` to ``$PIPEDREAM_BASE_URL`` or
    ``https://api.pipedream.com/v1``, both read when the client is made. ``max_retries`` (default
    2) is per client; ``with_options(max_retries=0)`` gives a copy for one call that shares the
    connections. ``transport`` / ``async_transport`` replace the connection pool (tests pass
    ``httpx.MockTransport``). Use ``with`` for sync calls and ``async with`` for async ones.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        configure_from_env()
        self._configure(
            api_key=_resolve_api_key(api_key),
            base_url=_resolve_base_url(base_url),
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy or RetryPolicy(),
            headers=dict(headers or {}),
            cookies={},
            pools=_Pools(transport, async_transport),
            owns_pools=True,
        )

    def _configure(
        self,
        *,
        api_key: str,
        base_url: str,
        timeout: float | httpx.Timeout,
        max_retries: int,
        retry_policy: RetryPolicy,
        headers: dict[str, str],
        cookies: dict[str, str],
        pools: _Pools,
        owns_pools: bool,
    ) -> None:
        AuthenticatedClient.__init__(
            self,
            base_url=base_url,
            token=api_key,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            headers=headers,
            cookies=cookies,
        )
        self._max_retries = _check_max_retries(max_retries)
        self._retry_policy = retry_policy
        self._pools = pools
        self._owns_pools = owns_pools

    @property
    def base_url(self) -> str:
        return self._base_url

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
            base_url=self._base_url,
            timeout=(self._timeout or DEFAULT_TIMEOUT) if timeout is None else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            retry_policy=self.retry_policy,
            headers={**self._headers, **(headers or {})},
            cookies={**self._cookies, **(cookies or {})},
            pools=self._pools,
            owns_pools=False,
        )
        return copy

    # The generated versions copy with attrs.evolve, which cannot call this __init__.
    def with_headers(self, headers: dict[str, str]) -> Pipedream:
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: httpx.Timeout) -> Pipedream:
        return self.with_options(timeout=timeout)

    def with_cookies(self, cookies: dict[str, str]) -> Pipedream:
        return self.with_options(cookies=cookies)

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            transport = PipedreamTransport(
                self._pools.sync(), self._attempts(), owns_pool=self._owns_pools
            )
            self._client = httpx.Client(
                base_url=self._base_url,
                headers=self._request_headers(),
                cookies=self._cookies,
                timeout=self._timeout,
                transport=transport,
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            transport = AsyncPipedreamTransport(
                self._pools.async_(), self._attempts(), owns_pool=self._owns_pools
            )
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                headers=self._request_headers(),
                cookies=self._cookies,
                timeout=self._timeout,
                transport=transport,
            )
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
        )

    def _request_headers(self) -> dict[str, str]:
        return {**self._headers, self.auth_header_name: f"{self.prefix} {self.token}"}

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, "
            f"api_key={mask_secret(self.token)!r}, max_retries={self.max_retries})"
        )

    __str__ = __repr__


def _resolve_api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if key is None or not key.strip():
        raise PipedreamError(
            f"no API key: pass api_key=... or set the {API_KEY_ENV} environment variable"
        )
    return key.strip()


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
