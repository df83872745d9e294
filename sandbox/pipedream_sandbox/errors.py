"""The API's error answers: `{"error": message, "code": ..., "details": {...}}`, for every failure."""

from __future__ import annotations

import logging
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

log = logging.getLogger("pipedream_sandbox")


class ApiError(Exception):
    """Raised anywhere in a handler; answered with the spec's ErrorBody and this status."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.details = details
        self.headers = headers

    def response(self) -> JSONResponse:
        body: dict[str, Any] = {"error": self.message}
        if self.code is not None:
            body["code"] = self.code
        if self.details:
            body["details"] = self.details
        return JSONResponse(body, status_code=self.status, headers=self.headers)


def bad_parameter(name: str, message: str) -> ApiError:
    """A 400 that names the offending parameter, as the spec's BadRequest example does."""
    return ApiError(400, message, code="invalid_parameter", details={"parameter": name})


QUOTED_CHARS = 100  # the most of a client's ID or path an error message repeats


def quoted(text: str) -> str:
    """`text` as an error message repeats it: a URL can carry kilobytes, the answer need not."""
    return text if len(text) <= QUOTED_CHARS else f"{text[:QUOTED_CHARS]}..."


def not_found(kind: str, ident: str) -> ApiError:
    return ApiError(404, f"{kind} {quoted(ident)} not found", code="not_found")


async def api_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def http_exception_handler(request: Request, exc: Exception) -> Response:
    """Starlette's own 404/405 (unknown path, or a method a path lacks) as the API's 404.

    The spec documents no 405, and `PUT /sources/x/events` is simply no resource of the API.
    """
    assert isinstance(exc, HTTPException)
    if exc.status_code in (404, 405):
        error = ApiError(
            404, f"no route for {request.method} {quoted(request.url.path)}", code="not_found"
        )
    else:
        error = ApiError(exc.status_code, str(exc.detail))
    return error.response()


async def unexpected_error_handler(request: Request, exc: Exception) -> Response:
    """A bug: log it, and still answer with an ErrorBody rather than a bare 500 page."""
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return ApiError(500, "Internal server error", code="internal_error").response()


EXCEPTION_HANDLERS = {
    ApiError: api_error_handler,
    HTTPException: http_exception_handler,
    Exception: unexpected_error_handler,
}
