"""The one way an event enters the sandbox: `Emitter.emit`.

It stores the event in its emitter's list, copies it to every source subscribed to that emitter's
channel, queues a JSON POST to every subscribed webhook, and then publishes each stored copy to
the in-process listeners (`LiveListeners`), such as live event streams.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from ..context import DataContext
from ..delivery import Delivery, WebhookDelivery
from .events import Event, EventLog, emit_metadata
from .subscriptions import emitter_owners, listeners

log = logging.getLogger("pipedream_sandbox.emit")

LiveListener = Callable[[Event], None]


class LiveListeners:
    """In-process callbacks told about every event stored by an emit, in order, as it is stored.

    `add(callback)` registers `callback(event)` and returns a function that removes it. An event
    is published once per source that stores a copy (`event.source_id` says which), so a listener
    of one source's stream filters on it. Callbacks run on the emitting thread, which may be the
    event loop or a worker thread: they must be quick and must not block (hand the event to a
    queue with `loop.call_soon_threadsafe`). A callback that raises is logged and skipped.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._callbacks: list[LiveListener] = []

    def add(self, callback: LiveListener) -> Callable[[], None]:
        with self._lock:
            self._callbacks.append(callback)

        def remove() -> None:
            with self._lock:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return remove

    def publish(self, event: Event) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback(event)
            except Exception:
                log.exception("live listener failed on event %s of %s", event.id, event.source_id)


class Emitter:
    def __init__(
        self,
        context: DataContext,
        events: EventLog,
        delivery: WebhookDelivery,
        live: LiveListeners | None = None,
    ) -> None:
        self.context = context
        self.events = events
        self.delivery = delivery
        self.live = live or LiveListeners()

    def emit(
        self,
        emitter_id: str,
        payload: Any,
        channel: str = "",
        metadata: dict[str, Any] | None = None,
    ) -> str:
        """Emit an event from a source or workflow on a channel (`""` is the default, `$errors`
        and `$logs` are built in, any other name is a custom channel), as `$emit(payload,
        {name: channel, id, summary, ts})` does; answer its ID in the emitter's own list.

        A source subscribed to its own channel (a self-subscription) holds the event once: the
        emitter's own copy is the delivery, and nothing is emitted again, so it never loops.

        With a `delivery_ts` (epoch ms) still to come, the emit is scheduled: it waits in the
        emitter's `$in` channel (listed and deleted like any channel: deleting cancels it), and
        is emitted as above by the first `release_due` after that time. Its ID there is answered.
        Raises ValueError when there is no such source or workflow, or the metadata is of the
        wrong type (`EmitMetadataError`).
        """
        checked = emit_metadata(metadata)
        emit_id = self.context.ids.token(27)
        with self.context.store.transaction() as conn:
            owners = emitter_owners(conn, emitter_id)
            if owners is None:
                raise ValueError(f"no source or workflow {emitter_id}")
            if checked.get("delivery_ts", 0) > self.context.clock() * 1000:
                return self.events.queue(conn, emitter_id, emit_id, channel, payload, checked).id
            own = self.events.append(
                conn, emitter_id, emitter_id, emit_id, channel, payload, metadata=checked
            )
            targets = listeners(conn, emitter_id, owners, channel)
            stored = [own] + [
                self.events.append(
                    conn, source_id, emitter_id, emit_id, channel, payload, metadata=checked
                )
                for source_id in targets.source_ids
            ]
            # Under the write lock, so every listener sees each source's events in ID order
            # (two emits on two threads could otherwise publish out of order). A live stream that
            # hears of an event before its commit loses nothing: it replays stored events only
            # after registering, and skips what it has already sent.
            for event in stored:
                self.live.publish(event)
        body = json.dumps(payload).encode("utf-8")
        for webhook in targets.webhooks:
            headers = {
                "Content-Type": "application/json",
                "User-Agent": "pipedream-sandbox",
                "X-Sandbox-Webhook-Id": webhook.id,
                "X-Sandbox-Emitter-Id": emitter_id,
                "X-Sandbox-Event-Id": own.id,
                "X-Sandbox-Event-Name": channel,
            }
            self.delivery.deliver(Delivery(webhook.id, webhook.url, own.id, body, headers))
        return own.id

    def release_due(self) -> int:
        """Emit every scheduled emit whose `delivery_ts` has come (the sandbox has no timer: the
        API calls this before it reads or deletes events, and HTTP endpoints before they emit).
        Answers how many were emitted."""
        due = self.events.take_due(int(self.context.clock() * 1000))
        for event in due:
            channel = event.queued_channel or ""
            self.emit(event.emitter_id, event.payload, channel, event.metadata)
        return len(due)
