"""What the sandbox does with its data, independent of HTTP: components, sources, workflows and
their events, one user at a time. Another user's objects are simply not found.

Emitting an event stores it, copies it to the sources subscribed to its emitter and hands it to
the webhook delivery for the webhooks subscribed to it (see `subscriptions`, `delivery`)."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .context import DataContext
from .delivery import Delivery, WebhookDelivery
from .errors import ApiError, not_found
from .ids import IdFactory, stable_token
from .js import ComponentMeta, read_component
from .props import ConfiguredProps
from .registry import SAMPLE_FILES, sample_code
from .store import Store, fetch_one, fetch_row, page_rows
from .subscriptions import Subscriptions, emitter_user, forget, listeners

MAX_EVENTS_PER_SOURCE = 100
SQLITE_MAX_INT = 2**63 - 1

Row = sqlite3.Row
EventKey = tuple[int, int]


@dataclass(frozen=True)
class StoredEvent:
    """An event just written for one source, as the live streams announce it."""

    source_id: str
    key: EventKey
    emitter_id: str
    emit_id: str
    channel: str
    payload: Any


EventListener = Callable[[StoredEvent], None]


def slugify(name: str) -> str:
    """`"My RSS feed!"` -> `"my-rss-feed"`, as name_slug."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "source"


def registry_component_id(key: str) -> str:
    """A registry component's ID, the same on every run: `sc_` + 6 characters from its key."""
    return "sc_" + stable_token(key, 6, digest_bytes=8)


def parse_event_id(text: str) -> EventKey | None:
    """`"1589486981597-0"` -> (1589486981597, 0); None when it is not an event ID.

    Huge numbers are clamped to SQLite's range: no stored ID comes near it, so order is kept.
    """
    match = re.fullmatch(r"([0-9]+)-([0-9]+)", text)
    if match is None:
        return None
    ms, seq = (
        min(int(part), SQLITE_MAX_INT) if len(part) < 20 else SQLITE_MAX_INT
        for part in match.groups()
    )
    return (ms, seq)


def format_event_id(ms: int, seq: int) -> str:
    return f"{ms}-{seq}"


class Service:
    def __init__(
        self, context: DataContext, subscriptions: Subscriptions, delivery: WebhookDelivery
    ) -> None:
        self.context = context
        self.subscriptions = subscriptions
        self.delivery = delivery
        # Told of every emitted event right after it is written, under the write lock (so in
        # order); they must not block (the live streams' hub).
        self.event_listeners: list[EventListener] = []

    @property
    def store(self) -> Store:
        return self.context.store

    @property
    def clock(self) -> Callable[[], float]:
        return self.context.clock

    @property
    def ids(self) -> IdFactory:
        return self.context.ids

    def now(self) -> int:
        return self.context.now()

    def _unused_id(self, conn: sqlite3.Connection, prefix: str, table: str) -> str:
        return self.context.unused_id(conn, prefix, table)

    def milestone_done(self, milestone: str) -> bool:
        """Whether a one-time step (such as the demo seeding) was done on this database."""
        with self.store.transaction() as conn:
            row = fetch_one(conn, "SELECT 1 FROM milestones WHERE name = ?", (milestone,))
        return row is not None

    def mark_milestone(self, milestone: str) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO milestones (name, done_at) VALUES (?, ?)",
                (milestone, self.now()),
            )

    # -- components ----------------------------------------------------------------------------

    def install_registry(self) -> None:
        """(Re)write the shipped sample components as the registry's, under fixed IDs."""
        for key in SAMPLE_FILES:
            code = sample_code(key)
            assert code is not None
            meta = read_component(code)
            with self.store.transaction() as conn:
                existing = fetch_one(
                    conn,
                    "SELECT created_at FROM components WHERE id = ?",
                    (registry_component_id(key),),
                )
                created = existing["created_at"] if existing else self.now()
                conn.execute("DELETE FROM components WHERE id = ?", (registry_component_id(key),))
                self._insert_component(conn, registry_component_id(key), None, meta, None, created)

    def _insert_component(
        self,
        conn: sqlite3.Connection,
        component_id: str,
        user_id: str | None,
        meta: ComponentMeta,
        component_url: str | None,
        created_at: int,
    ) -> None:
        conn.execute(
            "INSERT INTO components (id, user_id, key, name, version, description, type, code,"
            " code_hash, configurable_props, component_url, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                component_id,
                user_id,
                meta.key,
                meta.name,
                meta.version,
                meta.description,
                meta.type,
                meta.code,
                meta.code_hash,
                json.dumps(meta.configurable_props),
                component_url,
                created_at,
                created_at,
            ),
        )

    def save_component(
        self,
        user_id: str,
        meta: ComponentMeta,
        component_url: str | None = None,
        component_id: str | None = None,
    ) -> Row:
        """Save code in the user's account; the same code saved again is the same component."""
        with self.store.transaction() as conn:
            if component_id is None:
                existing = fetch_one(
                    conn,
                    "SELECT * FROM components WHERE user_id = ? AND code_hash = ?"
                    " AND component_url IS ? ORDER BY created_at LIMIT 1",
                    (user_id, meta.code_hash, component_url),
                )
                if existing is not None:
                    return existing
                component_id = self._unused_id(conn, "sc", "components")
            self._insert_component(conn, component_id, user_id, meta, component_url, self.now())
            row = fetch_row(conn, "SELECT * FROM components WHERE id = ?", (component_id,))
        return row

    def find_component(self, user_id: str, ident: str) -> Row | None:
        """A component by ID or key: the user's own first, then the registry's."""
        with self.store.transaction() as conn:
            return fetch_one(
                conn,
                "SELECT * FROM components WHERE (user_id = ? OR user_id IS NULL)"
                " AND (id = ? OR key = ?)"
                " ORDER BY id = ? DESC, user_id IS NULL, created_at DESC LIMIT 1",
                (user_id, ident, ident, ident),
            )

    def registry_components(self) -> list[Row]:
        with self.store.transaction() as conn:
            return conn.execute(
                "SELECT * FROM components WHERE user_id IS NULL ORDER BY key"
            ).fetchall()

    def registry_component(self, key: str) -> Row | None:
        with self.store.transaction() as conn:
            return fetch_one(
                conn, "SELECT * FROM components WHERE user_id IS NULL AND key = ?", (key,)
            )

    # -- sources -------------------------------------------------------------------------------

    def create_source(
        self,
        user_id: str,
        component: Row,
        name: str | None,
        configured: ConfiguredProps,
        source_id: str | None = None,
        created_at: int | None = None,
        owner_id: str | None = None,
    ) -> Row:
        """A new source of the user, owned by the workspace `owner_id` if given; the user's
        auto-subscriptions subscribe their listeners to it."""
        name = name or slugify(component["name"])
        now = self.now() if created_at is None else created_at
        owner_id = owner_id or user_id
        with self.store.transaction() as conn:
            source_id = source_id or self._unused_id(conn, "dc", "sources")
            endpoint_id = self._new_endpoint(conn) if configured.http_prop else None
            conn.execute(
                "INSERT INTO sources (id, user_id, owner_id, component_id, name, name_slug, active,"
                " configured_props, http_prop, endpoint_id, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
                (
                    source_id,
                    user_id,
                    owner_id,
                    component["id"],
                    name,
                    slugify(name),
                    json.dumps(configured.values),
                    configured.http_prop,
                    endpoint_id,
                    now,
                    now,
                ),
            )
            self.subscriptions.apply_auto_subscriptions(conn, user_id, source_id, owner_id)
            return fetch_row(conn, "SELECT * FROM sources WHERE id = ?", (source_id,))

    def _new_endpoint(self, conn: sqlite3.Connection) -> str:
        while True:
            candidate = "en" + self.ids.token(12).lower()
            taken = fetch_one(conn, "SELECT 1 FROM sources WHERE endpoint_id = ?", (candidate,))
            if taken is None:
                return candidate

    def get_source(self, user_id: str, source_id: str) -> Row | None:
        with self.store.transaction() as conn:
            return fetch_one(
                conn, "SELECT * FROM sources WHERE id = ? AND user_id = ?", (source_id, user_id)
            )

    def require_source(self, user_id: str, source_id: str) -> Row:
        source = self.get_source(user_id, source_id)
        if source is None:
            raise not_found("source", source_id)
        return source

    def source_by_endpoint(self, endpoint_id: str) -> Row | None:
        with self.store.transaction() as conn:
            return fetch_one(conn, "SELECT * FROM sources WHERE endpoint_id = ?", (endpoint_id,))

    def source_position(self, user_id: str, source_id: str) -> int | None:
        """Where a source sits in the user's creation order (for cursors)."""
        source = self.get_source(user_id, source_id)
        return None if source is None else int(source["seq"])

    def list_sources(
        self,
        user_id: str,
        *,
        after: int | None,
        before: int | None,
        limit: int,
        owner_id: str | None = None,
    ) -> tuple[list[Row], int]:
        """A page of the user's sources (only the workspace `owner_id`'s, if given) in creation
        order, after or before a position; and the total."""
        params: tuple[str, ...]
        where, params = "user_id = ?", (user_id,)
        if owner_id is not None:
            where, params = "user_id = ? AND owner_id = ?", (user_id, owner_id)
        with self.store.transaction() as conn:
            return page_rows(
                conn, "sources", where, params, after=after, before=before, limit=limit
            )

    def update_source(
        self,
        user_id: str,
        source_id: str,
        *,
        name: str | None = None,
        active: bool | None = None,
        component: Row | None = None,
        configured: ConfiguredProps | None = None,
    ) -> Row:
        with self.store.transaction() as conn:
            source = fetch_one(
                conn, "SELECT * FROM sources WHERE id = ? AND user_id = ?", (source_id, user_id)
            )
            if source is None:
                raise not_found("source", source_id)
            changes: dict[str, Any] = {"updated_at": self.now()}
            if name is not None:
                changes.update(name=name, name_slug=slugify(name))
            if active is not None:
                changes["active"] = int(active)
            if component is not None:
                changes["component_id"] = component["id"]
            if configured is not None:
                changes["configured_props"] = json.dumps(configured.values)
                changes["http_prop"] = configured.http_prop
                if configured.http_prop and not source["endpoint_id"]:
                    changes["endpoint_id"] = self._new_endpoint(conn)
                elif not configured.http_prop:
                    changes["endpoint_id"] = None
            assignments = ", ".join(f"{column} = ?" for column in changes)
            conn.execute(
                f"UPDATE sources SET {assignments} WHERE id = ?", (*changes.values(), source_id)
            )
            return fetch_row(conn, "SELECT * FROM sources WHERE id = ?", (source_id,))

    def delete_source(self, user_id: str, source_id: str) -> None:
        """Delete a source with its events and every subscription it is part of."""
        with self.store.transaction() as conn:
            deleted = conn.execute(
                "DELETE FROM sources WHERE id = ? AND user_id = ?", (source_id, user_id)
            ).rowcount
            if not deleted:
                raise not_found("source", source_id)
            conn.execute("DELETE FROM events WHERE source_id = ?", (source_id,))
            forget(conn, source_id)

    # -- events --------------------------------------------------------------------------------

    def emit(self, emitter_id: str, payload: Any, channel: str = "") -> str:
        """Store an event emitted by a source or workflow on a channel (`""` is the default);
        copy it to the sources subscribed to it and queue a POST to each subscribed webhook.

        Raises ValueError when there is no such source or workflow.
        """
        emit_id = self.ids.token(27)
        with self.store.transaction() as conn:
            user_id = emitter_user(conn, emitter_id)
            if user_id is None:
                raise ValueError(f"no source or workflow {emitter_id}")
            event_id = self._append_event(conn, emitter_id, emitter_id, emit_id, channel, payload)
            self._announce(emitter_id, event_id, emitter_id, emit_id, channel, payload)
            targets = listeners(conn, user_id, emitter_id, channel)
            for source_id in targets.source_ids:
                copy_id = self._append_event(conn, source_id, emitter_id, emit_id, channel, payload)
                self._announce(source_id, copy_id, emitter_id, emit_id, channel, payload)
        body = json.dumps(payload).encode("utf-8")
        for webhook in targets.webhooks:
            headers = {
                "Content-Type": "application/json",
                "User-Agent": "pipedream-sandbox",
                "X-Sandbox-Webhook-Id": webhook["id"],
                "X-Sandbox-Emitter-Id": emitter_id,
                "X-Sandbox-Event-Id": event_id,
                "X-Sandbox-Event-Name": channel,
            }
            self.delivery.deliver(Delivery(webhook["id"], webhook["url"], event_id, body, headers))
        return event_id

    def _announce(
        self,
        source_id: str,
        event_id: str,
        emitter_id: str,
        emit_id: str,
        channel: str,
        payload: Any,
    ) -> None:
        key = parse_event_id(event_id)
        assert key is not None
        event = StoredEvent(source_id, key, emitter_id, emit_id, channel, payload)
        for listener in self.event_listeners:
            listener(event)

    def _append_event(
        self,
        conn: sqlite3.Connection,
        source_id: str,
        emitter_id: str,
        emit_id: str,
        channel: str,
        payload: Any,
        event_key: EventKey | None = None,
    ) -> str:
        if event_key is None:
            ms = int(self.clock() * 1000)
            last = fetch_one(
                conn,
                "SELECT ms, seq FROM events WHERE source_id = ? ORDER BY ms DESC, seq DESC LIMIT 1",
                (source_id,),
            )
            seq = 0
            if last is not None and last["ms"] >= ms:
                ms, seq = last["ms"], last["seq"] + 1
            event_key = (ms, seq)
        conn.execute(
            "INSERT INTO events (source_id, ms, seq, emitter_id, emit_id, channel, payload)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (source_id, *event_key, emitter_id, emit_id, channel, json.dumps(payload)),
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
        return format_event_id(*event_key)

    def add_event(
        self,
        source_id: str,
        event_key: EventKey,
        payload: Any,
        *,
        channel: str = "",
        emit_id: str | None = None,
    ) -> None:
        """Store an event under a given ID, delivering it nowhere (used to seed examples)."""
        with self.store.transaction() as conn:
            exists = fetch_one(
                conn,
                "SELECT 1 FROM events WHERE source_id = ? AND ms = ? AND seq = ?",
                (source_id, *event_key),
            )
            if exists is None:
                emit_id = emit_id or self.ids.token(27)
                self._append_event(conn, source_id, source_id, emit_id, channel, payload, event_key)

    def list_events(
        self,
        source_id: str,
        *,
        after: EventKey | None,
        before: EventKey | None,
        limit: int,
        channel: str | None = None,
    ) -> tuple[list[Row], int]:
        """A page of events (of one channel, if given), newest first: older than `after`, or the
        newest ones just newer than `before`; and the total."""
        params: tuple[str, ...]
        where, params = "source_id = ?", (source_id,)
        if channel is not None:
            where, params = "source_id = ? AND channel = ?", (source_id, channel)
        with self.store.transaction() as conn:
            total = fetch_row(conn, f"SELECT COUNT(*) FROM events WHERE {where}", params)[0]
            if before is not None:
                rows = conn.execute(
                    f"SELECT * FROM events WHERE {where} AND (ms, seq) > (?, ?)"
                    " ORDER BY ms, seq LIMIT ?",
                    (*params, *before, limit),
                ).fetchall()
                rows.reverse()
            else:
                newest = after or (SQLITE_MAX_INT, SQLITE_MAX_INT)
                rows = conn.execute(
                    f"SELECT * FROM events WHERE {where} AND (ms, seq) < (?, ?)"
                    " ORDER BY ms DESC, seq DESC LIMIT ?",
                    (*params, *newest, limit),
                ).fetchall()
        return rows, int(total)

    def delete_events(self, source_id: str, *, start: EventKey | None, end: EventKey | None) -> int:
        """Delete the events from `start` to `end`, both inclusive; a missing bound is open."""
        low = start or (0, 0)
        high = end or (SQLITE_MAX_INT, SQLITE_MAX_INT)
        with self.store.transaction() as conn:
            return conn.execute(
                "DELETE FROM events WHERE source_id = ? AND (ms, seq) >= (?, ?)"
                " AND (ms, seq) <= (?, ?)",
                (source_id, *low, *high),
            ).rowcount

    # -- workflows -----------------------------------------------------------------------------

    def add_workflow(self, user_id: str, workflow_id: str, name: str) -> None:
        """Register a workflow (the sandbox never runs one); new ones get the auto-subscriptions."""
        with self.store.transaction() as conn:
            added = conn.execute(
                "INSERT OR IGNORE INTO workflows (id, user_id, name) VALUES (?, ?, ?)",
                (workflow_id, user_id, name),
            ).rowcount
            if added:
                self.subscriptions.apply_auto_subscriptions(conn, user_id, workflow_id, user_id)

    def require_workflow(self, user_id: str, workflow_id: str) -> Row:
        with self.store.transaction() as conn:
            row = fetch_one(
                conn, "SELECT * FROM workflows WHERE id = ? AND user_id = ?", (workflow_id, user_id)
            )
        if row is None:
            raise not_found("workflow", workflow_id)
        return row


def component_error(error: Exception) -> ApiError:
    """A ComponentError as the 400 the API answers, with its location in `details`."""
    details = getattr(error, "details", None) or None
    return ApiError(400, str(error), code="invalid_component", details=details)
