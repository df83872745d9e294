"""A cap on one Server-Sent Events message, applied to the bytes before httpx-sse decodes them.

httpx-sse keeps a line until its newline and a message's ``data:`` lines until the blank line that
ends it, without a limit: a server that sends endless bytes without a newline (or endless
``data:`` lines without a blank one) would fill the client's memory while every read arrives in
time. :class:`MessageBytes` counts the bytes since the last blank line and raises once they pass
the cap; :class:`CappedStream` / :class:`AsyncCappedStream` wrap a response's byte stream with it.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator

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


class CappedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, cap: int) -> None:
        self.inner = inner
        self.cap = cap

    def __iter__(self) -> Iterator[bytes]:
        counted = MessageBytes(self.cap)
        for chunk in self.inner:
            counted.feed(chunk)
            yield chunk

    def close(self) -> None:
        self.inner.close()


class AsyncCappedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, cap: int) -> None:
        self.inner = inner
        self.cap = cap

    async def __aiter__(self) -> AsyncIterator[bytes]:
        counted = MessageBytes(self.cap)
        async for chunk in self.inner:
            counted.feed(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()
