"""Fixtures for the overlay's unit tests: a client wired to a scripted fake server, whose
sleeps are recorded instead of slept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from overlay_fakes import API_KEY, BASE_URL, FakeServer, Sleeps
from pipedream_rest import Pipedream, RetryPolicy
from pipedream_rest.logs import logger


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def make_client(server: FakeServer, sleeps: Sleeps) -> Callable[..., Pipedream]:
    """A Pipedream client on the fake server; jitter is fixed at 0 so waits are exact."""

    def make(**options: Any) -> Pipedream:
        mock = httpx.MockTransport(server)
        policy = RetryPolicy(sleep=sleeps.sleep, async_sleep=sleeps.async_sleep, random=lambda: 0.0)
        options.setdefault("retry_policy", policy)
        return Pipedream(
            API_KEY, base_url=BASE_URL, transport=mock, async_transport=mock, **options
        )

    return make


@pytest.fixture
def client(make_client: Callable[..., Pipedream]) -> Iterator[Pipedream]:
    with make_client() as made:
        yield made


@pytest.fixture
def restore_logger() -> Iterator[None]:
    """Undo what PIPEDREAM_LOG does to the package logger."""
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers
