"""POST /components, GET /components/{id}, GET /components/registry/{key} and
GET /components/search. All four need a user API key (403 for an OAuth token)."""

from __future__ import annotations

import json
import math

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from ..errors import bad_parameter, not_found
from ..search import DEFAULT_THRESHOLD, Candidate, search
from . import render
from .common import (
    FieldFilter,
    check_org_id,
    data,
    json_body,
    parse_limit,
    require_api_key,
    required_query,
    sandbox_of,
    user_of,
)
from .component_input import no_component_error, save_from_code_or_url

WARNINGS_HEADER = "X-Sandbox-Warnings"


async def create_component(request: Request) -> JSONResponse:
    """Save code (or the code at `component_url`); `component_code` wins when both are given.

    What the sandbox had to ignore to read the code (`...common`, values that need running) is
    listed, as JSON, in the X-Sandbox-Warnings header; the body is the API's.
    """
    require_api_key(request)
    body = await json_body(request)
    fields = FieldFilter(request, body)
    check_org_id(request, body)
    saved = await save_from_code_or_url(sandbox_of(request), user_of(request).id, body)
    if saved is None:
        raise no_component_error(("component_code", "component_url"))
    response = data(render.component(saved.component), fields)
    if saved.warnings:
        response.headers[WARNINGS_HEADER] = json.dumps(saved.warnings[:20])
    return response


async def get_component(request: Request) -> JSONResponse:
    """A saved component by ID, or (as later editions allow) by key, own or registry."""
    require_api_key(request)
    fields = FieldFilter(request)
    check_org_id(request)
    ident = request.path_params["id"]
    row = sandbox_of(request).components.find(user_of(request).id, ident)
    if row is None:
        raise not_found("component", ident)
    return data(render.component(row), fields)


async def get_registry_component(request: Request) -> JSONResponse:
    """A component of the sandbox's registry (the shipped samples) by key."""
    require_api_key(request)
    fields = FieldFilter(request)
    key = request.path_params["key"]
    row = sandbox_of(request).components.registry_component(key)
    if row is None:
        raise not_found("registry component", key)
    return data(render.component(row), fields)


def _threshold(request: Request) -> float:
    raw = request.query_params.get("similarity_threshold")
    if raw is None:
        return DEFAULT_THRESHOLD
    message = f"similarity_threshold must be a number from 0 to 1, not {raw[:40]!r}"
    try:
        value = float(raw)
    except ValueError:
        raise bad_parameter("similarity_threshold", message) from None
    if not (math.isfinite(value) and 0 <= value <= 1):
        raise bad_parameter("similarity_threshold", message)
    return value


def _debug(request: Request) -> bool:
    raw = request.query_params.get("debug", "false").lower()
    if raw not in ("true", "false", "1", "0"):
        raise bad_parameter("debug", f"debug must be true or false, not {raw[:40]!r}")
    return raw in ("true", "1")


async def search_components(request: Request) -> JSONResponse:
    """Registry keys matching `query`, best first, split into sources and actions; no `data`
    wrapper. `debug=true` adds every considered key's score (see `search` for the ranking)."""
    require_api_key(request)
    fields = FieldFilter(request)
    query = required_query(request, "query")
    sandbox = sandbox_of(request)
    most = sandbox.limits.search_query_chars
    if len(query) > most:
        raise bad_parameter("query", f"query must be at most {most} characters, not {len(query)}")
    threshold, debug = _threshold(request), _debug(request)
    limit = parse_limit(request) if "limit" in request.query_params else None
    candidates = [Candidate.of(row) for row in sandbox.components.registry()]
    found, scores = await run_in_threadpool(  # difflib is CPU work: keep the event loop free
        search, candidates, query, app=request.query_params.get("app") or None, threshold=threshold
    )
    body: dict[str, object] = {kind: keys[:limit] for kind, keys in found.items()}
    if debug:
        body["debug"] = {"threshold": threshold, "scores": scores}
    return JSONResponse(fields.apply(body))
