"""POST /components and GET /components/{id}."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..errors import not_found
from . import render
from .common import FieldFilter, check_org_id, data, json_body, sandbox_of, user_of
from .component_input import no_component_error, save_from_code_or_url

WARNINGS_HEADER = "X-Sandbox-Warnings"


async def create_component(request: Request) -> JSONResponse:
    """Save code (or the code at `component_url`); `component_code` wins when both are given.

    What the sandbox had to ignore to read the code (`...common`, values that need running) is
    listed, as JSON, in the X-Sandbox-Warnings header; the body is the API's.
    """
    body = await json_body(request)
    fields = FieldFilter(request, body)
    check_org_id(request, body)
    saved = await save_from_code_or_url(sandbox_of(request), user_of(request).id, body)
    if saved is None:
        raise no_component_error(("component_code", "component_url"))
    response = data(render.component(saved.row), fields)
    if saved.warnings:
        response.headers[WARNINGS_HEADER] = json.dumps(saved.warnings[:20])
    return response


async def get_component(request: Request) -> JSONResponse:
    """A saved component by ID, or (as later editions allow) by key, own or registry."""
    fields = FieldFilter(request)
    check_org_id(request)
    ident = request.path_params["id"]
    row = sandbox_of(request).service.find_component(user_of(request).id, ident)
    if row is None:
        raise not_found("component", ident)
    return data(render.component(row), fields)
