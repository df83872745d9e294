"""The live event streams' hub: every event a source stores reaches each open stream of it.

`publish` is called by the data layer right after an event is written, from whatever thread wrote
it, while the write lock is held, so the hub sees each source's events in ID order. It hands the
message to every subscriber's event loop with `call_soon_threadsafe` and never blocks: each
subscriber has a bounded queue, and one that falls too far behind is ended (its client resumes
from the stored events with `Last-Event-ID`) instead of holding memory or slowing the writer.
"""

from __future__ import annotations

import asyncio
import threading
from collections import defaultdict
from dataclasses import dataclass

from .domain.event_ids import EventKey

DEFAULT_HEARTBEAT_SECONDS = 15.0  # Pipedream's `:sse-handshake` interval
DEFAULT_RETRY_MS = 1000
# Below the 100 events a source keeps: a subscriber ended for falling behind can always resume
# from the stored events without a gap.
DEFAULT_MAX_QUEUED = 64


@dataclass(frozen=True)
class StreamSettings:
    """How the sandbox serves `GET /sources/{id}/sse`."""

    heartbeat_seconds: float = DEFAULT_HEARTBEAT_SECONDS  # tests pass a small one
    retry_ms: int = DEFAULT_RETRY_MS  # the `retry:` each stream starts with
    max_queued: int = DEFAULT_MAX_QUEUED  # messages a slow subscriber may have waiting
    send_timeout_seconds: float = 10.0  # a client that stops reading is dropped after this

    def __post_init__(self) -> None:
        if self.heartbeat_seconds <= 0:
            raise ValueError("heartbeat_seconds must be positive")
        if self.retry_ms < 0:
            raise ValueError("retry_ms must be zero or more")
        if self.max_queued < 1:
            raise ValueError("max_queued must be at least 1")


@dataclass(frozen=True)
class StreamMessage:
    """One event, encoded once for every subscriber: its key orders it, `data` is the JSON."""

    key: EventKey
    id: str
    data: str


class End:
    """Put in a queue to end that stream: `reason` says why (for logs and tests)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


class TooManyStreams(Exception):
    def __init__(self, most: int) -> None:
        super().__init__(f"at most {most} live streams may be open at once per user")
        self.most = most


class Subscriber:
    """One open stream: a bounded queue filled on its own event loop."""

    def __init__(
        self,
        source_id: str,
        loop: asyncio.AbstractEventLoop,
        max_queued: int,
        user_id: str = "",
    ) -> None:
        self.source_id = source_id
        self.user_id = user_id
        self.loop = loop
        # One slot more than max_queued, kept for the End that replaces an overflow.
        self.queue: asyncio.Queue[StreamMessage | End] = asyncio.Queue(max_queued + 1)
        self.max_queued = max_queued
        self.ended = False

    def offer(self, item: StreamMessage | End) -> None:
        """On the subscriber's loop: queue `item`, or end the stream when it is full."""
        if self.ended:
            return
        if isinstance(item, End):
            self._end(item)
        elif self.queue.qsize() >= self.max_queued:
            self._end(End("fell behind"))
        else:
            self.queue.put_nowait(item)

    def _end(self, end: End) -> None:
        self.ended = True
        self.queue.put_nowait(end)  # the slot kept free for it: the queue is never full here

    def send(self, item: StreamMessage | End) -> None:
        """From any thread."""
        try:
            self.loop.call_soon_threadsafe(self.offer, item)
        except RuntimeError:  # the loop is closed: the stream is gone already
            pass


class StreamHub:
    """Open streams by source; thread-safe."""

    def __init__(self, settings: StreamSettings | None = None) -> None:
        self.settings = settings or StreamSettings()
        self._lock = threading.Lock()
        self._by_source: defaultdict[str, set[Subscriber]] = defaultdict(set)
        self._closed = False

    def subscribe(
        self, source_id: str, user_id: str = "", most_per_user: int | None = None
    ) -> Subscriber:
        """Register a stream before reading the stored events, so nothing falls in between.
        Raises TooManyStreams when `user_id` has `most_per_user` open already (checked under the
        lock that registers, so concurrent requests cannot all slip past it)."""
        loop = asyncio.get_running_loop()
        subscriber = Subscriber(source_id, loop, self.settings.max_queued, user_id)
        with self._lock:
            if most_per_user is not None and self._open_of(user_id) >= most_per_user:
                raise TooManyStreams(most_per_user)
            if self._closed:
                subscriber.offer(End("the server is shutting down"))
            else:
                self._by_source[source_id].add(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            streams = self._by_source.get(subscriber.source_id)
            if streams is not None:
                streams.discard(subscriber)
                if not streams:
                    del self._by_source[subscriber.source_id]

    def publish(self, source_id: str, message: StreamMessage) -> None:
        with self._lock:
            subscribers = list(self._by_source.get(source_id, ()))
        for subscriber in subscribers:
            subscriber.send(message)

    def wants(self, source_id: str) -> bool:
        """Whether any stream of the source is open (so an event need not be encoded)."""
        return source_id in self._by_source

    def _open_of(self, user_id: str) -> int:
        return sum(s.user_id == user_id for streams in self._by_source.values() for s in streams)

    def open_streams(self) -> int:
        with self._lock:
            return sum(len(streams) for streams in self._by_source.values())

    def drop_all(self, reason: str = "dropped by the server") -> None:
        """End every open stream now; clients reconnect (what a restart looks like to them)."""
        with self._lock:
            subscribers = [s for streams in self._by_source.values() for s in streams]
        for subscriber in subscribers:
            subscriber.send(End(reason))

    def close(self) -> None:
        """End every open stream and refuse new ones: call it before the server stops, so it
        does not wait out its graceful-shutdown timeout on streams that never end."""
        with self._lock:
            self._closed = True
        self.drop_all("the server is shutting down")
