"""Fixtures for the sandbox tests: an app on a fake clock, async clients for its users, and a
loopback webhook receiver."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from pipedream_sandbox import (
    DEMO_API_KEY,
    OTHER_API_KEY,
    WebhookDelivery,
    create_app,
    loopback_only,
)
from pipedream_sandbox.registry import refuse_fetch
from sandbox_helpers import FakeClock, Receiver, client_for
from starlette.applications import Starlette


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def retry_pauses() -> list[float]:
    """The pauses webhook deliveries asked for: tests never really sleep between attempts."""
    return []


@pytest.fixture
def make_app(clock: FakeClock, retry_pauses: list[float]) -> Iterator[Callable[..., Starlette]]:
    """Apps on the fake clock, offline: no fetching, webhooks delivered to loopback URLs only
    and retried without sleeping. Each is closed (webhook workers, database) after the test."""
    made: list[Starlette] = []

    def make(db_path: str = ":memory:", **options: Any) -> Starlette:
        options.setdefault("clock", clock)
        options.setdefault("fetch", refuse_fetch)
        options.setdefault("api_key", DEMO_API_KEY)
        options.setdefault(
            "webhooks", WebhookDelivery(allow=loopback_only, sleep=retry_pauses.append)
        )
        app = create_app(db_path, **options)
        made.append(app)
        return app

    yield make
    for app in made:
        app.state.sandbox.close()


@pytest.fixture
def app(make_app: Callable[..., Starlette]) -> Starlette:
    return make_app()


@pytest.fixture
async def api(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    """The demo user's client."""
    async with client_for(app) as client:
        yield client


@pytest.fixture
async def other(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    """The second built-in user's client, on the same sandbox."""
    async with client_for(app, OTHER_API_KEY) as client:
        yield client


@pytest.fixture
async def anonymous(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(app, None) as client:
        yield client


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A loopback HTTP server that records what it receives and answers 200."""
    with Receiver() as server:
        yield server
