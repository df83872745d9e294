"""Every source's and workflow's list of events, newest first, capped at MAX_EVENTS_PER_SOURCE
(the oldest go first). A source subscribed to an emitter holds its own copy of each event.

A scheduled emit (`delivery_ts` later than now) waits in its emitter's `$in` channel, where it
can be listed and deleted (cancelled), until `take_due` hands it back to be emitted.

Storing only: emitting (store, fan out, deliver) is `emit.Emitter`'s job."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Any

from ..context import DataContext
from ..store import fetch_one, fetch_row, load_json
from .event_ids import NEWEST, OLDEST, EventKey, format_event_id

MAX_EVENTS_PER_SOURCE = 100
QUEUE_CHANNEL = "$in"  # where scheduled emits wait
# What `$emit(event, {...})` may pass, and of which types.
EMIT_METADATA = {"id": (str, int), "summary": (str,), "ts": (int,), "delivery_ts": (int,)}


class EmitMetadataError(ValueError):
    """Emit metadata of the wrong type."""


def emit_metadata(given: dict[str, Any] | None) -> dict[str, Any]:
    """The metadata an emit passes (`$emit(event, {id, summary, ts, delivery_ts})`), checked:
    `id` a string or integer (the dedupe key), `summary` a string, `ts` and `delivery_ts` epoch
    milliseconds. Other keys (such as `name`, the channel) are not kept."""
    kept: dict[str, Any] = {}
    for name, value in (given or {}).items():
        kinds = EMIT_METADATA.get(name)
        if kinds is None or value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, kinds):
            expected = " or ".join(kind.__name__ for kind in kinds)
            raise EmitMetadataError(f"emit metadata {name} must be {expected}, not {value!r}")
        kept[name] = value
    return kept


@dataclass(frozen=True)
class Event:
    """One stored event of one source (or workflow), `source_id`."""

    source_id: str
    key: EventKey
    emitter_id: str  # who emitted it: the source itself, or one it is subscribed to
    emit_id: str  # the same for every copy of one emit
    channel: str  # "" is the default channel
    payload: Any
    payload_json: str  # the payload as stored (its size decides truncation)
    metadata: dict[str, Any] = field(default_factory=dict)  # the emit's `id`, `summary`, `ts`
    queued_channel: str | None = None  # a scheduled emit's channel, while it waits on `$in`

    @property
    def id(self) -> str:
        return format_event_id(self.key)

    @classmethod
    def of(cls, row: sqlite3.Row) -> Event:
        return cls(
            source_id=row["source_id"],
            key=(row["ms"], row["seq"]),
            emitter_id=row["emitter_id"],
            emit_id=row["emit_id"],
            channel=row["channel"],
            payload=load_json(row["payload"], row["payload"]),  # unreadable: as its JSON text
            payload_json=row["payload"],
            metadata=json.loads(row["metadata"]) if row["metadata"] else {},
            queued_channel=row["queued_channel"],
        )


class EventLog:
    def __init__(self, context: DataContext) -> None:
        self.context = context

    def append(
        self,
        conn: sqlite3.Connection,
        source_id: str,
        emitter_id: str,
        emit_id: str,
        channel: str,
        payload: Any,
        key: EventKey | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Event:
        """Store an event in the caller's transaction, under `key` or the next ID of the clock;
        `metadata` is already checked (`emit_metadata`)."""
        if key is None:
            ms = int(self.context.clock() * 1000)
            last = fetch_one(
                conn,
                "SELECT ms, seq FROM events WHERE source_id = ? ORDER BY ms DESC, seq DESC LIMIT 1",
                (source_id,),
            )
            seq = 0
            if last is not None and last["ms"] >= ms:
                ms, seq = last["ms"], last["seq"] + 1
            key = (ms, seq)
        payload_json = json.dumps(payload)
        metadata = metadata or {}
        conn.execute(
            "INSERT INTO events (source_id, ms, seq, emitter_id, emit_id, channel, payload,"
            " metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source_id,
                *key,
                emitter_id,
                emit_id,
                channel,
                payload_json,
                json.dumps(metadata) if metadata else None,
            ),
        )
        oldest_kept = fetch_one(
            conn,
            "SELECT ms, seq FROM events WHERE source_id = ? ORDER BY ms DESC, seq DESC"
            " LIMIT 1 OFFSET ?",
            (source_id, MAX_EVENTS_PER_SOURCE - 1),
        )
        if oldest_kept is not None:
            conn.execute(
                "DELETE FROM events WHERE source_id = ? AND (ms, seq) < (?, ?)",
                (source_id, oldest_kept["ms"], oldest_kept["seq"]),
            )
        return Event(
            source_id, key, emitter_id, emit_id, channel, payload, payload_json, dict(metadata)
        )

    def queue(
        self,
        conn: sqlite3.Connection,
        emitter_id: str,
        emit_id: str,
        channel: str,
        payload: Any,
        metadata: dict[str, Any],
    ) -> Event:
        """Hold a scheduled emit (`metadata["delivery_ts"]`) in the emitter's `$in` channel."""
        event = self.append(
            conn, emitter_id, emitter_id, emit_id, QUEUE_CHANNEL, payload, metadata=metadata
        )
        conn.execute(
            "UPDATE events SET queued_channel = ?, deliver_at_ms = ?"
            " WHERE source_id = ? AND ms = ? AND seq = ?",
            (channel, metadata["delivery_ts"], emitter_id, *event.key),
        )
        return replace(event, queued_channel=channel)

    def take_due(self, now_ms: int) -> list[Event]:
        """Remove and answer the scheduled emits whose time has come, oldest first."""
        with self.context.store.transaction() as conn:
            rows = conn.execute(
                "SELECT * FROM events WHERE deliver_at_ms IS NOT NULL AND deliver_at_ms <= ?"
                " ORDER BY deliver_at_ms, ms, seq",
                (now_ms,),
            ).fetchall()
            for row in rows:
                conn.execute(
                    "DELETE FROM events WHERE source_id = ? AND ms = ? AND seq = ?",
                    (row["source_id"], row["ms"], row["seq"]),
                )
        return [Event.of(row) for row in rows]

    def add(
        self,
        source_id: str,
        key: EventKey,
        payload: Any,
        *,
        channel: str = "",
        emit_id: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        """Store an event under a given ID, delivering it nowhere (used to seed examples)."""
        checked = emit_metadata(metadata)
        with self.context.store.transaction() as conn:
            exists = fetch_one(
                conn,
                "SELECT 1 FROM events WHERE source_id = ? AND ms = ? AND seq = ?",
                (source_id, *key),
            )
            if exists is None:
                emit_id = emit_id or self.context.ids.token(27)
                self.append(conn, source_id, source_id, emit_id, channel, payload, key, checked)

    def page(
        self,
        source_id: str,
        *,
        after: EventKey | None,
        before: EventKey | None,
        limit: int,
        channel: str | None = None,
    ) -> tuple[list[Event], int]:
        """A page of events (of one channel, if given), newest first: older than `after`, or the
        newest ones just newer than `before`; and the total."""
        where, params = _of_channel(source_id, channel)
        with self.context.store.transaction() as conn:
            total = fetch_row(conn, f"SELECT COUNT(*) FROM events WHERE {where}", params)[0]
            if before is not None:
                rows = conn.execute(
                    f"SELECT * FROM events WHERE {where} AND (ms, seq) > (?, ?)"
                    " ORDER BY ms, seq LIMIT ?",
                    (*params, *before, limit),
                ).fetchall()
                rows.reverse()
            else:
                rows = conn.execute(
                    f"SELECT * FROM events WHERE {where} AND (ms, seq) < (?, ?)"
                    " ORDER BY ms DESC, seq DESC LIMIT ?",
                    (*params, *(after or NEWEST), limit),
                ).fetchall()
        return [Event.of(row) for row in rows], int(total)

    def delete(
        self,
        source_id: str,
        *,
        start: EventKey | None,
        end: EventKey | None,
        channel: str | None = None,
    ) -> int:
        """Delete the events from `start` to `end`, both inclusive (a missing bound is open), of
        one channel if given: never an event of another channel."""
        where, params = _of_channel(source_id, channel)
        with self.context.store.transaction() as conn:
            return conn.execute(
                f"DELETE FROM events WHERE {where} AND (ms, seq) >= (?, ?) AND (ms, seq) <= (?, ?)",
                (*params, *(start or OLDEST), *(end or NEWEST)),
            ).rowcount


def _of_channel(source_id: str, channel: str | None) -> tuple[str, tuple[str, ...]]:
    """The WHERE clause for a source's events: of every channel (None) or of one."""
    if channel is None:
        return "source_id = ?", (source_id,)
    return "source_id = ? AND channel = ?", (source_id, channel)


def forget_events(conn: sqlite3.Connection, source_id: str) -> None:
    """Drop every event of a deleted source or workflow."""
    conn.execute("DELETE FROM events WHERE source_id = ?", (source_id,))
