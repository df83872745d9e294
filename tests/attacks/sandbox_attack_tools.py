"""What the sandbox attack tests share: a loopback web site that misbehaves on request, and the
sandbox's command line run as a real process on a free loopback port."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

import httpx
from loopback_http import free_port

API_KEY = "attack-test-key"
HEADERS = {"Authorization": f"Bearer {API_KEY}"}
RSS_SOURCE = {
    "key": "rss-new-item-in-feed",
    "configured_props": {"url": "https://rss.m.pipedream.net", "timer": {"intervalSeconds": 60}},
}

Page = Callable[[http.server.BaseHTTPRequestHandler], None]


class LoopbackSite:
    """An HTTP server on 127.0.0.1 whose pages are functions of the request handler (so a
    page can redirect, send a huge body, or trickle). `hits` counts requests per path."""

    def __init__(self, pages: dict[str, Page]) -> None:
        self.hits: dict[str, int] = {}
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _any(self) -> None:
                path = self.path.split("?")[0]
                site.hits[path] = site.hits.get(path, 0) + 1
                page = pages.get(path)
                if page is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                try:
                    page(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should

            do_GET = do_POST = _any

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def send(handler: http.server.BaseHTTPRequestHandler, status: int, body: bytes = b"") -> None:
    handler.send_response(status)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def redirect_to(location: str) -> Page:
    def page(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return page


@dataclass
class CliSandbox:
    process: subprocess.Popen[str]
    base_url: str
    stdout: str = ""  # what it printed, once the `with` block is over
    stderr: str = ""

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, headers=HEADERS, timeout=10)


def start_cli(db: Path, *args: str) -> subprocess.Popen[str]:
    """`python -m pipedream_sandbox --db <db> ...` with the attack tests' API key."""
    env = {**os.environ, "PIPEDREAM_SANDBOX_API_KEY": API_KEY}
    return subprocess.Popen(
        [sys.executable, "-m", "pipedream_sandbox", "--db", str(db), "--no-demo-data", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@contextmanager
def cli_sandbox(db: Path, *args: str, timeout: float = 15) -> Iterator[CliSandbox]:
    """The sandbox's command line serving `db` on a free loopback port, up and answering.
    Whatever the test did, the process is gone afterwards."""
    port = free_port()
    process = start_cli(db, "--port", str(port), "--log-level", "warning", *args)
    cli = CliSandbox(process, f"http://127.0.0.1:{port}/v1")
    try:
        deadline = time.monotonic() + timeout
        with httpx.Client(headers=HEADERS, timeout=2) as probe:
            while True:
                assert process.poll() is None, process.communicate()[1]
                try:
                    if probe.get(f"{cli.base_url}/users/me").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "the sandbox did not come up"
                time.sleep(0.05)
        yield cli
    finally:
        if process.poll() is None:
            process.kill()
        cli.stdout, cli.stderr = process.communicate(timeout=10)


def asgi_client(app: Any) -> httpx.AsyncClient:
    """A client of an in-process sandbox app, as the attack tests' user."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8787/v1", headers=HEADERS
    )
