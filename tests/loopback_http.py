"""A real HTTP/1.1 server on 127.0.0.1 for the client attack tests, scripted per request; and
:func:`free_port`, which every test that starts a server on loopback uses.

Unlike ``httpx.MockTransport``, it is a socket the client connects to, so a test can make the
server *act* on a request and then lose the answer the way a network does: never answer (the
client's read timeout), close the connection, or reset it. Every request it read is recorded.
Each connection is served once and closed (``Connection: close``), in its own thread; every wait
is bounded, so a test cannot hang.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Self

WAIT = 5.0  # the longest any socket operation or thread join may take


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Reply:
    """An HTTP answer to write back."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, value: object, **headers: str) -> Reply:
        return cls(
            status, json.dumps(value).encode(), {"content-type": "application/json", **headers}
        )


@dataclass(frozen=True)
class Drop:
    """No answer: ``"hang"`` until the client gives up, ``"close"`` the connection, or ``"reset"``
    it (an RST, as a crashed peer or a middlebox sends)."""

    how: str


Handler = Callable[[Received], Reply | Drop]


class LoopbackServer:
    """Serves ``handler``'s answers on ``127.0.0.1:port`` (0 picks a free port) until closed."""

    def __init__(self, handler: Handler, port: int = 0) -> None:
        self.handler = handler
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", port))
        self._listener.listen(16)
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopping = threading.Event()
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def requests_to(self, method: str, path: str) -> list[Received]:
        with self._lock:
            return [r for r in self.received if (r.method, r.path) == (method, path)]

    def close(self) -> None:
        self._stopping.set()
        self._accepting.join(WAIT)
        self._listener.close()
        for thread in self._threads:
            thread.join(WAIT)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(WAIT)
        try:
            received = _read_request(conn)
            if received is None:
                return
            with self._lock:
                self.received.append(received)
            answer = self.handler(received)
            if isinstance(answer, Reply):
                conn.sendall(_encode(answer))
            elif answer.how == "hang":
                _wait_for_client_to_leave(conn, self._stopping)
            elif answer.how == "reset":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            # "close": fall through to close without a byte of answer
        except OSError:
            pass
        finally:
            conn.close()


def _read_request(conn: socket.socket) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, target, _ = request_line.split(" ", 2)
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return Received(method, target.split("?", 1)[0], headers, body)


def _encode(reply: Reply) -> bytes:
    headers = {"content-length": str(len(reply.body)), "connection": "close", **reply.headers}
    head = f"HTTP/1.1 {reply.status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return head.encode("latin-1") + b"\r\n" + reply.body


def _wait_for_client_to_leave(conn: socket.socket, stopping: threading.Event) -> None:
    """Hold the connection open, answering nothing, until the client closes it (or ``WAIT``)."""
    conn.settimeout(0.05)
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline and not stopping.is_set():
        try:
            if not conn.recv(1024):
                return
        except TimeoutError:
            continue


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connecting to it is refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
