"""Workflows (`p_...`): emitters and listeners the sandbox never runs."""

from __future__ import annotations

from dataclasses import dataclass

from ..context import DataContext
from ..errors import not_found
from ..store import decode, fetch_one
from .subscriptions import Subscriptions


@dataclass(frozen=True)
class Workflow:
    id: str
    user_id: str
    name: str
    owner_id: str


class Workflows:
    def __init__(self, context: DataContext, subscriptions: Subscriptions) -> None:
        self.context = context
        self.subscriptions = subscriptions

    def add(self, user_id: str, workflow_id: str, name: str, owner_id: str | None = None) -> None:
        """Register a workflow of the workspace `owner_id` (else of the user); a new one gets
        the user's auto-subscriptions."""
        owner_id = owner_id or user_id
        with self.context.store.transaction() as conn:
            added = conn.execute(
                "INSERT OR IGNORE INTO workflows (id, user_id, name, owner_id) VALUES (?, ?, ?, ?)",
                (workflow_id, user_id, name, owner_id),
            ).rowcount
            if added:
                self.subscriptions.apply_auto_subscriptions(conn, user_id, workflow_id, owner_id)

    def require(self, user_id: str, workflow_id: str) -> Workflow:
        with self.context.store.transaction() as conn:
            row = fetch_one(
                conn, "SELECT * FROM workflows WHERE id = ? AND user_id = ?", (workflow_id, user_id)
            )
        if row is None:
            raise not_found("workflow", workflow_id)
        return decode(Workflow, row)
