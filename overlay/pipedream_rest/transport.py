"""The one place where every request of every generated operation is checked, retried, logged
and turned into an exception when it fails.

``PipedreamTransport`` (and its async twin) wraps the connection pool. Per request it rejects bad
input before sending, retries by :mod:`pipedream_rest.retries`, reads the body, raises an
:mod:`pipedream_rest.errors` exception for any non-2xx answer (except a ``401`` that the OAuth
flow of :mod:`pipedream_rest.auth` asked to see), and hands a 2xx answer back whose ``json()``
raises ``APIResponseValidationError`` instead of ``JSONDecodeError``. The body is read once and
parsed once (by the generated code; error bodies by the error).
"""

from __future__ import annotations

from typing import Any

import httpx

from .auth import RETRY_ON_401
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    shorten,
    status_error,
)
from .logs import logger
from .retries import RetryPolicy, is_retryable_status
from .validation import check_request


class JSONCheckedResponse(httpx.Response):
    """A 2xx response whose ``json()`` raises ``APIResponseValidationError`` on a non-JSON body."""

    def json(self, **kwargs: Any) -> Any:
        try:
            return super().json(**kwargs)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
            request = self.request
            text = self.content.decode("utf-8", errors="replace")
            raise APIResponseValidationError(
                f"{self.status_code} answer is not valid JSON: {shorten(text)!r}",
                method=request.method,
                path=request.url.path,
                status_code=self.status_code,
                body=text,
            ) from exc


class _Attempts:
    """The decisions shared by the sync and async transports: what to do after each attempt."""

    def __init__(self, *, max_retries: int, policy: RetryPolicy, base_path: str) -> None:
        self.max_retries = max_retries
        self.policy = policy
        self.base_path = base_path

    def before_sending(self, request: httpx.Request) -> None:
        check_request(request, self.base_path)

    def after_error(self, request: httpx.Request, exc: httpx.RequestError, attempt: int) -> float:
        """The wait before the next attempt, or raise the connection/timeout error."""
        method, path = request.method, request.url.path
        name = type(exc).__name__
        if isinstance(exc, httpx.TransportError) and attempt <= self.max_retries:
            delay = self.policy.backoff(attempt)
            self._log_retry(method, path, name, attempt, delay)
            return delay
        logger.debug("%s %s -> %s (attempt %d): giving up", method, path, name, attempt)
        if isinstance(exc, httpx.TimeoutException):
            raise APITimeoutError(f"timed out ({name})", method=method, path=path) from exc
        raise APIConnectionError(f"connection failed ({name})", method=method, path=path) from exc

    def after_response(self, response: httpx.Response, attempt: int) -> float | None:
        """``None`` when ``response`` is the answer (or a 401 the OAuth flow asked to see);
        else the wait before the next attempt.

        Raises the status error when the answer is a failure that is not retried.
        """
        request = response.request
        method, path, status = request.method, request.url.path, response.status_code
        if 200 <= status < 300 or (status == 401 and request.extensions.get(RETRY_ON_401)):
            # A 401 goes back to the OAuth flow, which fetches a new token and sends once more.
            logger.debug("%s %s -> %d (attempt %d)", method, path, status, attempt)
            return None
        retry_after = self.policy.retry_after(response.headers)
        if attempt <= self.max_retries and is_retryable_status(method, status):
            if retry_after is None:
                delay = self.policy.backoff(attempt)
                self._log_retry(method, path, str(status), attempt, delay)
                return delay
            if retry_after <= self.policy.max_retry_after:
                self._log_retry(method, path, str(status), attempt, retry_after)
                return retry_after
        logger.debug("%s %s -> %d (attempt %d)", method, path, status, attempt)
        raise status_error(response, retry_after=retry_after)

    def _log_retry(self, method: str, path: str, what: str, attempt: int, delay: float) -> None:
        logger.info(
            "%s %s -> %s (attempt %d of %d); retrying in %.2fs",
            method, path, what, attempt, self.max_retries + 1, delay,
        )  # fmt: skip


def _checked(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """``response`` as the class the caller sees: JSON-checked when 2xx, plain otherwise."""
    if not 200 <= response.status_code < 300:
        response.request = request
        return response
    return JSONCheckedResponse(
        response.status_code,
        headers=response.headers,
        stream=response.stream,
        extensions=response.extensions,
        request=request,
    )


class PipedreamTransport(httpx.BaseTransport):
    """Checks, retries and raises around ``pool``; closes ``pool`` only if it owns it."""

    def __init__(self, pool: httpx.BaseTransport, attempts: _Attempts, *, owns_pool: bool) -> None:
        self._pool = pool
        self._attempts = attempts
        self._owns_pool = owns_pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._attempts
        attempts.before_sending(request)
        attempt = 1
        while True:
            try:
                response = _checked(self._pool.handle_request(request), request)
                response.read()
            except httpx.RequestError as exc:
                delay = attempts.after_error(request, exc, attempt)
            else:
                answer_delay = attempts.after_response(response, attempt)
                if answer_delay is None:
                    return response
                delay = answer_delay
            attempts.policy.sleep(delay)
            attempt += 1

    def close(self) -> None:
        if self._owns_pool:
            self._pool.close()


class AsyncPipedreamTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`PipedreamTransport`."""

    def __init__(
        self, pool: httpx.AsyncBaseTransport, attempts: _Attempts, *, owns_pool: bool
    ) -> None:
        self._pool = pool
        self._attempts = attempts
        self._owns_pool = owns_pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._attempts
        attempts.before_sending(request)
        attempt = 1
        while True:
            try:
                response = _checked(await self._pool.handle_async_request(request), request)
                await response.aread()
            except httpx.RequestError as exc:
                delay = attempts.after_error(request, exc, attempt)
            else:
                answer_delay = attempts.after_response(response, attempt)
                if answer_delay is None:
                    return response
                delay = answer_delay
            await attempts.policy.async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        if self._owns_pool:
            await self._pool.aclose()
