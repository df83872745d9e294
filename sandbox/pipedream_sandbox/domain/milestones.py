"""One-time steps already done on a database (such as the demo seeding), so that a restart does
not redo them and what a user deleted afterwards stays deleted."""

from __future__ import annotations

from ..context import DataContext
from ..store import fetch_one


class Milestones:
    def __init__(self, context: DataContext) -> None:
        self.context = context

    def done(self, milestone: str) -> bool:
        with self.context.store.transaction() as conn:
            row = fetch_one(conn, "SELECT 1 FROM milestones WHERE name = ?", (milestone,))
        return row is not None

    def mark(self, milestone: str) -> None:
        with self.context.store.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO milestones (name, done_at) VALUES (?, ?)",
                (milestone, self.context.now()),
            )
