"""One small exception hierarchy for every failure of any generated call.

The generated functions return ``None`` or an ``ErrorBody`` model on failure; with a
:class:`~pipedream_rest.Pipedream` client they raise one of these instead, so a caller catches
one family. ``str``/``repr`` carry the status, a short message, the method and the path: never
headers, the API key or a whole body.
"""

from __future__ import annotations

import json

import httpx

_MAX_MESSAGE_CHARS = 200


class PipedreamError(Exception):
    """The base of every error this package raises (also raised for bad configuration)."""


class APIError(PipedreamError):
    """A request to the API failed; ``method`` and ``path`` say which one."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path

    def __str__(self) -> str:
        return f"{self.message} ({self.method} {self.path})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class APIConnectionError(APIError):
    """No answer came back: the connection could not be made or broke off."""


class APITimeoutError(APIConnectionError):
    """No answer came back in time."""


class APIResponseValidationError(APIError):
    """A 2xx answer whose body cannot be parsed (for example, it is not JSON)."""

    def __init__(
        self, message: str, *, method: str, path: str, status_code: int, body: str
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.body = body


class APIStatusError(APIError):
    """A non-2xx answer.

    ``message`` is the API's own error message when the body has one; ``body`` is the parsed JSON
    body, or the raw text when it is not JSON; ``response`` is the httpx response.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        status_code: int,
        body: object,
        response: httpx.Response,
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.body = body
        self.response = response

    def __str__(self) -> str:
        return f"{self.status_code} {self.message} ({self.method} {self.path})"


class BadRequestError(APIStatusError):
    """400: the API rejected the request's parameters or body."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or not visible to this key)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the wait in seconds the server asked for, if any."""

    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


_ERROR_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def shorten(text: str) -> str:
    """Cut ``text`` to a length that keeps an error message readable."""
    text = " ".join(text.split())
    if len(text) <= _MAX_MESSAGE_CHARS:
        return text
    return text[: _MAX_MESSAGE_CHARS - 1] + "…"


def _body_and_message(response: httpx.Response) -> tuple[object, str]:
    """The parsed JSON body (or the raw text) and the API's error message in it."""
    text = response.content.decode("utf-8", errors="replace")
    try:
        body: object = json.loads(text)
    except ValueError:
        return text, shorten(text) or response.reason_phrase
    if isinstance(body, dict):
        for key in ("error", "message"):
            message = body.get(key)
            if isinstance(message, str) and message:
                return body, shorten(message)
    return body, shorten(text) or response.reason_phrase


def status_error(response: httpx.Response, *, retry_after: float | None = None) -> APIStatusError:
    """The exception for a non-2xx ``response`` (whose body has been read)."""
    body, message = _body_and_message(response)
    status = response.status_code
    error_class = InternalServerError if status >= 500 else _ERROR_BY_STATUS.get(status)
    error = (error_class or APIStatusError)(
        message,
        method=response.request.method,
        path=response.request.url.path,
        status_code=status,
        body=body,
        response=response,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after
    return error
