"""Attacks on the sandbox's live streams, `GET /sources/{id}/sse`, on loopback: one key opening
stream after stream, a `Last-Event-ID` that is huge or malformed, and a client that connects and
never reads while events pour in. Each must end in a clear answer or a dropped stream, never in
unbounded connections, memory or a 5xx."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from contextlib import ExitStack

import httpx
import pytest
from httpx_sse import connect_sse
from pipedream_sandbox import OTHER_API_KEY, Limits, RunningSandbox, run_in_thread
from pipedream_sandbox.streams import StreamSettings

TIMEOUT = httpx.Timeout(10.0)
MOST = 3


@pytest.fixture(scope="module")
def server() -> Iterator[RunningSandbox]:
    settings = StreamSettings(heartbeat_seconds=5.0, send_timeout_seconds=0.5)
    with run_in_thread(streams=settings, limits=Limits(streams_per_user=MOST)) as running:
        yield running


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def new_http_source(server: RunningSandbox, key: str) -> tuple[str, str]:
    response = httpx.post(
        f"{server.base_url}/sources", headers=auth(key), json={"key": "http-new-requests"}
    )
    data = response.json()["data"]
    return data["id"], data["configured_props"]["http"]["endpoint_url"]


def stream_url(server: RunningSandbox, source_id: str) -> str:
    return f"{server.root_url}/sources/{source_id}/sse"


def wait_for(condition: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_one_key_cannot_open_more_streams_than_the_cap(server: RunningSandbox) -> None:
    source_id, _ = new_http_source(server, server.api_key)
    url = stream_url(server, source_id)
    with httpx.Client(timeout=TIMEOUT, headers=auth(server.api_key)) as client, ExitStack() as up:
        for _ in range(MOST):
            assert up.enter_context(client.stream("GET", url)).status_code == 200
        with client.stream("GET", url) as refused:
            assert refused.status_code == 429
            refused.read()
        assert refused.json() == {
            "error": f"at most {MOST} live streams may be open at once per user; close one first",
            "code": "too_many_streams",
        }
        # Another user is not held up by this one's streams.
        other_id, _ = new_http_source(server, OTHER_API_KEY)
        with client.stream(
            "GET", stream_url(server, other_id), headers=auth(OTHER_API_KEY)
        ) as other:
            assert other.status_code == 200
    # Closed streams free their slots.
    wait_for(lambda: server.sandbox.streams.open_streams() == 0)
    with (
        httpx.Client(timeout=TIMEOUT, headers=auth(server.api_key)) as client,
        client.stream("GET", url) as again,
    ):
        assert again.status_code == 200


@pytest.mark.parametrize(
    ("last_event_id", "status"),
    [
        ("9" * 4000 + "-" + "9" * 4000, 200),  # clamped: after every stored event
        ("0" * 6000 + "1-0", 200),
        ("-1-0", 400),
        ("1e3-0", 400),
        ("١٢٣-٠", 400),  # digits, but not ASCII ones
    ],
)
def test_a_huge_or_malformed_last_event_id_is_answered_before_the_stream(
    server: RunningSandbox, last_event_id: str, status: int
) -> None:
    source_id, _ = new_http_source(server, server.api_key)
    headers = {**auth(server.api_key), "Last-Event-ID": last_event_id.encode()}
    with (
        httpx.Client(timeout=TIMEOUT) as client,
        client.stream("GET", stream_url(server, source_id), headers=headers) as response,
    ):
        assert response.status_code == status
        if status == 400:
            response.read()
            assert response.json()["details"] == {"parameter": "Last-Event-ID"}
    wait_for(lambda: server.sandbox.streams.open_streams() == 0)


def test_a_client_that_never_reads_is_dropped_and_frees_its_stream(
    server: RunningSandbox,
) -> None:
    source_id, endpoint = new_http_source(server, server.api_key)
    request = (
        f"GET /sources/{source_id}/sse HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {server.api_key}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as silent:
        silent.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        silent.sendall(request)
        wait_for(lambda: server.sandbox.streams.wants(source_id))
        big = {"pad": "x" * 200_000}
        with httpx.Client(timeout=TIMEOUT) as client:
            for _ in range(40):  # ~8 MB: far past any socket buffer
                assert client.post(endpoint, json=big).status_code == 200
                if not server.sandbox.streams.wants(source_id):
                    break
        wait_for(lambda: not server.sandbox.streams.wants(source_id))


def test_a_zero_padded_last_event_id_means_the_same_id(server: RunningSandbox) -> None:
    """`000…0001-0`, thousands of digits long, is `1-0`: every stored event is after it (it
    used to be clamped to the largest ID, so nothing was replayed)."""
    source_id, endpoint = new_http_source(server, server.api_key)
    # A read timeout below the heartbeat interval: a stream that replays nothing fails fast.
    with httpx.Client(timeout=httpx.Timeout(10.0, read=2.0)) as client:
        for n in range(2):
            assert client.post(endpoint, json={"n": n}).status_code == 200
        headers = {**auth(server.api_key), "Last-Event-ID": "0" * 6000 + "1-0"}
        with connect_sse(client, "GET", stream_url(server, source_id), headers=headers) as sse:
            replayed = []
            for message in sse.iter_sse():
                if message.data:
                    replayed.append(json.loads(message.data)["event"]["body"])
                if len(replayed) == 2:
                    break
    assert replayed == [{"n": 0}, {"n": 1}]


def test_a_reconnect_storm_leaves_no_stream_behind(server: RunningSandbox) -> None:
    """Hundreds of streams opened and dropped at once, half of them before the answer even
    arrives: each one's slot is freed, so the per-user cap never locks the user out."""
    source_id, _ = new_http_source(server, server.api_key)
    request = (
        f"GET /sources/{source_id}/sse HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {server.api_key}\r\nLast-Event-ID: 1-0\r\n\r\n"
    ).encode()
    for n in range(200):
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as hasty:
            hasty.sendall(request)
            if n % 2:
                hasty.recv(64)  # the status line (200, or 429 while the cap is full), then go
    wait_for(lambda: server.sandbox.streams.open_streams() == 0)
    with (
        httpx.Client(timeout=TIMEOUT, headers=auth(server.api_key)) as client,
        client.stream("GET", stream_url(server, source_id)) as after,
    ):
        assert after.status_code == 200
