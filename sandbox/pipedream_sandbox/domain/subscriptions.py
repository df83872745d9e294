"""Who receives an emitter's events: subscriptions and auto-subscriptions, which subscribe a
listener to every emitter created after them.

Emitters are sources (`dc_...`) and workflows (`p_...`); listeners are sources, workflows and
webhooks (`wh_...`). A subscription's emitter may also stand for many, now and later: the globs
`dc_*` (every source of the user) and `p_*` (every workflow), a workspace ID `o_...` (every
source and workflow the workspace owns) and the user's own ID `u_...` (every source and
workflow of the user, whichever workspace owns it), as Pipedream's own client offers them.

A source or workflow may subscribe to itself on a named channel (`self`, as Pipedream's
scheduled-tasks source does): its own copy of each event is the delivery, so it holds each event
once and nothing loops. On the default channel that would be a loop: 400.

Everything belongs to one user: another user's objects are not found.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..context import DataContext
from ..errors import ApiError, bad_parameter, not_found
from ..store import decode, fetch_one, fetch_row

GLOBS = {"dc_*": "dc", "p_*": "p"}  # glob -> the prefix of the emitters it stands for
TABLES = {"dc": "sources", "p": "workflows", "wh": "webhooks"}
EMITTER_KINDS = ("dc", "p")
LISTENER_KINDS = ("dc", "p", "wh")


@dataclass(frozen=True)
class Subscription:
    id: str
    user_id: str
    owner_id: str  # the workspace it was made for, else the user
    emitter_id: str
    listener_id: str
    event_name: str
    created_at: int


@dataclass(frozen=True)
class AutoSubscription:
    id: str
    user_id: str
    owner_id: str
    event_name: str
    listener_id: str
    created_at: int


@dataclass(frozen=True)
class WebhookTarget:
    id: str
    url: str


@dataclass
class Listeners:
    """Where one emitted event goes: sources get a copy, webhooks an HTTP POST."""

    source_ids: list[str]
    webhooks: list[WebhookTarget]


def prefix_of(ident: str) -> str:
    return ident.split("_", 1)[0] if "_" in ident else ""


def owner_of(conn: sqlite3.Connection, user_id: str, ident: str, kinds: tuple[str, ...]) -> bool:
    """Whether `ident` is one of the user's objects of these kinds."""
    kind = prefix_of(ident)
    if kind not in kinds:
        return False
    row = fetch_one(
        conn, f"SELECT 1 FROM {TABLES[kind]} WHERE id = ? AND user_id = ?", (ident, user_id)
    )
    return row is not None


@dataclass(frozen=True)
class EmitterOwners:
    """Whose a source or workflow is: its user, and the workspace that owns it (else the user)."""

    user_id: str
    owner_id: str


def emitter_owners(conn: sqlite3.Connection, emitter_id: str) -> EmitterOwners | None:
    """The user and owner of a source or workflow, if it exists."""
    kind = prefix_of(emitter_id)
    if kind not in EMITTER_KINDS:
        return None
    row = fetch_one(
        conn, f"SELECT user_id, owner_id FROM {TABLES[kind]} WHERE id = ?", (emitter_id,)
    )
    if row is None:
        return None
    return EmitterOwners(row["user_id"], row["owner_id"] or row["user_id"])


def forget(conn: sqlite3.Connection, ident: str) -> None:
    """Drop every subscription and auto-subscription naming a deleted object."""
    conn.execute(
        "DELETE FROM subscriptions WHERE emitter_id = ? OR listener_id = ?", (ident, ident)
    )
    conn.execute("DELETE FROM auto_subscriptions WHERE listener_id = ?", (ident,))


def listeners(
    conn: sqlite3.Connection, emitter_id: str, owners: EmitterOwners, channel: str
) -> Listeners:
    """The active sources and webhooks subscribed to this emitter's channel, directly or through
    a glob, its owner (a workspace, or the user) or its user; each once, and never the emitter
    itself.

    Workflows listen too, but the sandbox does not run them: nothing is stored for them.
    """
    glob = next((g for g, kind in GLOBS.items() if kind == prefix_of(emitter_id)), "")
    user_id = owners.user_id
    rows = conn.execute(
        "SELECT sub.listener_id AS id, w.url AS url, MIN(sub.rowid) AS first"
        " FROM subscriptions AS sub"
        " LEFT JOIN sources AS s"
        "  ON s.id = sub.listener_id AND s.user_id = sub.user_id AND s.active = 1"
        " LEFT JOIN webhooks AS w"
        "  ON w.id = sub.listener_id AND w.user_id = sub.user_id AND w.active = 1"
        " WHERE sub.user_id = ? AND sub.event_name = ? AND sub.emitter_id IN (?, ?, ?, ?)"
        " AND sub.listener_id != ? AND (s.id IS NOT NULL OR w.id IS NOT NULL)"
        " GROUP BY sub.listener_id ORDER BY first",
        (user_id, channel, emitter_id, glob, owners.owner_id, user_id, emitter_id),
    ).fetchall()
    return Listeners(
        source_ids=[row["id"] for row in rows if row["url"] is None],
        webhooks=[WebhookTarget(row["id"], row["url"]) for row in rows if row["url"] is not None],
    )


class Subscriptions:
    def __init__(self, context: DataContext) -> None:
        self.context = context

    def _check_ends(
        self, conn: sqlite3.Connection, user_id: str, emitter: str, listener: str, channel: str
    ) -> None:
        if listener in GLOBS:
            raise bad_parameter("listener_id", f"listener_id cannot be a glob ({listener})")
        if prefix_of(emitter) == "wh":
            raise bad_parameter("emitter_id", f"webhooks only listen: {emitter} cannot emit")
        if emitter == listener and not channel:
            raise ApiError(
                400,
                f"{emitter} cannot listen to itself on the default channel (it would loop):"
                " subscribe it to a named channel with event_name",
                code="invalid_parameter",
            )
        if not _emitter_known(conn, user_id, emitter):
            raise not_found("source, workflow, workspace or user", emitter)
        if not owner_of(conn, user_id, listener, LISTENER_KINDS):
            raise not_found("source, workflow or webhook", listener)

    def subscribe(
        self,
        user_id: str,
        emitter_id: str,
        listener_id: str,
        event_name: str,
        org_id: str | None = None,
    ) -> Subscription:
        """Subscribe (idempotent: the same subscription again answers the existing one).

        It belongs to `org_id` when given, else to the emitter's owner (a source made for a
        workspace), else to the user.
        """
        with self.context.store.transaction() as conn:
            self._check_ends(conn, user_id, emitter_id, listener_id, event_name)
            owner = org_id or _emitter_owner(conn, emitter_id) or user_id
            return self._insert(conn, user_id, owner, emitter_id, listener_id, event_name)

    def _insert(
        self,
        conn: sqlite3.Connection,
        user_id: str,
        owner_id: str,
        emitter_id: str,
        listener_id: str,
        event_name: str,
    ) -> Subscription:
        key = (user_id, emitter_id, listener_id, event_name)
        existing = fetch_one(
            conn,
            "SELECT * FROM subscriptions WHERE user_id = ? AND emitter_id = ?"
            " AND listener_id = ? AND event_name = ?",
            key,
        )
        if existing is not None:
            return decode(Subscription, existing)
        subscription_id = self.context.unused_id(conn, "sub", "subscriptions")
        conn.execute(
            "INSERT INTO subscriptions (id, user_id, emitter_id, listener_id, event_name,"
            " created_at, owner_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (subscription_id, *key, self.context.now(), owner_id),
        )
        return decode(
            Subscription,
            fetch_row(conn, "SELECT * FROM subscriptions WHERE id = ?", (subscription_id,)),
        )

    def unsubscribe(self, user_id: str, emitter_id: str, listener_id: str, event_name: str) -> None:
        with self.context.store.transaction() as conn:
            deleted = conn.execute(
                "DELETE FROM subscriptions WHERE user_id = ? AND emitter_id = ?"
                " AND listener_id = ? AND event_name = ?",
                (user_id, emitter_id, listener_id, event_name),
            ).rowcount
        if not deleted:
            channel = f"channel {event_name!r}" if event_name else "the default channel"
            raise ApiError(
                404,
                f"no subscription of {listener_id} to {emitter_id} on {channel}",
                code="not_found",
            )

    def of_user(self, user_id: str) -> list[Subscription]:
        """Every subscription of the user, in creation order."""
        with self.context.store.transaction() as conn:
            rows = conn.execute(
                "SELECT * FROM subscriptions WHERE user_id = ? ORDER BY rowid", (user_id,)
            ).fetchall()
        return [decode(Subscription, row) for row in rows]

    def of_workspace(self, workspace_id: str) -> list[Subscription]:
        with self.context.store.transaction() as conn:
            rows = conn.execute(
                "SELECT * FROM subscriptions WHERE owner_id = ? ORDER BY rowid", (workspace_id,)
            ).fetchall()
        return [decode(Subscription, row) for row in rows]

    def auto_subscribe(
        self, user_id: str, event_name: str, listener_id: str, org_id: str | None = None
    ) -> AutoSubscription:
        """From now on, every emitter the user creates delivers `event_name` to the listener.

        Existing emitters are left alone (the API's documented behaviour). Idempotent.
        """
        with self.context.store.transaction() as conn:
            if listener_id in GLOBS:
                raise bad_parameter("listener_id", f"listener_id cannot be a glob ({listener_id})")
            if not owner_of(conn, user_id, listener_id, LISTENER_KINDS):
                raise not_found("source, workflow or webhook", listener_id)
            existing = fetch_one(
                conn,
                "SELECT * FROM auto_subscriptions WHERE user_id = ? AND event_name = ?"
                " AND listener_id = ?",
                (user_id, event_name, listener_id),
            )
            if existing is not None:
                return decode(AutoSubscription, existing)
            auto_id = self.context.unused_id(conn, "asub", "auto_subscriptions")
            conn.execute(
                "INSERT INTO auto_subscriptions (id, user_id, owner_id, event_name, listener_id,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (auto_id, user_id, org_id or user_id, event_name, listener_id, self.context.now()),
            )
            return decode(
                AutoSubscription,
                fetch_row(conn, "SELECT * FROM auto_subscriptions WHERE id = ?", (auto_id,)),
            )

    def apply_auto_subscriptions(
        self, conn: sqlite3.Connection, user_id: str, emitter_id: str, owner_id: str
    ) -> None:
        """Called in the transaction that creates an emitter: subscribe the auto-listeners."""
        autos = conn.execute(
            "SELECT * FROM auto_subscriptions WHERE user_id = ? ORDER BY created_at, id",
            (user_id,),
        ).fetchall()
        for auto in autos:
            if auto["listener_id"] != emitter_id:
                self._insert(
                    conn, user_id, owner_id, emitter_id, auto["listener_id"], auto["event_name"]
                )


def _emitter_known(conn: sqlite3.Connection, user_id: str, emitter: str) -> bool:
    """A glob, the user itself, one of the user's workspaces, sources or workflows."""
    kind = prefix_of(emitter)
    if emitter in GLOBS or emitter == user_id:
        return True
    if kind == "o":
        found = fetch_one(
            conn, "SELECT 1 FROM workspaces WHERE id = ? AND user_id = ?", (emitter, user_id)
        )
        return found is not None
    return owner_of(conn, user_id, emitter, EMITTER_KINDS)


def _emitter_owner(conn: sqlite3.Connection, emitter_id: str) -> str | None:
    """Who a subscription to this emitter belongs to: a workspace emitter's workspace, a
    source's or workflow's owner."""
    if prefix_of(emitter_id) == "o":
        return emitter_id
    kind = prefix_of(emitter_id)
    if kind not in EMITTER_KINDS:
        return None
    row = fetch_one(conn, f"SELECT owner_id FROM {TABLES[kind]} WHERE id = ?", (emitter_id,))
    return None if row is None else row["owner_id"]
