"""Live events: a source's Server-Sent Events stream, ``GET /sources/{id}/sse``, sync and async.

``stream(source_id, api_key=...)`` (or ``client.events.stream(source_id)``) yields each event the
source emits as an ``EventSummary``, as it arrives, for as long as you iterate. httpx-sse decodes
the stream; this module decides what happens around it:

- A dropped connection (reset, cut mid-body, the server ending the stream, no byte for
  ``read_timeout`` seconds) is reopened with ``Last-Event-ID``, after the server's ``retry:``
  delay, doubled for each failure in a row (capped at :data:`MAX_BACKOFF_SECONDS`; an event,
  or a stream that stayed open :data:`STABLE_SECONDS`, ends a row). The server
  replays what was missed; an event whose ID is not newer than the last one yielded is skipped,
  so nothing is lost or delivered twice. After ``max_failures`` failures in a row it gives up
  with ``APIConnectionError``.
- A hostile server cannot make it spin or fill memory: every reconnect waits at least
  :data:`MIN_RETRY_SECONDS` (whatever ``retry:`` says), and a message longer than
  :data:`MAX_MESSAGE_BYTES` (a line that never ends, endless ``data:`` lines) raises
  ``APIResponseValidationError`` without reading the rest; of an error answer's body only the
  first :data:`MAX_ERROR_BODY_BYTES` are read.
- Heartbeat comments keep the read timeout from firing on an idle stream: the default
  (60 s) is four of Pipedream's 15 s heartbeats.
- ``401``, ``403``, ``404`` and every other 4xx but 408 and 429 raise the typed error at once and
  are never retried; 408, 429, 500 and 502-504 are retried like a drop (honouring ``Retry-After``).
- ``with`` / ``async with`` closes the connection, and so does ``break`` out of a ``for`` over a
  sync stream. Errors and log lines mask the key (:mod:`pipedream_rest_runtime.masking`).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote

import httpx
from httpx_sse import EventSource, ServerSentEvent
from pipedream_rest_client.models import EventSummary
from pipedream_rest_runtime.errors import (
    APIConnectionError,
    APIResponseValidationError,
    PipedreamError,
    shorten,
    status_error,
)
from pipedream_rest_runtime.masking import SECRETS_EXTENSION, mask_for

from .capped_stream import CappedStream, FirstBytes, MessageTooLarge
from .logs import about, logger
from .retries import is_retryable_status, parse_retry_after

DEFAULT_BASE_URL = "https://api.pipedream.com/v1"
DEFAULT_READ_TIMEOUT = 60.0
CONNECT_TIMEOUT = 10.0  # also the write and pool timeouts; reading is `read_timeout`
DEFAULT_RETRY_MS = 1000
DEFAULT_MAX_FAILURES = 10
MAX_BACKOFF_SECONDS = 30.0
# The least wait before reconnecting, whatever `retry:` says: a server sending `retry: 0` and
# one event per connection would otherwise have the client reconnect in a tight loop.
MIN_RETRY_SECONDS = 0.1
# The longest message read (the bytes between two blank lines, `data:` lines and all): longer is
# APIResponseValidationError, not memory filled by a server that never ends a line.
MAX_MESSAGE_BYTES = 16 * 1024 * 1024
# The most of an error answer's body read (its JSON message is at the start): a 503 with an
# endless body must not fill memory before the retry.
MAX_ERROR_BODY_BYTES = 64 * 1024
STABLE_SECONDS = 30.0  # a stream open this long, even without events, resets the failure count
EVENT_STREAM = "text/event-stream"


def stream_url(base_url: str, source_id: str) -> str:
    """``https://api.pipedream.com/sources/<id>/sse`` from the API's base URL: the stream is
    served outside ``/v1``."""
    if not isinstance(source_id, str) or not source_id.strip():
        raise ValueError(f"source_id must be a source ID such as 'dc_abc123', got {source_id!r}")
    root = base_url.rstrip("/").removesuffix("/v1")
    return f"{root}/sources/{quote(source_id, safe='')}/sse"


def _event_key(event_id: str) -> tuple[int, int] | None:
    ms, _, seq = event_id.partition("-")
    if ms.isdigit() and seq.isdigit():
        return int(ms), int(seq)
    return None


class _Resume:
    """What the sync and async streams share: the headers of each attempt, what to yield of each
    message, and how long to wait before the next attempt (or to give up)."""

    def __init__(
        self,
        url: str,
        *,
        last_event_id: str | None,
        max_failures: int,
        secrets: tuple[str, ...],
    ) -> None:
        if isinstance(max_failures, bool) or not isinstance(max_failures, int) or max_failures < 0:
            raise ValueError(f"max_failures must be an integer >= 0, got {max_failures!r}")
        self.url = url
        self.last_event_id = last_event_id
        self._last_key = _event_key(last_event_id) if last_event_id else None
        self.retry_seconds = DEFAULT_RETRY_MS / 1000
        self.max_failures = max_failures
        self.failures = 0  # attempts since the last event, or since a stream that lasted
        self._opened_at: float | None = None
        self.secrets = secrets

    def request_options(self) -> dict[str, Any]:
        headers = {"Accept": EVENT_STREAM, "Cache-Control": "no-store"}
        if self.last_event_id:
            headers["Last-Event-ID"] = self.last_event_id
        return {"headers": headers, "extensions": {SECRETS_EXTENSION: self.secrets}}

    def check_answer(self, response: httpx.Response) -> float | None:
        """``None`` when ``response`` is the stream; else the wait before trying again. Raises
        the typed error for an answer that is not retried (its body has been read)."""
        status = response.status_code
        if status == 200 and response.headers.get("content-type", "").startswith(EVENT_STREAM):
            self._opened_at = time.monotonic()
            return None
        if status == 200:
            raise APIResponseValidationError(
                f"200 answer is not an event stream (Content-Type: "
                f"{response.headers.get('content-type', 'none')}); is the base URL right?",
                method="GET",
                path=response.request.url.path,
                status_code=status,
                body="",
            )
        if not is_retryable_status("GET", status):  # as the transport: 408, 429, 500, 502-504
            raise status_error(response)
        return self._next_delay(
            str(status), response.request, parse_retry_after(response.headers, time.time())
        )

    def take(self, message: ServerSentEvent, response: httpx.Response) -> EventSummary | None:
        """The event a message carries, or ``None`` (a heartbeat, a ``retry:``, a repeat)."""
        if message.retry is not None:  # any digits: 10**400 ms must not overflow a float
            self.retry_seconds = min(message.retry, int(MAX_BACKOFF_SECONDS * 1000)) / 1000
        if not message.data:
            return None
        key = _event_key(message.id) if message.id else None
        if key is not None and self._last_key is not None and key <= self._last_key:
            return None  # the server replayed one we already yielded
        try:
            event = EventSummary.from_dict(json.loads(message.data))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            mask = mask_for(response.request, message.data)
            raise APIResponseValidationError(
                shorten(mask.text(f"event stream message is not an EventSummary ({exc}): "))
                + shorten(mask.text(message.data)),
                method="GET",
                path=response.request.url.path,
                status_code=response.status_code,
                body=mask.text(message.data),
            ) from exc
        if message.id:
            self.last_event_id, self._last_key = message.id, key
        self.failures = 0
        return event

    def capped(self, response: httpx.Response) -> httpx.Response:
        """``response`` reading at most :data:`MAX_MESSAGE_BYTES` per message (else
        :class:`MessageTooLarge`)."""
        response.stream = CappedStream(response.stream, MAX_MESSAGE_BYTES)
        return response

    def error_body_capped(self, response: httpx.Response) -> httpx.Response:
        """``response`` whose body reads as its first :data:`MAX_ERROR_BODY_BYTES` only."""
        response.stream = FirstBytes(response.stream, MAX_ERROR_BODY_BYTES)
        return response

    def too_large(self, response: httpx.Response, error: MessageTooLarge) -> PipedreamError:
        return APIResponseValidationError(
            str(error), method="GET", path=response.request.url.path, status_code=200, body=""
        )

    def after_end(self, request: httpx.Request) -> float:
        """The server ended the stream: reconnect after its ``retry:`` delay."""
        return self._next_delay("stream ended", request, None)

    def after_failure(self, request: httpx.Request, error: httpx.TransportError) -> float:
        return self._next_delay(type(error).__name__, request, None, cause=error)

    def _next_delay(
        self,
        what: str,
        request: httpx.Request,
        retry_after: float | None,
        cause: Exception | None = None,
    ) -> float:
        opened_at, self._opened_at = self._opened_at, None
        if opened_at is not None and time.monotonic() - opened_at >= STABLE_SECONDS:
            self.failures = 0  # a stream that lasted is not a failure in a row
        self.failures += 1
        if self.failures > self.max_failures:
            raise APIConnectionError(
                f"live stream lost ({what}) {self.failures} times in a row; giving up",
                method="GET",
                path=request.url.path,
                may_have_been_applied=False,
            ) from cause
        backoff = self.retry_seconds * 2.0 ** (self.failures - 1)
        delay = min(MAX_BACKOFF_SECONDS, max(backoff, retry_after or 0.0, MIN_RETRY_SECONDS))
        logger.info(
            "GET %s -> %s; reconnecting in %.2fs after %s",
            request.url.path, what, delay, self.last_event_id or "the start",
            extra=about(request),
        )  # fmt: skip
        return delay


class LiveStream:
    """A source's events as they arrive: iterate it (``for event in stream``), and close it with
    ``with`` or ``close()``; a ``break`` out of the ``for`` closes the connection too.

    Entering ``with`` connects at once (so an error raises there, and every event emitted after
    it is received); iterating without ``with`` connects on the first ``next``.
    """

    def __init__(
        self,
        http: httpx.Client,
        resume: _Resume,
        *,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._http = http
        self._resume = resume
        self._sleep = sleep or time.sleep
        self._response: httpx.Response | None = None
        self._closed = False

    @property
    def last_event_id(self) -> str | None:
        """The ID of the last event yielded: pass it as ``last_event_id`` to resume later."""
        return self._resume.last_event_id

    def _open(self) -> httpx.Response | None:
        """The open stream, after as many attempts as it takes; ``None`` once closed."""
        resume = self._resume
        while not self._closed:
            request = self._http.build_request("GET", resume.url, **resume.request_options())
            try:
                response = self._http.send(request, stream=True)
            except httpx.TransportError as exc:
                delay = resume.after_failure(request, exc)
            else:
                try:
                    if response.status_code != 200:
                        resume.error_body_capped(response).read()  # its JSON error, at most
                    answer_delay = resume.check_answer(response)
                except BaseException:
                    response.close()
                    raise
                if answer_delay is None:
                    self._response = response
                    return response
                response.close()
                delay = answer_delay
            self._sleep(delay)
        return None

    def __iter__(self) -> Iterator[EventSummary]:
        # A new generator that this object does not hold: dropping it (``break``) closes it,
        # and with it the connection, at once.
        return self._events()

    def _events(self) -> Iterator[EventSummary]:
        resume = self._resume
        while (response := self._response or self._open()) is not None:
            try:
                for message in EventSource(resume.capped(response)).iter_sse():
                    event = resume.take(message, response)
                    if event is not None:
                        yield event
                delay = resume.after_end(response.request)
            except MessageTooLarge as exc:
                raise resume.too_large(response, exc) from None
            except httpx.TransportError as exc:
                if self._closed:
                    return
                delay = resume.after_failure(response.request, exc)
            finally:
                response.close()
                self._response = None
            if self._closed:
                return
            self._sleep(delay)

    def close(self) -> None:
        """Hang up and stop iterating."""
        self._closed = True
        if self._response is not None:
            self._response.close()
        self._http.close()

    def __enter__(self) -> Self:
        try:
            self._open()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncLiveStream:
    """The async twin of :class:`LiveStream`: ``async with ... as events: async for event in
    events``. Use ``async with`` (or ``await aclose()``): an ``async for`` left by ``break``
    closes its connection only when the loop collects it."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        resume: _Resume,
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._http = http
        self._resume = resume
        self._sleep = sleep or asyncio.sleep
        self._response: httpx.Response | None = None
        self._closed = False

    @property
    def last_event_id(self) -> str | None:
        return self._resume.last_event_id

    async def _open(self) -> httpx.Response | None:
        resume = self._resume
        while not self._closed:
            request = self._http.build_request("GET", resume.url, **resume.request_options())
            try:
                response = await self._http.send(request, stream=True)
            except httpx.TransportError as exc:
                delay = resume.after_failure(request, exc)
            else:
                try:
                    if response.status_code != 200:
                        await resume.error_body_capped(response).aread()  # its JSON error
                    answer_delay = resume.check_answer(response)
                except BaseException:
                    await response.aclose()
                    raise
                if answer_delay is None:
                    self._response = response
                    return response
                await response.aclose()
                delay = answer_delay
            await self._sleep(delay)
        return None

    def __aiter__(self) -> AsyncIterator[EventSummary]:
        return self._events()

    async def _events(self) -> AsyncIterator[EventSummary]:
        resume = self._resume
        while (response := self._response or await self._open()) is not None:
            try:
                async for message in EventSource(resume.capped(response)).aiter_sse():
                    event = resume.take(message, response)
                    if event is not None:
                        yield event
                delay = resume.after_end(response.request)
            except MessageTooLarge as exc:
                raise resume.too_large(response, exc) from None
            except httpx.TransportError as exc:
                if self._closed:
                    return
                delay = resume.after_failure(response.request, exc)
            finally:
                await response.aclose()
                self._response = None
            if self._closed:
                return
            await self._sleep(delay)

    async def aclose(self) -> None:
        self._closed = True
        if self._response is not None:
            await self._response.aclose()
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        try:
            await self._open()
        except BaseException:
            await self.aclose()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def _prepare(
    source_id: str,
    api_key: str | None,
    auth: httpx.Auth | None,
    base_url: str,
    last_event_id: str | None,
    max_failures: int,
    headers: Mapping[str, str] | None,
    secrets: tuple[str, ...],
) -> tuple[_Resume, dict[str, str]]:
    """The checked arguments of :func:`stream` / :func:`astream`: the resume state and the
    headers of every attempt (``Authorization`` for an API key; ``auth`` sets its own)."""
    if (api_key is None) == (auth is None):
        raise PipedreamError("pass api_key=... or auth=... (an httpx.Auth), exactly one")
    own: dict[str, str] = {}
    if api_key is not None:
        key = api_key.strip()
        if not key:
            raise PipedreamError("api_key is empty or blank")
        own, secrets = {"Authorization": f"Bearer {key}"}, (key, *secrets)
    resume = _Resume(
        stream_url(base_url, source_id),
        last_event_id=last_event_id,
        max_failures=max_failures,
        secrets=secrets,
    )
    return resume, {**(headers or {}), **own}


def stream(
    source_id: str,
    *,
    api_key: str | None = None,
    auth: httpx.Auth | None = None,
    base_url: str = DEFAULT_BASE_URL,
    last_event_id: str | None = None,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    max_failures: int = DEFAULT_MAX_FAILURES,
    headers: Mapping[str, str] | None = None,
    secrets: tuple[str, ...] = (),
    transport: httpx.BaseTransport | None = None,
) -> LiveStream:
    """A source's live events, without a ``Pipedream`` client: ``with stream("dc_...",
    api_key=...) as events: for event in events: ...``.

    ``base_url`` is the API's (``.../v1``); the stream lives beside it. ``last_event_id`` resumes
    after that event. ``auth`` replaces ``api_key`` (``ClientCredentialsAuth``, say).
    """
    resume, all_headers = _prepare(
        source_id, api_key, auth, base_url, last_event_id, max_failures, headers, secrets
    )
    timeout = httpx.Timeout(CONNECT_TIMEOUT, read=read_timeout)
    http = httpx.Client(headers=all_headers, auth=auth, timeout=timeout, transport=transport)
    return LiveStream(http, resume)


def astream(
    source_id: str,
    *,
    api_key: str | None = None,
    auth: httpx.Auth | None = None,
    base_url: str = DEFAULT_BASE_URL,
    last_event_id: str | None = None,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    max_failures: int = DEFAULT_MAX_FAILURES,
    headers: Mapping[str, str] | None = None,
    secrets: tuple[str, ...] = (),
    transport: httpx.AsyncBaseTransport | None = None,
) -> AsyncLiveStream:
    """The async twin of :func:`stream`: ``async with astream(...) as events: async for ...``."""
    resume, all_headers = _prepare(
        source_id, api_key, auth, base_url, last_event_id, max_failures, headers, secrets
    )
    timeout = httpx.Timeout(CONNECT_TIMEOUT, read=read_timeout)
    http = httpx.AsyncClient(headers=all_headers, auth=auth, timeout=timeout, transport=transport)
    return AsyncLiveStream(http, resume)
