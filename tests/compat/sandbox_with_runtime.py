"""`python -m pipedream_sandbox`, unchanged, plus the one link between a component and Pipedream
that is not in the REST API: its `$emit`.

The sandbox never runs component code; the compatibility suite (tests/compat/) plays the Pipedream
runtime for Pipedream's own scheduled-tasks source, so its `$emit(event, metadata)` needs a way
into the sandbox's event store. `POST /compat/emit/{source_id}` with `{"event": ..., "metadata":
{...}}` hands it to the sandbox's own `Emitter.emit`, on the channel `metadata.name` (default
`""`), with the rest of the metadata as given; it answers `{"event_id": ...}`, or 400 with the
sandbox's reason (no such source, metadata of the wrong type). Everything else (flags, output, routes) is the sandbox's own.
"""

from __future__ import annotations

import sys
from typing import Any

import pipedream_sandbox.__main__ as cli
from pipedream_sandbox.app import create_app
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

EMIT_PATH = "/compat/emit/{source_id}"


async def emit(request: Request) -> JSONResponse:
    body = await request.json()
    if not isinstance(body, dict) or not isinstance(body.get("metadata", {}), dict):
        return JSONResponse({"error": "send {event, metadata}"}, status_code=400)
    metadata: dict[str, Any] = dict(body.get("metadata") or {})
    channel = metadata.pop("name", "") or ""
    sandbox = request.app.state.sandbox
    try:
        event_id = sandbox.emitter.emit(
            request.path_params["source_id"], body.get("event"), channel, metadata
        )
    except ValueError as error:  # no such source, or metadata of the wrong type
        return JSONResponse({"error": str(error)}, status_code=400)
    return JSONResponse({"event_id": event_id})


def create_app_with_emit(*args: Any, **kwargs: Any) -> Starlette:
    app = create_app(*args, **kwargs)
    app.router.routes.insert(0, Route(EMIT_PATH, emit, methods=["POST"]))
    return app


if __name__ == "__main__":
    # The CLI's factory (imported, not exported, by __main__); the rest of main() as it is.
    cli.create_app = create_app_with_emit  # type: ignore[attr-defined]
    sys.exit(cli.main())
