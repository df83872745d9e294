"""The response bodies the benchmark server serves, built once before any timing starts.

Items follow the spec's examples (and the real API's shapes in ../shared/api/facts.md), so the
models parse what they would parse in production: sources alternate between an HTTP interface and
a timer, events are HTTP requests. The official SDK's rows get the *same* sources and events in
the envelopes its own paths answer with.
"""

from __future__ import annotations

import base64
import json
from typing import Any

PAGE_SIZE = 100
CREATED_AT = 1_587_679_599
FIRST_EVENT_MS = 1_589_486_981_597
BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def short_id(prefix: str, number: int) -> str:
    """``dc_K0uAee``-style IDs: the prefix and six base-62 digits, distinct per ``number``."""
    digits = []
    for _ in range(6):
        number, digit = divmod(number, 62)
        digits.append(BASE62[digit])
    return prefix + "".join(reversed(digits))


def source_cursor(source_id: str) -> str:
    """A list cursor as the API writes it: unpadded base64 of the item's ID."""
    return base64.b64encode(source_id.encode()).decode().rstrip("=")


def source_item(number: int) -> dict[str, Any]:
    source_id = short_id("dc_", 1_000_000 + number)
    if number % 2:
        configured: dict[str, Any] = {"timer": {"cron": None, "interval_seconds": 900}}
        configured["url"] = "https://rss.m.pipedream.net"
        props = [
            {"name": "url", "type": "string", "label": "Feed URL"},
            {"name": "timer", "type": "$.interface.timer", "default": {"intervalSeconds": 900}},
        ]
    else:
        configured = {"http": {"endpoint_url": f"https://{source_id[3:].lower()}.m.pipedream.net"}}
        props = [{"name": "http", "type": "$.interface.http", "customResponse": False}]
    return {
        "id": source_id,
        "owner_id": "u_bench1",
        "component_id": short_id("sc_", number % 7),
        "configurable_props": props,
        "configured_props": configured,
        "active": True,
        "created_at": CREATED_AT + number * 60,
        "updated_at": CREATED_AT + number * 60 + 3600,
        "name": f"bench-source-{number}",
        "name_slug": f"bench-source-{number}",
    }


def event_item(number: int, emitter_id: str = "dc_abc123") -> dict[str, Any]:
    indexed_at_ms = FIRST_EVENT_MS + 100 - number
    return {
        "id": f"{indexed_at_ms}-0",
        "indexed_at_ms": indexed_at_ms,
        "event": {
            "method": "POST",
            "path": f"/orders/{number}",
            "query": {"page": str(number % 5)},
            "headers": {
                "content-type": "application/json",
                "user-agent": "curl/8.5.0",
                "x-request-id": f"req-{number:08d}",
            },
            "body": {"order_id": number, "customer": {"name": "Luke", "tier": "gold"}},
        },
        "metadata": {"emitter_id": emitter_id, "emit_id": f"2aBcD{number:010d}", "name": ""},
    }


def page(items: list[dict[str, Any]], total: int, start: str | None, end: str | None) -> bytes:
    page_info = {
        "total_count": total,
        "count": len(items),
        "start_cursor": start,
        "end_cursor": end,
    }
    return json.dumps({"page_info": page_info, "data": items}).encode()


def sources_page() -> bytes:
    """One full page of sources, with a next-page cursor as on a longer list."""
    items = [source_item(n) for n in range(PAGE_SIZE)]
    return page(
        items, 10 * PAGE_SIZE, source_cursor(items[0]["id"]), source_cursor(items[-1]["id"])
    )


def events_page() -> bytes:
    """The 100 newest events of a source (the API keeps at most 100), newest first."""
    items = [event_item(n) for n in range(PAGE_SIZE)]
    return page(items, PAGE_SIZE, items[0]["id"], items[-1]["id"])


def sdk_sources_page() -> bytes:
    """The same sources as the official SDK's ``deployed_triggers.list`` expects them."""
    items = [{**source_item(n), "type": "DeployedComponent"} for n in range(PAGE_SIZE)]
    return page(
        items, 10 * PAGE_SIZE, source_cursor(items[0]["id"]), source_cursor(items[-1]["id"])
    )


def sdk_events_page() -> bytes:
    """The same events in the envelope of the SDK's ``deployed_triggers.list_events``."""
    events = [event_item(n) for n in range(PAGE_SIZE)]
    data = [{"e": e["event"], "k": "emit", "ts": e["indexed_at_ms"], "id": e["id"]} for e in events]
    return json.dumps({"data": data}).encode()


def walk_pages(total: int, limit: int) -> dict[str | None, bytes]:
    """Every page of a ``total``-source list, keyed by the ``after`` cursor that asks for it.

    The first page answers no cursor; the last full page still carries an ``end_cursor`` (as the
    API does), and that cursor answers the empty page with null cursors.
    """
    if total < 1 or not 1 <= limit <= PAGE_SIZE:
        raise ValueError(f"need total >= 1 and 1 <= limit <= 100, got {total=} {limit=}")
    pages: dict[str | None, bytes] = {}
    cursor: str | None = None
    for start in range(0, total, limit):
        items = [source_item(n) for n in range(start, min(start + limit, total))]
        first, last = source_cursor(items[0]["id"]), source_cursor(items[-1]["id"])
        pages[cursor] = page(items, total, first, last)
        cursor = last
    pages[cursor] = page([], total, None, None)
    return pages
