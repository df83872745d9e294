"""The domain's dataclasses as the API's JSON objects (Component, Source, EventSummary,
Subscription, Webhook, Workspace, Workflow, App, AppCategory, Account, Project)."""

from __future__ import annotations

import datetime
import json
from typing import Any

from ..domain.accounts import Account, Project
from ..domain.apps import App, AppCategory
from ..domain.components import Component
from ..domain.events import Event
from ..domain.sources import Source
from ..domain.subscriptions import AutoSubscription, Subscription
from ..domain.webhooks import Webhook
from ..domain.workflows import Workflow
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


def iso(epoch_seconds: int | None) -> str | None:
    """`1658954272` -> `"2022-07-27T20:37:52.000Z"`: the newer resources' times."""
    if epoch_seconds is None:
        return None
    moment = datetime.datetime.fromtimestamp(epoch_seconds, tz=datetime.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def workflow_trigger(trigger: dict[str, Any], root_url: str) -> dict[str, Any]:
    """A stored trigger, its endpoint ID turned into the sandbox URL that feeds it."""
    item = {key: value for key, value in trigger.items() if key != "endpoint_id"}
    if trigger.get("endpoint_id"):
        item["endpoint_url"] = endpoint_url(root_url, trigger["endpoint_id"])
    return item


def workflow_details(item: Workflow, root_url: str) -> dict[str, Any]:
    """`GET /workflows/{id}`: triggers and steps only, not wrapped in `data`."""
    return {
        "triggers": [workflow_trigger(t, root_url) for t in item.triggers],
        "steps": item.steps,
    }


def workflow(item: Workflow, root_url: str) -> dict[str, Any]:
    return {"id": item.id, "name": item.name, "active": item.active} | workflow_details(
        item, root_url
    )


def app(item: App) -> dict[str, Any]:
    connect: dict[str, Any] = {"proxy_enabled": bool(item.domains), "allowed_domains": item.domains}
    if item.domains:
        connect["base_proxy_target_url"] = f"https://{item.domains[0]}"
    return {
        "id": item.id,
        "name_slug": item.name_slug,
        "name": item.name,
        "auth_type": item.auth_type,
        "description": item.description,
        "img_src": f"https://assets.pipedream.net/s.v0/{item.id}/logo/orig",
        "custom_fields_json": json.dumps(item.custom_fields, separators=(",", ":")),
        "categories": item.categories,
        "featured_weight": item.featured_weight,
        "connect": connect,
    }


def app_category(item: AppCategory) -> dict[str, Any]:
    return {"id": item.id, "name": item.name, "description": item.description}


def account(item: Account, app_of: App | None, *, credentials: bool) -> dict[str, Any]:
    """An Account; its credentials (and their `expires_at`) only when asked for."""
    fields: dict[str, Any] = {
        "id": item.id,
        "created_at": iso(item.created_at),
        "updated_at": iso(item.updated_at),
        "name": item.name,
        "app": {"id": item.app_id, "name": app_of.name if app_of else item.app_id},
        "healthy": item.healthy,
    }
    if credentials:
        fields["expires_at"] = iso(item.expires_at)
        fields["credentials"] = dict(item.credentials)
    return fields


def project(item: Project) -> dict[str, Any]:
    return {
        "id": item.id,
        "hid": item.id,
        "name": item.name,
        "repository_id": None,
        "repository_path": None,
        "created_at": iso(item.created_at),
        "updated_at": iso(item.updated_at),
        "org_id": item.org_id,
        "exceptions": None,
        "allow_support": False,
    }
