"""Components: code saved in a user's account (`sc_...`), and the registry's (the shipped
samples, `user_id` None). Saving the same code again answers the same component."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..context import DataContext
from ..errors import ApiError
from ..ids import stable_token
from ..js import ComponentMeta
from ..store import decode, fetch_one, fetch_row


@dataclass(frozen=True)
class Component:
    id: str
    user_id: str | None  # None for the registry's components
    key: str | None
    name: str
    version: str | None
    description: str | None
    type: str | None
    code: str
    code_hash: str
    configurable_props: list[dict[str, Any]]
    component_url: str | None
    created_at: int
    updated_at: int


def registry_component_id(key: str) -> str:
    """A registry component's ID, the same on every run: `sc_` + 6 characters from its key."""
    return "sc_" + stable_token(key, 6, digest_bytes=8)


def component_error(error: Exception) -> ApiError:
    """A ComponentError as the 400 the API answers, with its location in `details`."""
    details = getattr(error, "details", None) or None
    return ApiError(400, str(error), code="invalid_component", details=details)


class Components:
    def __init__(self, context: DataContext) -> None:
        self.context = context

    def install_registry_component(self, key: str, meta: ComponentMeta) -> None:
        """(Re)write a registry component under its fixed ID, keeping its first `created_at`."""
        component_id = registry_component_id(key)
        with self.context.store.transaction() as conn:
            existing = fetch_one(
                conn, "SELECT created_at FROM components WHERE id = ?", (component_id,)
            )
            created = existing["created_at"] if existing else self.context.now()
            conn.execute("DELETE FROM components WHERE id = ?", (component_id,))
            _insert(conn, component_id, None, meta, None, created)

    def save(
        self,
        user_id: str,
        meta: ComponentMeta,
        component_url: str | None = None,
        component_id: str | None = None,
    ) -> Component:
        """Save code in the user's account; the same code saved again is the same component."""
        with self.context.store.transaction() as conn:
            if component_id is None:
                existing = fetch_one(
                    conn,
                    "SELECT * FROM components WHERE user_id = ? AND code_hash = ?"
                    " AND component_url IS ? ORDER BY created_at LIMIT 1",
                    (user_id, meta.code_hash, component_url),
                )
                if existing is not None:
                    return decode(Component, existing)
                component_id = self.context.unused_id(conn, "sc", "components")
            _insert(conn, component_id, user_id, meta, component_url, self.context.now())
            return decode(
                Component, fetch_row(conn, "SELECT * FROM components WHERE id = ?", (component_id,))
            )

    def find(self, user_id: str, ident: str) -> Component | None:
        """A component by ID or key: the user's own first, then the registry's."""
        with self.context.store.transaction() as conn:
            row = fetch_one(
                conn,
                "SELECT * FROM components WHERE (user_id = ? OR user_id IS NULL)"
                " AND (id = ? OR key = ?)"
                " ORDER BY id = ? DESC, user_id IS NULL, created_at DESC LIMIT 1",
                (user_id, ident, ident, ident),
            )
        return None if row is None else decode(Component, row)

    def registry(self) -> list[Component]:
        with self.context.store.transaction() as conn:
            rows = conn.execute(
                "SELECT * FROM components WHERE user_id IS NULL ORDER BY key"
            ).fetchall()
        return [decode(Component, row) for row in rows]

    def registry_component(self, key: str) -> Component | None:
        with self.context.store.transaction() as conn:
            row = fetch_one(
                conn, "SELECT * FROM components WHERE user_id IS NULL AND key = ?", (key,)
            )
        return None if row is None else decode(Component, row)


def _insert(
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
