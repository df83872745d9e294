"""The domain's dataclasses as the API's JSON objects (Component, Source, EventSummary,
Subscription, Webhook, Workspace)."""

from __future__ import annotations

from typing import Any

from ..domain.components import Component
from ..domain.events import Event
from ..domain.sources import Source
from ..domain.subscriptions import AutoSubscription, Subscription
from ..domain.webhooks import Webhook
from ..domain.workspaces import Workspace

TRUNCATE_OVER_BYTES = 1024
DAILY_CREDITS_QUOTA = 100


def component(item: Component) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": item.id,
        "code": item.code,
        "code_hash": item.code_hash,
        "name": item.name,
        "version": item.version,
        "configurable_props": item.configurable_props,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
        "key": item.key,
        "description": item.description,
        "component_url": item.component_url,
    }
    return {name: value for name, value in fields.items() if value is not None}


def endpoint_url(root_url: str, endpoint_id: str) -> str:
    """The URL that turns requests into events, on the sandbox itself (outside /v1)."""
    return f"{root_url.rstrip('/')}/http/{endpoint_id}"


def source(item: Source, root_url: str) -> dict[str, Any]:
    props = dict(item.configured_props)
    if item.http_prop and item.endpoint_id:
        props[item.http_prop] = {"endpoint_url": endpoint_url(root_url, item.endpoint_id)}
    return {
        "id": item.id,
        "user_id": item.user_id,
        "owner_id": item.owner_id,
        "component_id": item.component_id,
        "configured_props": props,
        "active": item.active,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
        "name": item.name,
        "name_slug": item.name_slug,
    }


def event(item: Event, *, expand: bool) -> dict[str, Any]:
    """An EventSummary. Without `expand`, an event over 1 KB of JSON comes back as the first
    1024 characters of that JSON, a string, with `"truncated": true` beside it."""
    fields: dict[str, Any] = {
        "id": item.id,
        "indexed_at_ms": item.key[0],
        "event": item.payload,
        "metadata": {
            "emitter_id": item.emitter_id,
            "emit_id": item.emit_id,
            "name": item.channel,
            **item.metadata,
        },
    }
    if not expand and len(item.payload_json.encode("utf-8")) > TRUNCATE_OVER_BYTES:
        fields["event"] = item.payload_json[:TRUNCATE_OVER_BYTES]
        fields["truncated"] = True
    return fields


def subscription(item: Subscription) -> dict[str, Any]:
    return {
        "id": item.id,
        "emitter_id": item.emitter_id,
        "listener_id": item.listener_id,
        "event_name": item.event_name,
    }


def webhook(item: Webhook) -> dict[str, Any]:
    return {
        "id": item.id,
        "user_id": item.user_id,
        "name": item.name,
        "description": item.description,
        "url": item.url,
        "active": item.active,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }


def auto_subscription(item: AutoSubscription) -> dict[str, Any]:
    return {"id": item.id, "event_name": item.event_name, "listener_id": item.listener_id}


def workspace(item: Workspace) -> dict[str, Any]:
    """The Workspace object (the sandbox counts no credits)."""
    return {
        "id": item.id,
        "orgname": item.orgname,
        "name": item.name,
        "email": item.email,
        "daily_credits_quota": DAILY_CREDITS_QUOTA,
        "daily_credits_used": 0,
    }
