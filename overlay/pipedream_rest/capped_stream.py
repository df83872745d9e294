"""A cap on one Server-Sent Events message, applied to the bytes before httpx-sse decodes them.

httpx-sse keeps a line until its newline and a message's ``data:`` lines until the blank line that
ends it, without a limit: a server that sends endless bytes without a newline (or endless
``data:`` lines without a blank one) would fill the client's memory while every read arrives in
time. :class:`MessageBytes` counts the bytes since the last blank line and raises once they pass
the cap; :class:`CappedStream` wraps a response's byte stream with it. :class:`FirstBytes` reads
only the start of an error body.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Generator, Iterator

import httpx

_LINE_END = re.compile(rb"\r\n|\r|\n")


class MessageTooLarge(Exception):
    """More than the cap since the last blank line: no message that big is read."""


class MessageBytes:
    """Counts the bytes of the message being received (SSE lines end in CRLF, CR or LF; a blank
    line ends a message)."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.size = 0  # bytes since the last blank line
        self.line = 0  # bytes of the line being received
        self.after_cr = False  # the last byte was a CR: an LF next is the same line end

    def feed(self, chunk: bytes) -> None:
        self.size += len(chunk)
        start = 0
        for end in _LINE_END.finditer(chunk):
            text = end.start() - start
            start = end.end()
            if text == 0 and self.after_cr and end.group() == b"\n":
                self.after_cr = False  # a CRLF split across two chunks
                continue
            if text == 0 and self.line == 0:
                self.size = len(chunk) - end.end()  # a blank line: the message ended
            self.line = 0
            self.after_cr = end.group() == b"\r"
        if start < len(chunk):
            self.line += len(chunk) - start
            self.after_cr = False
        if self.size > self.cap:
            raise MessageTooLarge(f"an event stream message is longer than {self.cap} bytes")


Inner = httpx.SyncByteStream | httpx.AsyncByteStream


class _Wrapped(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body stream seen through `_chunks`, sync or async as the inner stream is."""

    def __init__(self, inner: Inner, most: int) -> None:
        self.inner = inner
        self.most = most

    def _chunks(self) -> Generator[bytes | None, bytes, None]:
        """Sent each chunk read; yields what to pass on (`None`: stop reading)."""
        raise NotImplementedError

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self.inner, httpx.SyncByteStream)
        through = self._chunks()
        next(through)
        for chunk in self.inner:
            passed = through.send(chunk)
            if passed is None:
                return
            yield passed

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self.inner, httpx.AsyncByteStream)
        through = self._chunks()
        next(through)
        async for chunk in self.inner:
            passed = through.send(chunk)
            if passed is None:
                return
            yield passed

    def close(self) -> None:
        if isinstance(self.inner, httpx.SyncByteStream):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncByteStream):
            await self.inner.aclose()


class CappedStream(_Wrapped):
    """Every byte, raising MessageTooLarge once a message passes `most` bytes."""

    def _chunks(self) -> Generator[bytes | None, bytes, None]:
        counted = MessageBytes(self.most)
        chunk = yield None
        while True:
            counted.feed(chunk)
            chunk = yield chunk


class FirstBytes(_Wrapped):
    """Only the first `most` bytes (an error body: its message is at the start)."""

    def _chunks(self) -> Generator[bytes | None, bytes, None]:
        left = self.most
        chunk = yield None
        while True:
            passed = chunk[:left] if left > 0 else None
            left -= len(chunk)
            chunk = yield passed
