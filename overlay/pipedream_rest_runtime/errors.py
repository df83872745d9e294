"""One small exception hierarchy for every failure of any generated call.

The generated functions return ``None`` or an ``ErrorBody`` model on failure; with a
``pipedream_rest.Pipedream`` client they raise one of these instead, so a caller catches one
family. A documented answer whose body does not fit its schema raises
:class:`APIResponseValidationError` from the generated code itself, with any client. ``str`` and
``repr`` carry the status, a short message, the method and the path: never headers or a whole
body, and the client's own secrets are masked in ``message`` and ``body`` whatever the server
sent (:mod:`pipedream_rest_runtime.masking`). ``pipedream_rest`` re-exports every class.
"""

from __future__ import annotations

import json
import types

import httpx

from .masking import SecretMask, mask_for

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
    """No answer came back: the connection could not be made or broke off.

    ``may_have_been_applied`` is true when a request that is not idempotent (POST, PATCH) was
    sent and its answer lost: the server may have carried it out, so it was not sent again.
    """

    def __init__(
        self, message: str, *, method: str, path: str, may_have_been_applied: bool = False
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.may_have_been_applied = may_have_been_applied


class APITimeoutError(APIConnectionError):
    """No answer came back in time."""


class APIResponseValidationError(APIError):
    """A documented answer (a 2xx, in practice) whose body does not fit its schema: not JSON, a
    field missing, a value of the wrong type. ``body`` is the text of the answer."""

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


def _body_and_message(
    response: httpx.Response, content: str, mask: SecretMask
) -> tuple[object, str]:
    """The parsed JSON body (or the raw text) and the API's error message in ``content`` (the
    decoded body), both masked (masked before parsing, so that a secret split by JSON escapes is
    caught too)."""
    text = mask.text(content)
    try:
        body: object = mask.value(json.loads(text))  # again: an echo escaped twice
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
    request = response.request
    content = response.content.decode("utf-8", errors="replace")
    mask = mask_for(request, content)
    body, message = _body_and_message(response, content, mask)
    status = response.status_code
    error_class = InternalServerError if status >= 500 else _ERROR_BY_STATUS.get(status)
    error = (error_class or APIStatusError)(
        message,
        method=request.method,
        path=mask.text(request.url.path),
        status_code=status,
        body=body,
        response=response,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after
    return error


def response_validation_error(
    response: httpx.Response, cause: Exception
) -> APIResponseValidationError:
    """The exception for a documented ``response`` that the generated parser failed on
    (``cause``: ``KeyError``, ``TypeError``, ``ValueError``, ``AttributeError``)."""
    request = response.request
    text = response.content.decode("utf-8", errors="replace")
    mask = mask_for(request, text)
    text = mask.text(text)
    if isinstance(cause, ValueError) and _is_json_failure(cause):
        what = f"is not valid JSON: {shorten(text)!r}"
    else:
        models = _models_being_parsed(cause)
        where = " > ".join(name for name, _ in models) or "its schema"
        given = models[-1][1] if models else {}
        what = f"does not fit {where}: {_what_failed(cause, given)}"
    return APIResponseValidationError(
        shorten(mask.text(f"{response.status_code} answer {what}")),
        method=request.method,
        path=mask.text(request.url.path),
        status_code=response.status_code,
        body=text,
    )


def _is_json_failure(cause: ValueError) -> bool:
    return isinstance(cause, (json.JSONDecodeError, UnicodeDecodeError))


def _what_failed(cause: Exception, value: object) -> str:
    """What did not fit, in the body's terms: ``value`` is what the innermost model was given."""
    if not isinstance(value, dict):
        return f"expected an object, got {_json_kind(value)}"
    if isinstance(cause, KeyError) and cause.args:
        return f"required field {cause.args[0]!r} is missing"
    return f"{type(cause).__name__}: {cause}"


def _json_kind(value: object) -> str:
    kinds = ((bool, "a boolean"), (int, "a number"), (float, "a number"), (str, "a string"))
    for kind, name in kinds:
        if isinstance(value, kind):
            return f"{name} ({shorten(json.dumps(value))[:40]})"
    if value is None:
        return "null"
    return "an array" if isinstance(value, list) else type(value).__name__


def _models_being_parsed(cause: BaseException) -> list[tuple[str, object]]:
    """The generated models whose ``from_dict`` was running when ``cause`` was raised, outermost
    first (``SourceList > Source``: where in the body the shape broke), each with the value it
    was given."""
    models: list[tuple[str, object]] = []
    trace: types.TracebackType | None = cause.__traceback__
    while trace is not None:
        frame = trace.tb_frame
        if frame.f_code.co_name == "from_dict":
            model = frame.f_locals.get("cls")
            if isinstance(model, type):
                models.append((model.__name__, frame.f_locals.get("src_dict")))
        trace = trace.tb_next
    return models
