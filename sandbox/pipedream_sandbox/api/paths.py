"""Trailing slashes: every /v1 path answers with one too (`/orgs/{org_id}/sources/`,
`POST /sources/`), as the documentation writes some paths and clients send them. One rule for
every route, applied before routing, instead of each route written twice."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

API_PREFIX = "/v1/"


class TrailingSlashes:
    """Drop the trailing slashes of a /v1 path before the router sees it. Paths outside /v1
    (the HTTP endpoints of sources, whose paths become events) are left as they are, and so is
    `/v1/` itself: stripped to `/v1`, the mount would redirect it back to `/v1/`, forever."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        stripped = path.rstrip("/")
        bare_prefix = stripped == API_PREFIX.rstrip("/")
        if scope["type"] == "http" and path.startswith(API_PREFIX) and not bare_prefix:
            scope = {**scope, "path": stripped}
            raw_path = scope.get("raw_path")
            if isinstance(raw_path, bytes):
                scope["raw_path"] = raw_path.rstrip(b"/")
        await self.app(scope, receive, send)
