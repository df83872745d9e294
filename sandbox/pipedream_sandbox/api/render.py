"""Stored rows as the API's JSON objects (Component, Source, EventSummary, Subscription, Webhook)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..service import format_event_id

TRUNCATE_OVER_BYTES = 1024


def component(row: sqlite3.Row) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": row["id"],
        "code": row["code"],
        "code_hash": row["code_hash"],
        "name": row["name"],
        "version": row["version"],
        "configurable_props": json.loads(row["configurable_props"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "key": row["key"],
        "description": row["description"],
        "component_url": row["component_url"],
    }
    return {name: value for name, value in item.items() if value is not None}


def endpoint_url(root_url: str, endpoint_id: str) -> str:
    """The URL that turns requests into events, on the sandbox itself (outside /v1)."""
    return f"{root_url.rstrip('/')}/http/{endpoint_id}"


def source(row: sqlite3.Row, root_url: str) -> dict[str, Any]:
    props = json.loads(row["configured_props"])
    if row["http_prop"] and row["endpoint_id"]:
        props[row["http_prop"]] = {"endpoint_url": endpoint_url(root_url, row["endpoint_id"])}
    return {
        "id": row["id"],
        "user_id": row["user_id"],
        "owner_id": row["owner_id"],
        "component_id": row["component_id"],
        "configured_props": props,
        "active": bool(row["active"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "name": row["name"],
        "name_slug": row["name_slug"],
    }


def event_summary(
    ms: int, seq: int, emitter_id: str, emit_id: str, channel: str, payload: Any
) -> dict[str, Any]:
    """An EventSummary with the whole payload (as the live stream sends it)."""
    return {
        "id": format_event_id(ms, seq),
        "indexed_at_ms": ms,
        "event": payload,
        "metadata": {"emitter_id": emitter_id, "emit_id": emit_id, "name": channel},
    }


def event(row: sqlite3.Row, *, expand: bool) -> dict[str, Any]:
    """An EventSummary. Without `expand`, an event over 1 KB of JSON comes back as the first
    1024 characters of that JSON, a string, with `"truncated": true` beside it."""
    item = event_summary(
        row["ms"],
        row["seq"],
        row["emitter_id"],
        row["emit_id"],
        row["channel"],
        json.loads(row["payload"]),
    )
    if not expand and len(row["payload"].encode("utf-8")) > TRUNCATE_OVER_BYTES:
        item["event"] = row["payload"][:TRUNCATE_OVER_BYTES]
        item["truncated"] = True
    return item


def subscription(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "emitter_id": row["emitter_id"],
        "listener_id": row["listener_id"],
        "event_name": row["event_name"],
    }


def webhook(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "user_id": row["user_id"],
        "name": row["name"],
        "description": row["description"],
        "url": row["url"],
        "active": bool(row["active"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def auto_subscription(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "event_name": row["event_name"], "listener_id": row["listener_id"]}
