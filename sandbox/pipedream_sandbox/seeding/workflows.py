"""Seeded workflows: the API cannot create workflows and the sandbox never runs one, so every
configured user gets its workflows (`SandboxUser.workflows`; the demo user's are `p_abc123` and
`p_Lf2QdX`) at start, each with 12 emitted events (`{"raw_event": {...}}`) and 12 events on the
built-in `$errors` channel, one a minute from 2021-01-19 22:25:25 UTC.

They can be listed (`/workflows/{id}/event_summaries`, `/workflows/{id}/$errors/event_summaries`),
subscribed to and used as listeners. Seeding happens once per database: what is deleted stays
deleted. `Emitter.emit(workflow_id, event, channel=...)` adds more, as a running workflow would.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from ..ids import stable_token
from ..state import Sandbox
from ..users import SandboxUser

EVENTS_PER_CHANNEL = 12
FIRST_EVENT_MS = 1611095125000
EVENT_SPACING_MS = 60_000
ERRORS_CHANNEL = "$errors"
STATUSES = ("created", "paid", "shipped", "delivered")


def _iso(ms: int) -> str:
    moment = datetime.datetime.fromtimestamp(ms / 1000, tz=datetime.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def emitted_event(number: int) -> dict[str, Any]:
    order = 1000 + number
    return {"raw_event": {"order_id": order, "status": STATUSES[number % len(STATUSES)]}}


def error_event(workflow_id: str, user_id: str, number: int, ms: int) -> dict[str, Any]:
    """An event of the `$errors` channel, in the shape the API documents."""
    return {
        "original_event": {"order_id": 1000 + number},
        "original_context": {
            "id": stable_token(f"{workflow_id}:context:{number}", 27),
            "ts": _iso(ms - 412),
            "workflow_id": workflow_id,
            "deployment_id": "d_" + stable_token(f"{workflow_id}:deployment", 6),
            "source_type": "COMPONENT",
            "verified": False,
            "owner_id": user_id,
            "platform_version": "3.1.2",
        },
        "error": {
            "code": "InternalFailure",
            "cellId": "c_" + stable_token(f"{workflow_id}:cell", 6),
            "ts": _iso(ms),
            "stack": "TypeError: Cannot read properties of undefined (reading 'id')\n"
            "    at Object.run (/code/step.js:3:22)",
        },
    }


def seed_workflows(sandbox: Sandbox, users: Iterable[SandboxUser]) -> None:
    for user in users:
        for workflow_id, name in user.workflows:
            sandbox.workflows.add(user.id, workflow_id, name, user.org_id)
            milestone = f"workflow-events:{workflow_id}"
            if sandbox.milestones.done(milestone):
                continue
            for number in range(EVENTS_PER_CHANNEL):
                ms = FIRST_EVENT_MS + number * EVENT_SPACING_MS
                sandbox.events.add(
                    workflow_id,
                    (ms, 0),
                    emitted_event(number),
                    emit_id=stable_token(f"{workflow_id}:emit:{number}", 27),
                )
                sandbox.events.add(
                    workflow_id,
                    (ms + 1000, 0),
                    error_event(workflow_id, user.id, number, ms + 1000),
                    channel=ERRORS_CHANNEL,
                    emit_id=stable_token(f"{workflow_id}:error:{number}", 27),
                )
            sandbox.milestones.mark(milestone)
