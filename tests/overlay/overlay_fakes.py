"""Test helpers for the overlay's unit tests: a scripted fake server for httpx.MockTransport,
recorded sleeps, and a fake OAuth token server with a fake clock. (A uniquely named module, so
that importing it never picks another conftest.)"""

from __future__ import annotations

import asyncio
import json
import threading
import time
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


CLIENT_ID = "oa_client_0123456789abcdefCLID"
CLIENT_SECRET = "cs_0123456789abcdef0123456789SECRET"
TOKEN_PATH = "/v1/oauth/token"


@dataclass
class TokenServer:
    """A fake API for OAuth: ``POST /v1/oauth/token`` issues numbered tokens (``tok-1-…``), every
    other path answers 200 to a live token and 401 to anything else. Safe to call from threads.

    ``token_delay`` makes the token endpoint slow, so concurrent callers pile up behind it;
    ``token_answer`` replaces the token with a canned answer; ``reject_all`` answers 401 to every
    token.
    """

    expires_in: int | None = 3600
    token_delay: float = 0.0
    token_answer: httpx.Response | None = None
    reject_all: bool = False
    issued: list[str] = field(default_factory=list)
    revoked: set[str] = field(default_factory=set)
    requests: list[httpx.Request] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def token_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path == TOKEN_PATH]

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path != TOKEN_PATH]

    def revoke_all(self) -> None:
        self.revoked.update(self.issued)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH and self.token_delay:
            time.sleep(self.token_delay)
        return self._answer(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH and self.token_delay:
            await asyncio.sleep(self.token_delay)
        return self._answer(request)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            # A copy: the auth flow sets a new header on the same request when it sends it again.
            self.requests.append(
                httpx.Request(
                    request.method, request.url, headers=request.headers, content=request.read()
                )
            )
            if len(self.requests) > MAX_REQUESTS:
                raise AssertionError(f"runaway client: over {MAX_REQUESTS} requests")
            if request.url.path == TOKEN_PATH:
                return self._token()
            token = request.headers.get("authorization", "").removeprefix("Bearer ")
            if self.reject_all or token not in self.issued or token in self.revoked:
                return json_response(401, {"error": "invalid or expired access token"})
            if request.method != "GET":
                return json_response(200, {"data": {"id": "dc_1"}})
            return json_response(200, {"data": [{"id": "dc_1"}], "page_info": {}})

    def _token(self) -> httpx.Response:
        if self.token_answer is not None:
            answer = self.token_answer
            return httpx.Response(
                answer.status_code, headers=answer.headers, content=answer.content
            )
        token = f"tok-{len(self.issued) + 1}-0123456789abcdefTOKEN"
        self.issued.append(token)
        body: dict[str, Any] = {"access_token": token, "token_type": "Bearer"}
        if self.expires_in is not None:
            body |= {"expires_in": self.expires_in, "created_at": 1_700_000_000}
        return json_response(200, body)


@dataclass
class FakeClock:
    """A clock for token expiry that moves only when told to."""

    now: float = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
