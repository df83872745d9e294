"""Every source's and workflow's list of events, newest first, capped at MAX_EVENTS_PER_SOURCE
(the oldest go first). A source subscribed to an emitter holds its own copy of each event.

Storing only: emitting (store, fan out, deliver) is `emit.Emitter`'s job."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..context import DataContext
from ..store import fetch_one, fetch_row, load_json
from .event_ids import NEWEST, OLDEST, EventKey, format_event_id

MAX_EVENTS_PER_SOURCE = 100


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
    ) -> Event:
        """Store an event in the caller's transaction, under `key` or the next ID of the clock."""
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
        conn.execute(
            "INSERT INTO events (source_id, ms, seq, emitter_id, emit_id, channel, payload)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (source_id, *key, emitter_id, emit_id, channel, payload_json),
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
        return Event(source_id, key, emitter_id, emit_id, channel, payload, payload_json)

    def add(
        self,
        source_id: str,
        key: EventKey,
        payload: Any,
        *,
        channel: str = "",
        emit_id: str | None = None,
    ) -> None:
        """Store an event under a given ID, delivering it nowhere (used to seed examples)."""
        with self.context.store.transaction() as conn:
            exists = fetch_one(
                conn,
                "SELECT 1 FROM events WHERE source_id = ? AND ms = ? AND seq = ?",
                (source_id, *key),
            )
            if exists is None:
                emit_id = emit_id or self.context.ids.token(27)
                self.append(conn, source_id, source_id, emit_id, channel, payload, key)

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
        params: tuple[str, ...]
        where, params = "source_id = ?", (source_id,)
        if channel is not None:
            where, params = "source_id = ? AND channel = ?", (source_id, channel)
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

    def delete(self, source_id: str, *, start: EventKey | None, end: EventKey | None) -> int:
        """Delete the events from `start` to `end`, both inclusive; a missing bound is open."""
        with self.context.store.transaction() as conn:
            return conn.execute(
                "DELETE FROM events WHERE source_id = ? AND (ms, seq) >= (?, ?)"
                " AND (ms, seq) <= (?, ?)",
                (source_id, *(start or OLDEST), *(end or NEWEST)),
            ).rowcount


def forget_events(conn: sqlite3.Connection, source_id: str) -> None:
    """Drop every event of a deleted source or workflow."""
    conn.execute("DELETE FROM events WHERE source_id = ?", (source_id,))
