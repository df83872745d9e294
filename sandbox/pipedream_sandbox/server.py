"""Serving the sandbox with uvicorn: in the foreground (the CLI) or in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn
from starlette.applications import Starlette

from .app import create_app
from .state import Sandbox

START_TIMEOUT_SECONDS = 10.0


@dataclass
class RunningSandbox:
    """A sandbox served on a real socket: point any HTTP client at `base_url`."""

    app: Starlette
    host: str
    port: int
    api_key: str
    client_id: str | None = None  # the demo user's OAuth client
    client_secret: str | None = None

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def stream_url_base(self) -> str:
        """Where `GET /sources/{id}/sse` lives: the root, as the real API serves it outside /v1."""
        return self.root_url

    @property
    def base_url(self) -> str:
        """The API's base URL, `http://127.0.0.1:<port>/v1`."""
        return f"{self.root_url}/v1"

    @property
    def sandbox(self) -> Sandbox:
        """Direct access to the data (e.g. `server.sandbox.emitter.emit(source_id, {...})`)."""
        sandbox: Sandbox = self.app.state.sandbox
        return sandbox

    def wait_for_webhooks(self, timeout: float = 10.0) -> bool:
        """Block until every webhook delivery queued so far has finished (delivered, or failed
        after its retries); False if that took longer than `timeout` seconds."""
        return self.sandbox.delivery.wait(timeout)


def _config(app: Starlette, host: str, port: int, log_level: str) -> uvicorn.Config:
    return uvicorn.Config(
        app, host=host, port=port, log_level=log_level, lifespan="on", timeout_graceful_shutdown=5
    )


@contextmanager
def run_in_thread(
    db_path: str = ":memory:",
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    log_level: str = "warning",
    **app_options: Any,
) -> Iterator[RunningSandbox]:
    """Serve a sandbox in a background thread for the duration of the `with` block.

    `port=0` picks a free port. `app_options` go to `create_app` (api_key, users, clock, seed,
    fetch, rate_limit, demo_data, token_ttl, webhooks, ...). On exit the server is stopped, the
    webhook workers too, and the database is closed.
    """
    app = create_app(db_path, **app_options)
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose protocol says TCP;
    # without it every answer waits ~40 ms for Nagle's algorithm and delayed ACKs.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    server = uvicorn.Server(_config(app, host, sock.getsockname()[1], log_level))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="pipedream-sandbox"
    )
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError(f"the sandbox did not start on {host}:{sock.getsockname()[1]}")
        time.sleep(0.01)
    sandbox: Sandbox = app.state.sandbox
    demo = next(iter(sandbox.users))
    try:
        yield RunningSandbox(
            app=app,
            host=host,
            port=sock.getsockname()[1],
            api_key=demo.api_key,
            client_id=demo.client_id,
            client_secret=demo.client_secret,
        )
    finally:
        sandbox.streams.close()  # open streams would hold the shutdown for its whole timeout
        server.should_exit = True
        thread.join(timeout=START_TIMEOUT_SECONDS)
        sock.close()
        sandbox.close()


def serve(app: Starlette, host: str, port: int, log_level: str = "info") -> None:
    """Serve in the foreground until Ctrl-C or SIGTERM; both run the app's lifespan shutdown
    (`app.lifespan`), which closes the data cleanly."""
    uvicorn.Server(_config(app, host, port, log_level)).run()
