"""Start the servers the benchmark measures against, each in its own process, and stop them.

A server in its own process works on the other core of the machine, so its cost is not charged
to the client being timed and the GIL is not shared.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

START_TIMEOUT_SECONDS = 20.0
SANDBOX_API_KEY = "bench-sandbox-key"


@contextmanager
def fixture_server(walk_items: int, walk_limit: int, latency_ms: float) -> Iterator[str]:
    """``python -m bench.server`` in a subprocess; yields its root URL ``http://127.0.0.1:<port>``."""
    command = [sys.executable, "-m", "bench.server", f"--walk-items={walk_items}"]
    command += [f"--walk-limit={walk_limit}", f"--latency-ms={latency_ms}"]
    with _running(command, stdout=subprocess.PIPE, stdin=subprocess.PIPE) as process:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if not line.isdigit():
            raise RuntimeError(f"the benchmark server did not print its port (got {line!r})")
        root = f"http://127.0.0.1:{line}"
        _wait_until_up(f"{root}/stats", process)
        yield root


@contextmanager
def sandbox_server() -> Iterator[str]:
    """The project's sandbox (``python -m pipedream_sandbox``, in memory, with its demo data) as
    ``make sandbox`` serves it; yields its API base URL. Its key is :data:`SANDBOX_API_KEY`."""
    with sandbox_process() as (base_url, _):
        yield base_url


@contextmanager
def sandbox_process() -> Iterator[tuple[str, int]]:
    """:func:`sandbox_server`, also yielding the process ID (to read its memory)."""
    port = _free_port()
    command = [sys.executable, "-m", "pipedream_sandbox", f"--port={port}", "--db=:memory:"]
    command += [f"--api-key={SANDBOX_API_KEY}", "--log-level=warning"]
    with _running(command, stdout=subprocess.DEVNULL) as process:
        root = f"http://127.0.0.1:{port}"
        _wait_until_up(root + "/", process)
        yield root + "/v1", process.pid


@contextmanager
def _running(
    command: list[str], stdout: int, stdin: int = subprocess.DEVNULL
) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(command, stdin=stdin, stdout=stdout, text=True)
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_up(url: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited with code {process.returncode}")
        try:
            httpx.get(url, timeout=1.0).raise_for_status()
            return
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"no answer from {url} after {START_TIMEOUT_SECONDS}s") from None
            time.sleep(0.05)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
