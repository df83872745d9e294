"""GET /apps, GET /apps/{app_id}, GET /app_categories and GET /app_categories/{id}: the shipped
catalogue (`domain.apps`). Apps come one page at a time, cursors being base64 of a name slug;
categories answer bare (a JSON array, a JSON object), as Pipedream's published OpenAPI has them."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..domain.apps import AppFilter
from ..errors import not_found
from . import render
from .common import (
    FieldFilter,
    cursor_positions,
    data,
    keyed_page,
    parse_limit,
    query_flag,
    sandbox_of,
    short_query,
)


async def list_apps(request: Request) -> JSONResponse:
    """Highest `featured_weight` first; `q` matches names case-insensitively."""
    fields = FieldFilter(request)
    limit = parse_limit(request)
    wanted = AppFilter(
        q=short_query(request, "q", sandbox_of(request).limits.search_query_chars),
        has_components=query_flag(request, "has_components"),
        has_actions=query_flag(request, "has_actions"),
        has_triggers=query_flag(request, "has_triggers"),
    )
    apps = sandbox_of(request).catalogue.matching(wanted)
    slugs = [app.name_slug for app in apps]
    after, before = cursor_positions(
        request, "", lambda slug: slugs.index(slug) if slug in slugs else None
    )
    if before is not None:
        chosen = apps[max(0, before - limit) : before]
    else:
        start = 0 if after is None else after + 1
        chosen = apps[start : start + limit]
    return keyed_page(
        [app.name_slug for app in chosen],
        [render.app(app) for app in chosen],
        fields,
        total=len(apps),
    )


async def get_app(request: Request) -> JSONResponse:
    """By ID (`app_OkrhR1`) or name slug (`slack`)."""
    fields = FieldFilter(request)
    ident = request.path_params["app_id"]
    app = sandbox_of(request).catalogue.find(ident)
    if app is None:
        raise not_found("app", ident)
    return data(render.app(app), fields)


async def list_app_categories(request: Request) -> JSONResponse:
    fields = FieldFilter(request)
    categories = sandbox_of(request).catalogue.categories
    return JSONResponse([fields.apply(render.app_category(c)) for c in categories])


async def get_app_category(request: Request) -> JSONResponse:
    fields = FieldFilter(request)
    ident = request.path_params["id"]
    category = sandbox_of(request).catalogue.category(ident)
    if category is None:
        raise not_found("app category", ident)
    return JSONResponse(fields.apply(render.app_category(category)))
