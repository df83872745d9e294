"""Workspaces (organisations): one per user, written at every start from the configured users.

A workspace owns the sources created with its `org_id` (`owner_id` is then `o_...`) and the
subscriptions made for it; a user sees only its own workspaces (another one's is 404).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from .context import DataContext
from .store import fetch_one
from .users import SandboxUser

DAILY_CREDITS_QUOTA = 100

Row = sqlite3.Row


def render(row: Row) -> dict[str, Any]:
    """The Workspace object (the sandbox counts no credits)."""
    return {
        "id": row["id"],
        "orgname": row["orgname"],
        "name": row["name"],
        "email": row["email"],
        "daily_credits_quota": DAILY_CREDITS_QUOTA,
        "daily_credits_used": 0,
    }


class Workspaces:
    def __init__(self, context: DataContext) -> None:
        self.context = context

    def install(self, users: Iterable[SandboxUser]) -> None:
        with self.context.store.transaction() as conn:
            for user in users:
                conn.execute(
                    "INSERT INTO workspaces (id, user_id, orgname, name, email)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                    " user_id = excluded.user_id, orgname = excluded.orgname,"
                    " name = excluded.name, email = excluded.email",
                    (user.org_id, user.id, user.username, user.org_name, user.email),
                )

    def of_user(self, user_id: str) -> list[Row]:
        with self.context.store.transaction() as conn:
            return conn.execute(
                "SELECT * FROM workspaces WHERE user_id = ? ORDER BY id", (user_id,)
            ).fetchall()

    def get(self, user_id: str, workspace_id: str) -> Row | None:
        """The workspace, if the user is its member."""
        with self.context.store.transaction() as conn:
            return fetch_one(
                conn,
                "SELECT * FROM workspaces WHERE id = ? AND user_id = ?",
                (workspace_id, user_id),
            )
