"""`create_app(...)`: the sandbox as an ASGI app, the API mounted at /v1."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from . import endpoints, offload
from .api import oauth_routes, stream_app, v1_app
from .api.paths import TrailingSlashes
from .api.stream import PublishListener
from .delivery import WebhookDelivery
from .domain.oauth import TOKEN_TTL_SECONDS
from .errors import EXCEPTION_HANDLERS
from .limits import DEFAULT_LIMITS, Limits
from .outbound import OutboundPolicy
from .registry import Fetcher
from .state import Sandbox
from .streams import StreamHub, StreamSettings
from .users import SandboxUser, default_users
from .wiring import build_sandbox


async def index(request: Request) -> JSONResponse:
    """What this server is, for a person who opens it in a browser."""
    base = str(request.base_url).rstrip("/")
    return JSONResponse(
        {
            "name": "Pipedream REST API sandbox",
            "base_url": f"{base}/v1",
            "auth": "Authorization: Bearer <api key, or access token from POST /v1/oauth/token>",
            "events": f"{base}/http/<endpoint id> (see configured_props.http.endpoint_url)",
            "live": f"{base}/sources/<source id>/sse (Server-Sent Events, outside /v1)",
        }
    )


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    """The server's one shutdown path (uvicorn runs it on SIGINT and SIGTERM alike, before it
    re-raises the signal): whatever must end before the data is closed ends here first."""
    yield
    sandbox: Sandbox = app.state.sandbox
    sandbox.close()  # webhook workers, then checkpoint the -wal into the file and close
    offload.shutdown()  # the component-reading processes


def create_app(
    db_path: str | Path = ":memory:",
    *,
    api_key: str | None = None,
    users: Sequence[SandboxUser] | None = None,
    clock: Callable[[], float] = time.time,
    seed: int | None = None,
    fetch: Fetcher | None = None,
    rate_limit: int | None = None,
    demo_data: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    outbound: OutboundPolicy | None = None,
    token_ttl: int = TOKEN_TTL_SECONDS,
    webhooks: WebhookDelivery | None = None,
    streams: StreamSettings | None = None,
) -> Starlette:
    """A sandbox app with its data in `db_path` (`":memory:"` for a throw-away one).

    api_key: the demo user's key (default: $PIPEDREAM_SANDBOX_API_KEY, else "sandbox-demo-key");
        ignored when `users` is given.
    clock: seconds since the epoch, for created_at and event IDs (tests pass a fake one).
    seed: makes generated IDs reproducible (for recordings).
    fetch: how a `component_url` other than the shipped samples is fetched (default: over HTTP
        under `outbound`; `registry.refuse_fetch` keeps a test offline).
    rate_limit: requests per key per minute before 429 (off when None).
    demo_data: give the demo user the objects the API document's examples name (sc_JDi8EB,
        dc_abc123 with three events, dc_def456, ...). The users' workflows (p_abc123, ...) and
        their events are seeded either way.
    token_ttl: seconds an OAuth access token lives (`expires_in`), measured on `clock`.
    limits: every cap on what clients send (`limits.Limits`).
    outbound: where the sandbox itself may connect, for webhooks and `component_url` (default
        `OutboundPolicy()`: public and loopback addresses, never private, link-local or metadata
        ones; 512 KB and 10 s per exchange). Webhook URLs naming a refused address are refused
        at creation too.
    webhooks: the webhook sender (default: POSTs under `outbound`, 4 attempts, 0.5/1/2 s
        backoff, 2 s timeout); pass `WebhookDelivery(allow=loopback_only, ...)` to keep
        deliveries local.
    streams: how `GET /sources/{id}/sse` is served (heartbeat interval, `retry:`, queue bound).
    Call `app.state.sandbox.close()` when done: it stops the webhook workers and closes the
    database (`run_in_thread` does it for you).
    """
    sandbox = build_sandbox(
        db_path,
        users=users if users is not None else default_users(api_key),
        clock=clock,
        seed_ids=seed,
        fetch=fetch,
        rate_limit=rate_limit,
        demo_data=demo_data,
        limits=limits,
        outbound=outbound or OutboundPolicy(),
        token_ttl=token_ttl,
        webhooks=webhooks,
    )
    sandbox.streams = StreamHub(streams)
    sandbox.live.add(PublishListener(sandbox.streams))
    app = Starlette(
        routes=[
            Route("/", index),
            *oauth_routes(),
            Mount("/v1", app=v1_app()),
            Route("/sources/{id}/sse", stream_app()),
            *endpoints.routes,
        ],
        exception_handlers=EXCEPTION_HANDLERS,
        middleware=[Middleware(TrailingSlashes)],
        lifespan=lifespan,
    )
    app.state.sandbox = sandbox
    return app
