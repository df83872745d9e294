"""HTTP endpoints of HTTP-interface sources, served by the sandbox itself outside /v1.

`<sandbox>/http/<endpoint id>/<any path>` turns each request into an event of the source, as the
real service's `https://<endpoint>.m.pipedream.net` does: `{method, path, query, headers, body}`,
with the summary `"<METHOD> <path>"` in its metadata. The HTTP trigger of an active workflow
created from a template does the same for the workflow, as `{"raw_event": <that event>}`.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .api.common import is_valid_unicode, nesting_depth, read_body, sandbox_of, too_deep
from .errors import ApiError

METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


def _body(raw: bytes, content_type: str, max_depth: int) -> Any:
    """JSON bodies as data, anything else as text; an empty body is `""`. A JSON body nested
    deeper than `max_depth` is refused (400)."""
    text = raw.decode("utf-8", "replace")
    if raw and "json" in content_type.lower():
        try:
            parsed = json.loads(text)
        except RecursionError:
            raise too_deep(max_depth) from None
        except ValueError:
            return text
        if nesting_depth(parsed, max_depth) > max_depth:
            raise too_deep(max_depth)
        if is_valid_unicode(parsed):
            return parsed
    return text


async def capture(request: Request) -> JSONResponse:
    sandbox = sandbox_of(request)
    endpoint_id = request.path_params["endpoint_id"]
    source = sandbox.sources.by_endpoint(endpoint_id)
    workflow = None if source else sandbox.workflows.by_endpoint(endpoint_id)
    emitter = source or workflow
    if emitter is None or not emitter.active:
        raise ApiError(
            404, f"no active source or workflow listens at endpoint {endpoint_id}", code="not_found"
        )
    raw = await read_body(request, sandbox.limits.body_bytes)
    event = {
        "method": request.method,
        "path": "/" + request.path_params.get("path", ""),
        "query": dict(request.query_params),
        "headers": dict(request.headers),
        "body": _body(raw, request.headers.get("content-type", ""), sandbox.limits.body_depth),
    }
    summary = f"{event['method']} {event['path']}"  # as the shipped http source's $emit says
    payload = event if source else {"raw_event": event}  # what a workflow's trigger emits
    sandbox.emitter.release_due()  # what was due goes first, in time order
    event_id = sandbox.emitter.emit(emitter.id, payload, metadata={"summary": summary})
    return JSONResponse({"success": True, "event_id": event_id})


routes = [
    Route("/http/{endpoint_id}", capture, methods=METHODS),
    Route("/http/{endpoint_id}/{path:path}", capture, methods=METHODS),
]
