"""Sources (`dc_...`): deployed components of a user, owned by the user or by one of its
workspaces. An HTTP-interface source gets an endpoint ID, which turns requests into events."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..context import DataContext
from ..errors import not_found
from ..props import ConfiguredProps
from ..store import decode, fetch_one, fetch_row, page_rows
from .components import Component
from .events import forget_events
from .subscriptions import Subscriptions, forget


@dataclass(frozen=True)
class Source:
    seq: int  # creation order, for cursors
    id: str
    user_id: str
    owner_id: str  # a workspace (`o_...`) or the user
    component_id: str
    name: str
    name_slug: str
    active: bool
    configured_props: dict[str, Any]  # as echoed, without endpoint URLs
    http_prop: str | None  # the prop that gets `endpoint_url`, if any
    endpoint_id: str | None
    created_at: int
    updated_at: int


def slugify(name: str) -> str:
    """`"My RSS feed!"` -> `"my-rss-feed"`, as name_slug."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "source"


def _read(conn: sqlite3.Connection, source_id: str) -> Source:
    return decode(Source, fetch_row(conn, "SELECT * FROM sources WHERE id = ?", (source_id,)))


class Sources:
    def __init__(self, context: DataContext, subscriptions: Subscriptions) -> None:
        self.context = context
        self.subscriptions = subscriptions

    def create(
        self,
        user_id: str,
        component: Component,
        name: str | None,
        configured: ConfiguredProps,
        source_id: str | None = None,
        created_at: int | None = None,
        owner_id: str | None = None,
    ) -> Source:
        """A new source of the user, owned by the workspace `owner_id` if given; the user's
        auto-subscriptions subscribe their listeners to it."""
        name = name or slugify(component.name)
        now = self.context.now() if created_at is None else created_at
        owner_id = owner_id or user_id
        with self.context.store.transaction() as conn:
            source_id = source_id or self.context.unused_id(conn, "dc", "sources")
            endpoint_id = self._new_endpoint(conn) if configured.http_prop else None
            conn.execute(
                "INSERT INTO sources (id, user_id, owner_id, component_id, name, name_slug, active,"
                " configured_props, http_prop, endpoint_id, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
                (
                    source_id,
                    user_id,
                    owner_id,
                    component.id,
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
            return _read(conn, source_id)

    def _new_endpoint(self, conn: sqlite3.Connection) -> str:
        while True:
            candidate = "en" + self.context.ids.token(12).lower()
            taken = fetch_one(conn, "SELECT 1 FROM sources WHERE endpoint_id = ?", (candidate,))
            if taken is None:
                return candidate

    def get(self, user_id: str, source_id: str) -> Source | None:
        with self.context.store.transaction() as conn:
            row = fetch_one(
                conn, "SELECT * FROM sources WHERE id = ? AND user_id = ?", (source_id, user_id)
            )
        return None if row is None else decode(Source, row)

    def require(self, user_id: str, source_id: str) -> Source:
        source = self.get(user_id, source_id)
        if source is None:
            raise not_found("source", source_id)
        return source

    def by_endpoint(self, endpoint_id: str) -> Source | None:
        with self.context.store.transaction() as conn:
            row = fetch_one(conn, "SELECT * FROM sources WHERE endpoint_id = ?", (endpoint_id,))
        return None if row is None else decode(Source, row)

    def position(self, user_id: str, source_id: str) -> int | None:
        """Where a source sits in the user's creation order (for cursors)."""
        source = self.get(user_id, source_id)
        return None if source is None else source.seq

    def page(
        self,
        user_id: str,
        *,
        after: int | None,
        before: int | None,
        limit: int,
        owner_id: str | None = None,
    ) -> tuple[list[Source], int]:
        """A page of the user's sources (only the workspace `owner_id`'s, if given) in creation
        order, after or before a position; and the total."""
        params: tuple[str, ...]
        where, params = "user_id = ?", (user_id,)
        if owner_id is not None:
            where, params = "user_id = ? AND owner_id = ?", (user_id, owner_id)
        with self.context.store.transaction() as conn:
            rows, total = page_rows(
                conn, "sources", where, params, after=after, before=before, limit=limit
            )
        return [decode(Source, row) for row in rows], total

    def update(
        self,
        user_id: str,
        source_id: str,
        *,
        name: str | None = None,
        active: bool | None = None,
        component: Component | None = None,
        configured: ConfiguredProps | None = None,
    ) -> Source:
        with self.context.store.transaction() as conn:
            row = fetch_one(
                conn, "SELECT * FROM sources WHERE id = ? AND user_id = ?", (source_id, user_id)
            )
            if row is None:
                raise not_found("source", source_id)
            changes: dict[str, Any] = {"updated_at": self.context.now()}
            if name is not None:
                changes.update(name=name, name_slug=slugify(name))
            if active is not None:
                changes["active"] = int(active)
            if component is not None:
                changes["component_id"] = component.id
            if configured is not None:
                changes["configured_props"] = json.dumps(configured.values)
                changes["http_prop"] = configured.http_prop
                if configured.http_prop and not row["endpoint_id"]:
                    changes["endpoint_id"] = self._new_endpoint(conn)
                elif not configured.http_prop:
                    changes["endpoint_id"] = None
            assignments = ", ".join(f"{column} = ?" for column in changes)
            conn.execute(
                f"UPDATE sources SET {assignments} WHERE id = ?", (*changes.values(), source_id)
            )
            return _read(conn, source_id)

    def delete(self, user_id: str, source_id: str) -> None:
        """Delete a source with its events and every subscription it is part of."""
        with self.context.store.transaction() as conn:
            deleted = conn.execute(
                "DELETE FROM sources WHERE id = ? AND user_id = ?", (source_id, user_id)
            ).rowcount
            if not deleted:
                raise not_found("source", source_id)
            forget_events(conn, source_id)
            forget(conn, source_id)
