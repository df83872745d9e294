"""The sandbox's data in SQLite: one connection, one lock, one transaction per write.

WAL mode with `synchronous=FULL` makes every committed write durable before the API answers, so a
`kill -9` right after a response loses nothing. `":memory:"` gives a throw-away database for tests.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    Record = TypeVar("Record", bound=DataclassInstance)

log = logging.getLogger("pipedream_sandbox.store")

SCHEMA = """
CREATE TABLE IF NOT EXISTS components (
    id TEXT PRIMARY KEY,
    user_id TEXT,                       -- NULL for the registry's components
    key TEXT,
    name TEXT NOT NULL,
    version TEXT,
    description TEXT,
    type TEXT,
    code TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    configurable_props TEXT NOT NULL,   -- JSON list
    component_url TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS components_by_user_key ON components (user_id, key);
CREATE INDEX IF NOT EXISTS components_by_user_hash ON components (user_id, code_hash);

CREATE TABLE IF NOT EXISTS sources (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- creation order, for listing
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    component_id TEXT NOT NULL,
    name TEXT NOT NULL,
    name_slug TEXT NOT NULL,
    active INTEGER NOT NULL,
    configured_props TEXT NOT NULL,     -- JSON object, as echoed (without endpoint URLs)
    http_prop TEXT,                     -- the prop that gets `endpoint_url`, if any
    endpoint_id TEXT UNIQUE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sources_by_user ON sources (user_id, seq);

CREATE TABLE IF NOT EXISTS events (
    source_id TEXT NOT NULL,
    ms INTEGER NOT NULL,                -- event ID is "<ms>-<seq>"
    seq INTEGER NOT NULL,
    emitter_id TEXT NOT NULL,
    emit_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    payload TEXT NOT NULL,              -- JSON
    PRIMARY KEY (source_id, ms, seq)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS subscriptions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    emitter_id TEXT NOT NULL,
    listener_id TEXT NOT NULL,
    event_name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (user_id, emitter_id, listener_id, event_name)
);
CREATE INDEX IF NOT EXISTS subscriptions_by_emitter ON subscriptions (emitter_id, event_name);

CREATE TABLE IF NOT EXISTS milestones (  -- one-time steps already done, e.g. the demo seeding
    name TEXT PRIMARY KEY,
    done_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS workflows (  -- seeded, or created from a template; never run
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS auto_subscriptions (  -- copied into subscriptions for each new emitter
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    event_name TEXT NOT NULL,
    listener_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (user_id, event_name, listener_id)
);

CREATE TABLE IF NOT EXISTS webhooks (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- creation order, for listing
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    name TEXT,
    description TEXT,
    url TEXT NOT NULL,
    active INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS webhooks_by_user ON webhooks (user_id, seq);

CREATE TABLE IF NOT EXISTS workspaces (  -- one per user, who is its only member
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    orgname TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS oauth_clients (  -- rewritten at every start from the configured users
    client_id TEXT PRIMARY KEY,
    secret_sha256 TEXT NOT NULL,
    user_id TEXT NOT NULL,
    workspace_id TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS projects (  -- seeded, one per workspace
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS accounts (  -- connected accounts, seeded per workspace
    seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- creation order, for listing
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    org_id TEXT NOT NULL,
    app_id TEXT NOT NULL,
    name TEXT,
    healthy INTEGER NOT NULL,
    oauth_app_id TEXT,
    credentials TEXT NOT NULL,          -- JSON object: secrets, answered only when asked for
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    expires_at INTEGER
);
CREATE INDEX IF NOT EXISTS accounts_by_org ON accounts (org_id, seq);

CREATE TABLE IF NOT EXISTS oauth_tokens (  -- only hashes: a stolen database holds no token
    token_sha256 TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
"""

# Columns added after the first release: (table, column, declaration, backfill for old rows).
LATER_COLUMNS: list[tuple[str, str, str, str | None]] = [
    ("sources", "owner_id", "TEXT", "UPDATE sources SET owner_id = user_id WHERE owner_id IS NULL"),
    (
        "subscriptions",
        "owner_id",
        "TEXT",
        "UPDATE subscriptions SET owner_id = user_id WHERE owner_id IS NULL",
    ),
    ("events", "metadata", "TEXT", None),  # JSON: the emit's `id`, `summary`, `ts`; NULL: none
    # A scheduled emit waiting on `$in`: the channel it will be emitted on, and when (epoch ms).
    ("events", "queued_channel", "TEXT", None),
    ("events", "deliver_at_ms", "INTEGER", None),
    (  # the workspace that owns a workflow; seeded ones belong to their user's workspace
        "workflows",
        "owner_id",
        "TEXT",
        (
            "UPDATE workflows SET owner_id = COALESCE((SELECT MIN(w.id) FROM workspaces AS w"
            " WHERE w.user_id = workflows.user_id), user_id) WHERE owner_id IS NULL"
        ),
    ),
    # Workflows created from templates (seeded ones: active, no steps or triggers).
    ("workflows", "active", "INTEGER NOT NULL DEFAULT 1", None),
    ("workflows", "project_id", "TEXT", None),
    ("workflows", "template_id", "TEXT", None),
    ("workflows", "steps", "TEXT NOT NULL DEFAULT '[]'", None),  # JSON list, as answered
    ("workflows", "triggers", "TEXT NOT NULL DEFAULT '[]'", None),  # JSON list, endpoint IDs
    ("workflows", "endpoint_id", "TEXT", None),  # of its HTTP trigger, if any
    ("workflows", "created_at", "INTEGER", None),
    ("workflows", "updated_at", "INTEGER", None),
]
LATER_INDEXES = [
    "CREATE INDEX IF NOT EXISTS sources_by_owner ON sources (owner_id, seq)",
    "CREATE INDEX IF NOT EXISTS workflows_by_endpoint ON workflows (endpoint_id)",
    "CREATE INDEX IF NOT EXISTS events_due ON events (deliver_at_ms)",
]


class DamagedDatabase(ValueError):
    """The database file cannot be used as it is; the message names it and what to do."""


class Store:
    """A SQLite database shared by all request threads; `transaction()` serialises access.

    Opening checks the file (`PRAGMA quick_check`) and refuses a damaged one with
    DamagedDatabase, rather than starting and failing later on the damaged table.
    `was_empty` tells that the file existed but held 0 bytes (it is then started afresh).
    """

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self.was_empty = False
        if self.path != ":memory:":
            file = Path(self.path)
            file.parent.mkdir(parents=True, exist_ok=True)
            self.was_empty = file.is_file() and file.stat().st_size == 0
        self._lock = threading.RLock()
        self._closed = False
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            self._open()
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise DamagedDatabase(
                f"{self.path} is not a usable SQLite database ({error}); move it away (or restore "
                "a copy) and start again, or pass another --db"
            ) from None

    def _open(self) -> None:
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA busy_timeout = 5000")
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        found = [str(row[0]) for row in self._conn.execute("PRAGMA quick_check(3)")]
        if found != ["ok"]:
            lines = [line for text in found for line in text.splitlines()]
            first = next((line for line in lines if not line.startswith("***")), "damaged")
            raise sqlite3.DatabaseError(f"integrity check: {first.strip()[:120]}")
        with self.transaction() as conn:
            for statement in _statements():
                conn.execute(statement)
            _add_later_columns(conn)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The connection inside BEGIN IMMEDIATE ... COMMIT (ROLLBACK on any exception)."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def journal_mode(self) -> str:
        with self._lock:
            return str(self._conn.execute("PRAGMA journal_mode").fetchone()[0])

    def close(self) -> None:
        """Move everything from the `-wal` file into the database file, then close (a copy of
        the `.db` alone then holds all the data). Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._conn.close()


def fetch_one(
    conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()
) -> sqlite3.Row | None:
    """The first row of a query, typed."""
    row: sqlite3.Row | None = conn.execute(sql, params).fetchone()
    return row


def fetch_row(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row:
    """The first row of a query that always has one (a count, a row just written)."""
    row = fetch_one(conn, sql, params)
    assert row is not None, sql
    return row


def load_json(text: str, fallback: Any) -> Any:
    """Stored JSON as data; `fallback` (and a warning in the log) when it cannot be read back,
    say nested deeper than Python's recursion allows: a list must never answer 500 for one row."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        log.warning("stored JSON could not be read back (%s); serving a fallback", type(error))
        return fallback


def decode(cls: type[Record], row: sqlite3.Row) -> Record:
    """The dataclass `cls` from the row's columns of the same names: `bool` fields from 0/1,
    `list[...]` and `dict[...]` fields from their JSON text."""
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        value = row[field.name]
        kind = str(field.type)
        if kind == "bool":
            value = bool(value)
        elif kind.startswith(("list[", "dict[")):
            value = load_json(value, [] if kind.startswith("list[") else {})
        values[field.name] = value
    return cls(**values)


def page_rows(
    conn: sqlite3.Connection,
    table: str,
    where: str,
    params: tuple[Any, ...],
    *,
    after: int | None,
    before: int | None,
    limit: int,
) -> tuple[list[sqlite3.Row], int]:
    """A page of `table` rows matching `where`, in `seq` (creation) order, after or before a
    position; and how many rows match in all."""
    total = fetch_row(conn, f"SELECT COUNT(*) FROM {table} WHERE {where}", params)[0]
    if before is not None:
        rows = conn.execute(
            f"SELECT * FROM {table} WHERE {where} AND seq < ? ORDER BY seq DESC LIMIT ?",
            (*params, before, limit),
        ).fetchall()
        rows.reverse()
    else:
        rows = conn.execute(
            f"SELECT * FROM {table} WHERE {where} AND seq > ? ORDER BY seq LIMIT ?",
            (*params, after or 0, limit),
        ).fetchall()
    return rows, int(total)


def _add_later_columns(conn: sqlite3.Connection) -> None:
    """Bring a database made by an earlier version up to date (ALTER TABLE, then backfill)."""
    for table, column, declaration, backfill in LATER_COLUMNS:
        columns = {row["name"] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column not in columns:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
        if backfill is not None:
            conn.execute(backfill)
    for statement in LATER_INDEXES:
        conn.execute(statement)


def _statements() -> list[str]:
    """SCHEMA split into statements (executescript would commit our open transaction)."""
    lines = [line.split("--")[0] for line in SCHEMA.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
