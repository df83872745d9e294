"""What every part of the sandbox's data layer shares: the store, the clock and the ID factory."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from .ids import IdFactory
from .store import Store, fetch_one


@dataclass
class DataContext:
    store: Store
    clock: Callable[[], float]  # seconds since the epoch (tests pass a fake one)
    ids: IdFactory

    def now(self) -> int:
        return int(self.clock())

    def unused_id(self, conn: sqlite3.Connection, prefix: str, table: str) -> str:
        """A new `<prefix>_xxxxxx` ID that no row of `table` has yet."""
        while True:
            candidate = self.ids.new(prefix)
            if fetch_one(conn, f"SELECT 1 FROM {table} WHERE id = ?", (candidate,)) is None:
                return candidate
