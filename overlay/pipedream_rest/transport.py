"""The one place where every request of every generated operation is checked, retried, logged
and turned into an exception when it fails.

``PipedreamTransport`` (and its async twin) wraps the connection pool. Per request it rejects bad
input before sending, marks the request with the client's secrets (so that errors and logs mask
them, :mod:`pipedream_rest_runtime.masking`), retries by :mod:`pipedream_rest.retries`, reads the
body, and raises a :mod:`pipedream_rest_runtime.errors` exception for any non-2xx answer (except
a ``401`` that the OAuth flow of :mod:`pipedream_rest.auth` asked to see). A 2xx body that does
not fit its schema is reported by the generated code itself (``APIResponseValidationError``). The
body is read once and parsed once (by the generated code; error bodies by the error).
"""

from __future__ import annotations

import httpx
from pipedream_rest_runtime.errors import APIConnectionError, APITimeoutError, status_error
from pipedream_rest_runtime.masking import SECRETS_EXTENSION, mask_for

from .auth import RETRY_ON_401
from .logs import about, logger
from .retries import RetryPolicy, is_retryable_error, is_retryable_status, may_have_been_applied
from .validation import check_request


class _Attempts:
    """The decisions shared by the sync and async transports: what to do after each attempt."""

    def __init__(
        self,
        *,
        max_retries: int,
        policy: RetryPolicy,
        base_path: str,
        secrets: tuple[str, ...] = (),
    ) -> None:
        self.max_retries = max_retries
        self.policy = policy
        self.base_path = base_path
        self.secrets = secrets

    def before_sending(self, request: httpx.Request) -> None:
        check_request(request, self.base_path)
        if self.secrets:
            known = request.extensions.get(SECRETS_EXTENSION, ())
            request.extensions = {**request.extensions, SECRETS_EXTENSION: (*known, *self.secrets)}

    def after_error(self, request: httpx.Request, exc: httpx.RequestError, attempt: int) -> float:
        """The wait before the next attempt, or raise the connection/timeout error."""
        method, path = request.method, request.url.path
        name = type(exc).__name__
        if attempt <= self.max_retries and is_retryable_error(method, exc):
            delay = self.policy.backoff(attempt)
            self._log_retry(request, name, attempt, delay)
            return delay
        logger.debug(
            "%s %s -> %s (attempt %d): giving up", method, path, name, attempt, extra=about(request)
        )
        timed_out = isinstance(exc, httpx.TimeoutException)
        what = f"timed out ({name})" if timed_out else f"connection failed ({name})"
        applied = may_have_been_applied(method, exc)
        if applied:
            what += (
                " after the request was sent: it may have been applied, so it was not sent "
                f"again (a {method} is not idempotent); check before repeating it"
            )
        error_class = APITimeoutError if timed_out else APIConnectionError
        shown_path = mask_for(request).text(path)
        raise error_class(
            what, method=method, path=shown_path, may_have_been_applied=applied
        ) from exc

    def after_response(self, response: httpx.Response, attempt: int) -> float | None:
        """``None`` when ``response`` is the answer (or a 401 the OAuth flow asked to see);
        else the wait before the next attempt.

        Raises the status error when the answer is a failure that is not retried.
        """
        request = response.request
        method, path, status = request.method, request.url.path, response.status_code
        if 200 <= status < 300 or (status == 401 and request.extensions.get(RETRY_ON_401)):
            # A 401 goes back to the OAuth flow, which fetches a new token and sends once more.
            logger.debug(
                "%s %s -> %d (attempt %d)", method, path, status, attempt, extra=about(request)
            )
            return None
        retry_after = self.policy.retry_after(response.headers)
        if attempt <= self.max_retries and is_retryable_status(
            method, status, retry_after=retry_after
        ):
            if retry_after is None:
                delay = self.policy.backoff(attempt)
                self._log_retry(request, str(status), attempt, delay)
                return delay
            if retry_after <= self.policy.max_retry_after:
                self._log_retry(request, str(status), attempt, retry_after)
                return retry_after
        logger.debug(
            "%s %s -> %d (attempt %d)", method, path, status, attempt, extra=about(request)
        )
        raise status_error(response, retry_after=retry_after)

    def _log_retry(self, request: httpx.Request, what: str, attempt: int, delay: float) -> None:
        logger.info(
            "%s %s -> %s (attempt %d of %d); retrying in %.2fs",
            request.method, request.url.path, what, attempt, self.max_retries + 1, delay,
            extra=about(request),
        )  # fmt: skip


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
                response = self._pool.handle_request(request)
                response.request = request
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
                response = await self._pool.handle_async_request(request)
                response.request = request
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
