"""Event IDs, `"<ms>-<seq>"`: the emit time in milliseconds and a counter for events emitted in
the same millisecond. They order a source's events; cursors and `start_id`/`end_id` are IDs."""

from __future__ import annotations

import re

SQLITE_MAX_INT = 2**63 - 1

EventKey = tuple[int, int]
OLDEST: EventKey = (0, 0)
NEWEST: EventKey = (SQLITE_MAX_INT, SQLITE_MAX_INT)


def parse_event_id(text: str) -> EventKey | None:
    """`"1589486981597-0"` -> (1589486981597, 0); None when it is not an event ID.

    Huge numbers are clamped to SQLite's range: no stored ID comes near it, so order is kept.
    """
    match = re.fullmatch(r"([0-9]+)-([0-9]+)", text)
    if match is None:
        return None
    digits = (part.lstrip("0") or "0" for part in match.groups())  # `0001-0` is `1-0`
    ms, seq = (
        min(int(part), SQLITE_MAX_INT) if len(part) < 20 else SQLITE_MAX_INT for part in digits
    )
    return (ms, seq)


def format_event_id(key: EventKey) -> str:
    return f"{key[0]}-{key[1]}"
