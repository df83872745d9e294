"""GET /sources/{id}/sse (outside /v1): a source's events live, as Server-Sent Events.

sse-starlette's `EventSourceResponse` does the protocol: the heartbeat comments, the per-send
timeout that drops a client which stopped reading, noticing a client that went away, and ending
streams when uvicorn shuts down. This module decides what is sent: `retry:`, then the stored
events after `Last-Event-ID` (if given), then each new event as the hub hands it over, skipping
any the replay already sent. SQLite is only read in a worker thread, never on the event loop.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import anyio
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ..domain.event_ids import EventKey, parse_event_id
from ..domain.events import MAX_EVENTS_PER_SOURCE, QUEUE_CHANNEL, Event, EventLog
from ..errors import ApiError, bad_parameter
from ..streams import End, StreamHub, StreamMessage, Subscriber, TooManyStreams
from . import render
from .common import sandbox_of, user_of

HEARTBEAT_COMMENT = "sse-handshake"  # Pipedream's own heartbeat comment
# How long a stream has to end by itself once sse-starlette sees uvicorn shutting down (it ends
# at once: `_end_on_shutdown`); past it the library cuts the response off.
SHUTDOWN_GRACE_SECONDS = 1.0


def stream_message(event: Event) -> StreamMessage:
    """An event as its SSE message, never truncated: encoded once, whatever the number of open
    streams."""
    data = json.dumps(render.event(event, expand=True), separators=(",", ":"))
    return StreamMessage(event.key, event.id, data)


class PublishListener:
    """A `LiveListeners` callback (`sandbox.live.add`): hands each stored event to the hub,
    encoded only when some stream of its source is open."""

    def __init__(self, hub: StreamHub) -> None:
        self.hub = hub

    def __call__(self, event: Event) -> None:
        if self.hub.wants(event.source_id):
            self.hub.publish(event.source_id, stream_message(event))


def _last_event_id(request: Request) -> EventKey | None:
    value = request.headers.get("last-event-id")
    if value is None or value == "":
        return None
    key = parse_event_id(value)
    if key is None:
        raise bad_parameter(
            "Last-Event-ID", "Last-Event-ID must be an event ID such as 1589486981597-0"
        )
    return key


def _stored_after(events: EventLog, source_id: str, after: EventKey) -> list[StreamMessage]:
    """The stored events newer than `after`, oldest first (a worker thread runs this); not the
    scheduled emits waiting in `$in`, which the live stream sends when they are emitted."""
    newest_first, _ = events.page(source_id, after=None, before=after, limit=MAX_EVENTS_PER_SOURCE)
    return [
        stream_message(event) for event in reversed(newest_first) if event.channel != QUEUE_CHANNEL
    ]


def _as_sse(message: StreamMessage) -> ServerSentEvent:
    return ServerSentEvent(data=message.data, id=message.id)


async def _messages(
    events: EventLog, hub: StreamHub, subscriber: Subscriber, last: EventKey | None
) -> AsyncIterator[ServerSentEvent]:
    try:
        yield ServerSentEvent(retry=hub.settings.retry_ms)
        if last is not None:
            for message in await run_in_threadpool(
                _stored_after, events, subscriber.source_id, last
            ):
                yield _as_sse(message)
                last = message.key
        while True:
            item = await subscriber.queue.get()
            if isinstance(item, End):
                return
            if last is not None and item.key <= last:
                continue  # the replay sent it already
            last = item.key
            yield _as_sse(item)
    finally:
        hub.unsubscribe(subscriber)


async def _end_on_shutdown(shutdown: anyio.Event, subscriber: Subscriber) -> None:
    """Ends the stream with its closing chunk when the server stops (SIGTERM), so the client
    sees a clean end, not a connection cut mid-body."""
    await shutdown.wait()
    subscriber.offer(End("the server is shutting down"))


async def stream_source_events(request: Request) -> EventSourceResponse:
    """Errors (a bad Last-Event-ID, an unknown or foreign source) are answered as JSON before
    the stream opens; after that, only the stream's end tells the client anything."""
    sandbox, user = sandbox_of(request), user_of(request)
    last = _last_event_id(request)
    source = await run_in_threadpool(sandbox.sources.require, user.id, request.path_params["id"])
    hub = sandbox.streams
    try:
        subscriber = hub.subscribe(source.id, user.id, sandbox.limits.streams_per_user)
    except TooManyStreams as exc:
        raise ApiError(429, f"{exc}; close one first", code="too_many_streams") from None
    settings = hub.settings
    shutdown = anyio.Event()
    return EventSourceResponse(
        _messages(sandbox.events, hub, subscriber, last),
        ping=settings.heartbeat_seconds,
        ping_message_factory=lambda: ServerSentEvent(comment=HEARTBEAT_COMMENT),
        send_timeout=settings.send_timeout_seconds,
        sep="\n",
        shutdown_event=shutdown,
        shutdown_grace_period=SHUTDOWN_GRACE_SECONDS,
        data_sender_callable=lambda: _end_on_shutdown(shutdown, subscriber),
        # Also when the stream ends before its first message (the generator's `finally` then
        # never runs); unsubscribing twice is harmless.
        background=BackgroundTask(hub.unsubscribe, subscriber),
    )
