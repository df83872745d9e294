"""Fixtures of the in-process sandbox attack tests: an app offline (no fetching), and a client of
it as the attack tests' user."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from pipedream_sandbox import create_app
from pipedream_sandbox.registry import refuse_fetch
from sandbox_attack_tools import API_KEY, asgi_client
from starlette.applications import Starlette


@pytest.fixture
def app() -> Iterator[Any]:
    app = create_app(api_key=API_KEY, fetch=refuse_fetch)
    yield app
    app.state.sandbox.close()


@pytest.fixture
async def api(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    async with asgi_client(app) as client:
        yield client
