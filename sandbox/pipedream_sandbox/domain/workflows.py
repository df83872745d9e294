"""Workflows (`p_...`): seeded ones, and those created from a template (`templates`), which can
be activated and deactivated. The sandbox never runs a workflow: an active one with an HTTP
trigger emits each request sent to its endpoint as `{"raw_event": ...}`."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..context import DataContext
from ..errors import not_found
from ..store import decode, fetch_one, fetch_row
from .subscriptions import Subscriptions
from .templates import Built


@dataclass(frozen=True)
class Workflow:
    id: str
    user_id: str
    name: str
    owner_id: str  # the workspace that owns it, else the user
    active: bool
    project_id: str | None
    template_id: str | None
    steps: list[dict[str, Any]]
    triggers: list[dict[str, Any]]
    endpoint_id: str | None  # of its HTTP trigger
    created_at: int | None
    updated_at: int | None


@dataclass(frozen=True)
class NewWorkflow:
    """What `POST /workflows` asks for, checked."""

    user_id: str
    org_id: str
    project_id: str
    template_id: str
    name: str
    active: bool
    built: Built


def _read(conn: sqlite3.Connection, workflow_id: str) -> Workflow:
    return decode(Workflow, fetch_row(conn, "SELECT * FROM workflows WHERE id = ?", (workflow_id,)))


class Workflows:
    def __init__(self, context: DataContext, subscriptions: Subscriptions) -> None:
        self.context = context
        self.subscriptions = subscriptions

    def add(self, user_id: str, workflow_id: str, name: str, owner_id: str | None = None) -> None:
        """Register a seeded workflow of the workspace `owner_id` (else of the user); a new one
        gets the user's auto-subscriptions."""
        owner_id = owner_id or user_id
        with self.context.store.transaction() as conn:
            added = conn.execute(
                "INSERT OR IGNORE INTO workflows (id, user_id, name, owner_id) VALUES (?, ?, ?, ?)",
                (workflow_id, user_id, name, owner_id),
            ).rowcount
            if added:
                self.subscriptions.apply_auto_subscriptions(conn, user_id, workflow_id, owner_id)

    def create(self, new: NewWorkflow) -> Workflow:
        """A workflow copied from a template into a project; auto-subscriptions apply."""
        now = self.context.now()
        with self.context.store.transaction() as conn:
            workflow_id = self.context.unused_id(conn, "p", "workflows")
            conn.execute(
                "INSERT INTO workflows (id, user_id, name, owner_id, active, project_id,"
                " template_id, steps, triggers, endpoint_id, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    workflow_id,
                    new.user_id,
                    new.name,
                    new.org_id,
                    int(new.active),
                    new.project_id,
                    new.template_id,
                    json.dumps(new.built.steps),
                    json.dumps(new.built.triggers),
                    new.built.endpoint_id,
                    now,
                    now,
                ),
            )
            self.subscriptions.apply_auto_subscriptions(conn, new.user_id, workflow_id, new.org_id)
            return _read(conn, workflow_id)

    def get(self, user_id: str, workflow_id: str) -> Workflow | None:
        with self.context.store.transaction() as conn:
            row = fetch_one(
                conn, "SELECT * FROM workflows WHERE id = ? AND user_id = ?", (workflow_id, user_id)
            )
        return None if row is None else decode(Workflow, row)

    def require(self, user_id: str, workflow_id: str) -> Workflow:
        workflow = self.get(user_id, workflow_id)
        if workflow is None:
            raise not_found("workflow", workflow_id)
        return workflow

    def set_active(self, user_id: str, workflow_id: str, active: bool) -> Workflow:
        with self.context.store.transaction() as conn:
            changed = conn.execute(
                "UPDATE workflows SET active = ?, updated_at = ? WHERE id = ? AND user_id = ?",
                (int(active), self.context.now(), workflow_id, user_id),
            ).rowcount
            if not changed:
                raise not_found("workflow", workflow_id)
            return _read(conn, workflow_id)

    def by_endpoint(self, endpoint_id: str) -> Workflow | None:
        with self.context.store.transaction() as conn:
            row = fetch_one(conn, "SELECT * FROM workflows WHERE endpoint_id = ?", (endpoint_id,))
        return None if row is None else decode(Workflow, row)
