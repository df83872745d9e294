"""The benchmark's loopback server: pre-built bodies, so every client row pays the same server cost.

Run as its own process (``python -m bench.server``) so the server works on the other core and
the client's time is the client's; it prints its port on the first line of stdout. It is asyncio
and h11 (the HTTP/1.1 parser httpx itself uses) with one write per response and no framework, so
the server adds as little as possible to the floor every row is compared with. Paths, each
answering 200 with a body from :mod:`bench.bodies`:

- ``/v1/users/me/sources``, ``/v1/sources/{id}/event_summaries``: one 100-item page.
- ``/v1/connect/{project}/deployed-triggers[/{id}/events]``: the same, for the official SDK.
- ``/walk/v1/users/me/sources?after=...``: the pages of a longer list, by cursor.
- ``/slow/v1/...``: any ``/v1`` path, answered after ``--latency-ms``.
- ``/stats``: ``{"walk_requests": n}``, how many walk pages were served.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import threading
from urllib.parse import parse_qs, urlsplit

import h11

from . import bodies

NOT_FOUND = json.dumps({"error": "Not Found"}).encode()


class Fixtures:
    """The body for each path; counts the walk's requests."""

    def __init__(self, walk_items: int, walk_limit: int) -> None:
        self.sources = bodies.sources_page()
        self.events = bodies.events_page()
        self.sdk_sources = bodies.sdk_sources_page()
        self.sdk_events = bodies.sdk_events_page()
        self.walk = bodies.walk_pages(walk_items, walk_limit)
        self.walk_requests = 0

    def body_for(self, path: str, query: str) -> bytes | None:
        if path == "/stats":
            return json.dumps({"walk_requests": self.walk_requests}).encode()
        if path == "/walk/v1/users/me/sources":
            self.walk_requests += 1
            return self.walk.get(parse_qs(query).get("after", [None])[0])
        parts = path.strip("/").split("/")
        match parts:
            case ["v1", "users", "me", "sources"]:
                return self.sources
            case ["v1", "sources", _, "event_summaries"]:
                return self.events
            case ["v1", "connect", _, "deployed-triggers"]:
                return self.sdk_sources
            case ["v1", "connect", _, "deployed-triggers", _, "events"]:
                return self.sdk_events
        return None


class FixtureProtocol(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection; ``/slow/...`` answers after ``latency`` seconds."""

    def __init__(self, fixtures: Fixtures, latency: float) -> None:
        self.fixtures = fixtures
        self.latency = latency
        self.conn = h11.Connection(h11.SERVER)
        self.target = ""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.conn.receive_data(data)
        self.handle_events()

    def handle_events(self) -> None:
        while True:
            try:
                event = self.conn.next_event()
            except h11.RemoteProtocolError:
                self.transport.close()
                return
            if event is h11.NEED_DATA or event is h11.PAUSED:
                return
            if isinstance(event, h11.ConnectionClosed):
                self.transport.close()
                return
            if isinstance(event, h11.Request):
                self.target = event.target.decode()
            elif isinstance(event, h11.EndOfMessage):
                self.answer()
                return

    def answer(self) -> None:
        url = urlsplit(self.target)
        path = url.path
        delay = 0.0
        if path.startswith("/slow/"):
            path, delay = path[len("/slow") :], self.latency
        body = self.fixtures.body_for(path, url.query)
        status = 200 if body is not None else 404
        body = NOT_FOUND if body is None else body
        headers = [("content-type", "application/json"), ("content-length", str(len(body)))]
        out = self.conn.send(h11.Response(status_code=status, headers=headers))
        out = (out or b"") + (self.conn.send(h11.Data(data=body)) or b"")
        out += self.conn.send(h11.EndOfMessage()) or b""
        if delay:
            asyncio.get_running_loop().call_later(delay, self.write, out)
        else:
            self.write(out)

    def write(self, out: bytes) -> None:
        if self.transport.is_closing():
            return
        self.transport.write(out)
        if self.conn.our_state is h11.MUST_CLOSE:
            self.transport.close()
            return
        self.conn.start_next_cycle()
        self.handle_events()  # a request that came while this one was answered


def exit_when_stdin_closes() -> None:
    """Stop with the harness, even when it is killed: it holds our stdin open while it runs."""

    def wait_then_exit() -> None:
        sys.stdin.buffer.read()
        os._exit(0)

    threading.Thread(target=wait_then_exit, daemon=True).start()


async def serve(walk_items: int, walk_limit: int, latency_ms: float) -> None:
    fixtures = Fixtures(walk_items, walk_limit)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: FixtureProtocol(fixtures, latency_ms / 1000), "127.0.0.1", 0
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.server", description=__doc__)
    parser.add_argument("--walk-items", type=int, default=10_000)
    parser.add_argument("--walk-limit", type=int, default=100)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    args = parser.parse_args(argv)
    exit_when_stdin_closes()
    asyncio.run(serve(args.walk_items, args.walk_limit, args.latency_ms))


if __name__ == "__main__":
    main()
