"""Fixtures for the sandbox tests: an app on a fake clock, and async clients for its users."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from pipedream_sandbox import DEMO_API_KEY, OTHER_API_KEY, create_app
from pipedream_sandbox.registry import refuse_fetch
from sandbox_helpers import FakeClock, client_for
from starlette.applications import Starlette


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_app(clock: FakeClock) -> Callable[..., Starlette]:
    def make(db_path: str = ":memory:", **options: Any) -> Starlette:
        options.setdefault("clock", clock)
        options.setdefault("fetch", refuse_fetch)
        options.setdefault("api_key", DEMO_API_KEY)
        return create_app(db_path, **options)

    return make


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
