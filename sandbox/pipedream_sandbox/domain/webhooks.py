"""Webhooks: URLs that receive, as JSON POSTs, the events of the emitters they are subscribed to.

The rows live here; sending is `delivery.WebhookDelivery`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ..context import DataContext
from ..errors import bad_parameter, not_found
from ..store import decode, fetch_one, fetch_row, page_rows
from .subscriptions import forget

MAX_URL_LENGTH = 2048


@dataclass(frozen=True)
class Webhook:
    id: str
    user_id: str
    name: str | None
    description: str | None
    url: str
    active: bool
    created_at: int
    updated_at: int


def check_webhook_url(url: str | None) -> str:
    """The URL if it is http(s) with a host; else a 400 naming `url`."""
    if not url:
        raise bad_parameter("url", "url is required (a query parameter)")
    message = f"url must be an http or https URL with a host, not {url[:80]!r}"
    if len(url) > MAX_URL_LENGTH or any(c.isspace() or ord(c) < 32 for c in url):
        raise bad_parameter("url", message)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is no number
    except ValueError:
        raise bad_parameter("url", message) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise bad_parameter("url", message)
    return url


class Webhooks:
    def __init__(self, context: DataContext) -> None:
        self.context = context

    def create(
        self,
        user_id: str,
        url: str,
        name: str | None,
        description: str | None,
        webhook_id: str | None = None,
    ) -> Webhook:
        """A new webhook (`webhook_id` picks its ID, to seed examples)."""
        now = self.context.now()
        with self.context.store.transaction() as conn:
            webhook_id = webhook_id or self.context.unused_id(conn, "wh", "webhooks")
            conn.execute(
                "INSERT INTO webhooks (id, user_id, name, description, url, active, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                (webhook_id, user_id, name, description, url, now, now),
            )
            return decode(
                Webhook, fetch_row(conn, "SELECT * FROM webhooks WHERE id = ?", (webhook_id,))
            )

    def position(self, user_id: str, webhook_id: str) -> int | None:
        """Where a webhook sits in the user's creation order (for cursors)."""
        with self.context.store.transaction() as conn:
            row = fetch_one(
                conn, "SELECT seq FROM webhooks WHERE id = ? AND user_id = ?", (webhook_id, user_id)
            )
        return None if row is None else int(row["seq"])

    def page(
        self, user_id: str, *, after: int | None, before: int | None, limit: int
    ) -> tuple[list[Webhook], int]:
        with self.context.store.transaction() as conn:
            rows, total = page_rows(
                conn, "webhooks", "user_id = ?", (user_id,), after=after, before=before, limit=limit
            )
        return [decode(Webhook, row) for row in rows], total

    def delete(self, user_id: str, webhook_id: str) -> None:
        """Delete a webhook with its subscriptions and auto-subscriptions."""
        with self.context.store.transaction() as conn:
            deleted = conn.execute(
                "DELETE FROM webhooks WHERE id = ? AND user_id = ?", (webhook_id, user_id)
            ).rowcount
            if not deleted:
                raise not_found("webhook", webhook_id)
            forget(conn, webhook_id)
