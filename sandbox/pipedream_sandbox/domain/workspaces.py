"""Workspaces (organisations): one per user, written at every start from the configured users.

A workspace owns the sources created with its `org_id` (`owner_id` is then `o_...`) and the
subscriptions made for it; a user sees only its own workspaces (another one's is 404).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..context import DataContext
from ..store import decode, fetch_one
from ..users import SandboxUser


@dataclass(frozen=True)
class Workspace:
    id: str
    user_id: str  # its only member
    orgname: str
    name: str
    email: str


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

    def of_user(self, user_id: str) -> list[Workspace]:
        with self.context.store.transaction() as conn:
            rows = conn.execute(
                "SELECT * FROM workspaces WHERE user_id = ? ORDER BY id", (user_id,)
            ).fetchall()
        return [decode(Workspace, row) for row in rows]

    def get(self, user_id: str, workspace_id: str) -> Workspace | None:
        """The workspace, if the user is its member."""
        with self.context.store.transaction() as conn:
            row = fetch_one(
                conn,
                "SELECT * FROM workspaces WHERE id = ? AND user_id = ?",
                (workspace_id, user_id),
            )
        return None if row is None else decode(Workspace, row)
