"""Test helpers for the overlay's unit tests: a scripted fake server for httpx.MockTransport and
recorded sleeps. (A uniquely named module, so that importing it never picks another conftest.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

API_KEY = "pd_test_0123456789abcdef0123456789SEKRET"
BASE_URL = "http://sandbox.test/v1"
MAX_REQUESTS = 50  # a loop that never stops fails instead of hanging

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def page(ids: list[str], *, start: str | None = None, end: str | None = None) -> dict[str, Any]:
    """A list body in the API's shape: ``data`` plus ``page_info`` cursors."""
    return {
        "data": [{"id": item_id} for item_id in ids],
        "page_info": {"count": len(ids), "start_cursor": start, "end_cursor": end},
    }


@dataclass
class FakeServer:
    """Answers requests from a script, in order, and records every request it received.

    Each answer is an httpx.Response, an exception to raise (a connection reset), or a function
    of the request. When the script runs out, the last answer repeats.
    """

    script: list[Answer] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)
    script_start: int = 0

    def answer(self, *answers: Answer) -> FakeServer:
        self.script.extend(answers)
        return self

    def restart(self, *answers: Answer) -> FakeServer:
        """Play ``answers`` from the next request on, from their beginning."""
        self.script, self.script_start = list(answers), len(self.requests)
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) > MAX_REQUESTS:
            raise AssertionError(f"runaway client: over {MAX_REQUESTS} requests")
        index = min(len(self.requests) - self.script_start, len(self.script)) - 1
        answer = self.script[index]
        if isinstance(answer, Exception):
            raise answer
        if not isinstance(answer, httpx.Response):
            return answer(request)
        # A fresh copy each time: a response's stream can be read only once.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    @property
    def queries(self) -> list[dict[str, str]]:
        return [dict(request.url.params) for request in self.requests]


@dataclass
class Sleeps:
    """Records the waits the client asked for, sync and async, without waiting."""

    waits: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)


def json_response(
    status: int, body: object, headers: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.Response(
        status,
        headers={"content-type": "application/json", **(headers or {})},
        content=json.dumps(body).encode(),
    )
