"""A hostile server behind the live event stream client (``pipedream_rest.live``): a line that
never ends, a message of endless ``data:`` lines, an error answer with an endless body, ``retry:
0`` with an event per connection (a reconnect storm), and a ``retry:`` too big for a float. The client must stop with a typed error
or wait sensibly, never fill its memory, spin, or crash with a bare Python error. Every stream
here is finite, so a client without the caps fails these tests instead of hanging."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest
from pipedream_rest import APIResponseValidationError, NotFoundError
from pipedream_rest.capped_stream import MessageBytes, MessageTooLarge
from pipedream_rest.live import (
    MAX_BACKOFF_SECONDS,
    MAX_ERROR_BODY_BYTES,
    MAX_MESSAGE_BYTES,
    MIN_RETRY_SECONDS,
    astream,
    stream,
)

SSE_HEADERS = {"content-type": "text/event-stream"}
CHUNK = 64 * 1024
ENOUGH = MAX_MESSAGE_BYTES + 4 * CHUNK  # a finite stand-in for "endless"


def message(n: int) -> bytes:
    data = f'{{"id":"{n}-0","indexed_at_ms":{n},"event":{{"n":{n}}},"metadata":{{}}}}'
    return f"id: {n}-0\ndata: {data}\n\n".encode()


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Chunks from a generator, counting what was sent."""

    def __init__(self, chunks: Callable[[], Iterator[bytes]]) -> None:
        self.chunks = chunks
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks():
            self.sent += len(chunk)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def endless_line() -> Iterator[bytes]:
    yield b"data: "
    for _ in range(ENOUGH // CHUNK):
        yield b"x" * CHUNK


def endless_data_lines() -> Iterator[bytes]:
    line = b"data: " + b"x" * 1000 + b"\n"
    for _ in range(ENOUGH // len(line)):
        yield line


def serve(body: Body) -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda request: httpx.Response(200, headers=SSE_HEADERS, stream=body)
    )


@pytest.mark.parametrize("shape", [endless_line, endless_data_lines])
def test_a_message_past_the_cap_raises_without_reading_the_rest(
    shape: Callable[[], Iterator[bytes]],
) -> None:
    body = Body(shape)
    with (
        stream("dc_x", api_key="k", transport=serve(body), max_failures=0) as events,
        pytest.raises(APIResponseValidationError, match="longer than"),
    ):
        next(iter(events))
    assert body.sent <= MAX_MESSAGE_BYTES + CHUNK


def test_the_async_stream_has_the_same_cap() -> None:
    async def first() -> None:
        async with astream("dc_x", api_key="k", transport=serve(Body(endless_line))) as events:
            await anext(aiter(events))

    with pytest.raises(APIResponseValidationError, match="longer than"):
        asyncio.run(asyncio.wait_for(first(), timeout=30))


def test_the_cap_is_per_message_not_per_stream() -> None:
    many = 20 * MAX_MESSAGE_BYTES // len(message(1))
    counted = MessageBytes(MAX_MESSAGE_BYTES)
    for n in range(0, many, 1000):
        counted.feed(b"".join(message(i) for i in range(n, n + 1000)))
    # Line ends of every kind, split across chunks, still end messages.
    counted = MessageBytes(10)
    for chunk in [b"data: 12\r", b"\n\r\n", b"data: 34\r\r", b"data: 56\n", b"\n"]:
        counted.feed(chunk)
    with pytest.raises(MessageTooLarge):
        counted.feed(b"data: 7\r\ndata: 8\r\n")


def storm_of(retry: bytes, connections: int) -> tuple[list[float], list[int]]:
    """Each connection sends `retry`, one event, then ends; the waits between connections."""
    waits: list[float] = []
    got: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        n = len(got) + 1
        return httpx.Response(200, headers=SSE_HEADERS, content=retry + message(n))

    with stream("dc_x", api_key="k", transport=httpx.MockTransport(handler)) as events:
        events._sleep = waits.append
        for event in events:
            got.append(event.event["n"])
            if len(got) == connections:
                break
    return waits, got


def test_retry_0_with_an_event_per_connection_still_waits_between_reconnects() -> None:
    waits, got = storm_of(b"retry: 0\n\n", connections=5)
    assert got == [1, 2, 3, 4, 5]
    assert waits == [MIN_RETRY_SECONDS] * 4


def test_a_retry_too_big_for_a_float_waits_the_longest_backoff() -> None:
    started = time.monotonic()
    waits, got = storm_of(b"retry: 1" + b"0" * 400 + b"\n\n", connections=2)
    assert got == [1, 2]
    assert waits == [MAX_BACKOFF_SECONDS]
    assert time.monotonic() - started < 5


def endless_error() -> Iterator[bytes]:
    yield b'{"error": "busy", "pad": "'
    for _ in range(ENOUGH // CHUNK):
        yield b"x" * CHUNK


def test_an_endless_error_body_is_read_only_as_far_as_its_start() -> None:
    bodies = [Body(endless_error), Body(endless_error)]
    answers = iter(
        [
            httpx.Response(503, stream=bodies[0], headers={"retry-after-ms": "1"}),
            httpx.Response(200, headers=SSE_HEADERS, content=message(1)),
            httpx.Response(404, stream=bodies[1]),
        ]
    )
    transport = httpx.MockTransport(lambda request: next(answers))
    with stream("dc_x", api_key="k", transport=transport) as events:
        events._sleep = lambda seconds: None
        assert next(iter(events)).event == {"n": 1}  # the 503 was retried
        with pytest.raises(NotFoundError):
            next(iter(events))  # the stream ended; reconnecting meets the 404
    assert all(body.sent <= MAX_ERROR_BODY_BYTES + 2 * CHUNK for body in bodies)


def test_the_async_stream_reads_only_the_start_of_an_error_body() -> None:
    body = Body(endless_error)

    async def first() -> None:
        transport = httpx.MockTransport(lambda request: httpx.Response(404, stream=body))
        async with astream("dc_x", api_key="k", transport=transport):
            pass

    with pytest.raises(NotFoundError):
        asyncio.run(asyncio.wait_for(first(), timeout=30))
    assert body.sent <= MAX_ERROR_BODY_BYTES + 2 * CHUNK
