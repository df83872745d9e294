"""GET /sources/{id}/sse served by a real sandbox on loopback: what reaches a stream, in which
order, resuming with Last-Event-ID, heartbeats, errors before the stream, and every way a stream
ends (the client leaves, it falls behind, the server drops it, the server stops)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from httpx_sse import ServerSentEvent, connect_sse
from loopback_http import free_port
from pipedream_sandbox import OTHER_API_KEY, RunningSandbox, run_in_thread
from pipedream_sandbox.streams import End, StreamHub, StreamMessage, StreamSettings
from pipedream_sandbox.users import DEMO_USER

TIMEOUT = httpx.Timeout(10.0)  # bounds every test: a stream that stalls fails the read


@pytest.fixture(scope="module")
def server() -> Iterator[RunningSandbox]:
    with run_in_thread(streams=StreamSettings(heartbeat_seconds=0.2, max_queued=8)) as running:
        yield running


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def new_http_source(server: RunningSandbox, name: str = "live") -> tuple[str, str]:
    """A new HTTP source of the demo user: its ID and its endpoint URL."""
    response = httpx.post(
        f"{server.base_url}/sources",
        headers=auth(server.api_key),
        json={"key": "http-new-requests", "name": name},
    )
    data = response.json()["data"]
    return data["id"], data["configured_props"]["http"]["endpoint_url"]


def stream_url(server: RunningSandbox, source_id: str) -> str:
    return f"{server.root_url}/sources/{source_id}/sse"


@contextmanager
def open_stream(
    server: RunningSandbox, source_id: str, last_event_id: str | None = None
) -> Iterator[Iterator[ServerSentEvent]]:
    """The stream's messages (comments and `retry:` included), once its 200 has arrived."""
    headers = auth(server.api_key)
    if last_event_id:
        headers["Last-Event-ID"] = last_event_id
    url = stream_url(server, source_id)
    with (
        httpx.Client(timeout=TIMEOUT) as client,
        connect_sse(client, "GET", url, headers=headers) as source,
    ):
        assert source.response.status_code == 200
        yield source.iter_sse()


def events(messages: Iterator[ServerSentEvent], count: int) -> list[dict[str, Any]]:
    """The next `count` events (heartbeats and `retry:` skipped), as EventSummary dicts."""
    found: list[dict[str, Any]] = []
    for message in messages:
        if message.data:
            summary = json.loads(message.data)
            assert summary["id"] == message.id
            found.append(summary)
            if len(found) == count:
                break
    return found


def wait_for(condition: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def post_bodies(endpoint: str, bodies: list[dict[str, int]]) -> None:
    with httpx.Client(timeout=TIMEOUT) as client:
        for body in bodies:
            assert client.post(endpoint, json=body).status_code == 200


def test_every_captured_request_reaches_every_open_stream_in_order(server: RunningSandbox) -> None:
    source_id, endpoint = new_http_source(server)
    bodies = [{"n": n} for n in range(20)]
    with open_stream(server, source_id) as first, open_stream(server, source_id) as second:
        post_bodies(endpoint, bodies)
        for messages in (first, second):
            got = events(messages, 20)
            assert [e["event"]["body"] for e in got] == bodies
            assert [e["metadata"]["emitter_id"] for e in got] == [source_id] * 20
            keys = [tuple(map(int, e["id"].split("-"))) for e in got]
            assert keys == sorted(keys) and len(set(keys)) == 20


def test_the_stream_starts_with_retry_and_sends_whole_payloads(server: RunningSandbox) -> None:
    source_id, endpoint = new_http_source(server)
    big = {"text": "x" * 5000}  # event_summaries would truncate it without expand=event
    with open_stream(server, source_id) as messages:
        assert next(messages).retry == 1000
        post_bodies(endpoint, [big])
        (event,) = events(messages, 1)
    assert event["event"]["body"] == big and "truncated" not in event


def test_subscribed_sources_and_workflow_emits_reach_the_listeners_stream(
    server: RunningSandbox,
) -> None:
    listener_id, _ = new_http_source(server, "listener")
    emitter_id, endpoint = new_http_source(server, "emitter")
    server.sandbox.subscriptions.subscribe(DEMO_USER.id, emitter_id, listener_id, "")
    server.sandbox.subscriptions.subscribe(DEMO_USER.id, "p_abc123", listener_id, "")
    with open_stream(server, listener_id) as messages:
        post_bodies(endpoint, [{"from": 1}])
        server.sandbox.emitter.emit("p_abc123", {"from": 2})
        got = events(messages, 2)
    assert [e["metadata"]["emitter_id"] for e in got] == [emitter_id, "p_abc123"]
    assert got[1]["event"] == {"from": 2}


def test_last_event_id_replays_the_stored_events_after_it_then_goes_live(
    server: RunningSandbox,
) -> None:
    source_id, endpoint = new_http_source(server)
    post_bodies(endpoint, [{"n": n} for n in range(5)])
    with open_stream(server, source_id, last_event_id="0-0") as messages:
        stored = events(messages, 5)
    with open_stream(server, source_id, last_event_id=stored[1]["id"]) as messages:
        post_bodies(endpoint, [{"n": 5}])
        resumed = events(messages, 4)
    assert [e["event"]["body"]["n"] for e in resumed] == [2, 3, 4, 5]


def test_a_scheduled_emit_is_not_replayed_while_it_waits_in_in(server: RunningSandbox) -> None:
    """The live stream sends a scheduled emit when it is emitted, so a replay skips `$in`."""
    source_id, _ = new_http_source(server)
    an_hour_from_now = int((time.time() + 3600) * 1000)
    emitter = server.sandbox.emitter
    emitter.emit(source_id, {"later": True}, metadata={"delivery_ts": an_hour_from_now})
    emitter.emit(source_id, {"now": True})
    with open_stream(server, source_id, last_event_id="0-0") as messages:
        (event,) = events(messages, 1)
    assert event["event"] == {"now": True}


def test_heartbeats_arrive_on_the_configured_interval(server: RunningSandbox) -> None:
    """Comments, which an SSE parser skips: read as raw lines here."""
    source_id, _ = new_http_source(server)
    started = time.monotonic()
    heartbeats = 0
    with httpx.stream(
        "GET", stream_url(server, source_id), headers=auth(server.api_key), timeout=TIMEOUT
    ) as response:
        for line in response.iter_lines():
            if line.startswith(":"):
                assert line == ": sse-handshake"
                heartbeats += 1
                if heartbeats == 3:
                    break
    assert 0.5 <= time.monotonic() - started < 2.0  # three at 0.2 s


@pytest.mark.parametrize(
    ("key", "source", "last_event_id", "status"),
    [
        ("wrong-key", "mine", None, 401),
        (OTHER_API_KEY, "mine", None, 404),  # another user's source is not found
        (None, "dc_unknown", None, 404),
        (None, "mine", "yesterday", 400),
    ],
    ids=["wrong key", "foreign source", "unknown source", "bad Last-Event-ID"],
)
def test_errors_are_json_before_any_stream_opens(
    server: RunningSandbox, key: str | None, source: str, last_event_id: str | None, status: int
) -> None:
    source_id, _ = new_http_source(server)
    headers = auth(key or server.api_key)
    if last_event_id:
        headers["Last-Event-ID"] = last_event_id
    url = stream_url(server, source_id if source == "mine" else source)
    response = httpx.get(url, headers=headers, timeout=TIMEOUT)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]
    assert server.sandbox.streams.open_streams() == 0 or status == 401


def test_a_client_that_goes_away_frees_its_stream(server: RunningSandbox) -> None:
    source_id, endpoint = new_http_source(server)
    with open_stream(server, source_id) as messages:
        post_bodies(endpoint, [{"n": 1}])
        events(messages, 1)
        assert server.sandbox.streams.open_streams() >= 1
    wait_for(lambda: not server.sandbox.streams.wants(source_id))


async def test_a_stream_that_falls_behind_is_ended_with_its_queue_bounded() -> None:
    """Thirty events published while the stream's reader is busy: eight wait, then the stream
    ends (its client resumes from the stored events); memory never holds more."""
    hub = StreamHub(StreamSettings(max_queued=8))
    subscriber = hub.subscribe("dc_slow")
    for n in range(30):
        hub.publish("dc_slow", StreamMessage((n, 0), f"{n}-0", "{}"))
    await asyncio.sleep(0.05)  # the loop runs the 30 hand-overs
    queued = [subscriber.queue.get_nowait() for _ in range(subscriber.queue.qsize())]
    assert [m.id for m in queued[:-1] if isinstance(m, StreamMessage)] == [
        f"{n}-0" for n in range(8)
    ]
    assert isinstance(queued[-1], End) and queued[-1].reason == "fell behind"
    hub.unsubscribe(subscriber)
    assert not hub.wants("dc_slow")


def test_a_stream_resumes_from_the_stored_events_after_the_server_ends_it(
    server: RunningSandbox,
) -> None:
    source_id, _ = new_http_source(server)
    with open_stream(server, source_id) as messages:
        for n in range(3):
            server.sandbox.emitter.emit(source_id, {"n": n})
        received = events(messages, 2)
        server.sandbox.streams.drop_all()
        for n in range(3, 6):
            server.sandbox.emitter.emit(source_id, {"n": n})
    with open_stream(server, source_id, last_event_id=received[-1]["id"]) as messages:
        rest = events(messages, 4)
    assert [e["event"]["n"] for e in received + rest] == list(range(6))


def test_drop_all_ends_every_open_stream_and_clients_can_come_back(server: RunningSandbox) -> None:
    source_id, _ = new_http_source(server)
    with open_stream(server, source_id) as messages:
        next(messages)
        server.sandbox.streams.drop_all()
        assert events(messages, 1) == []  # the stream ended
    with open_stream(server, source_id) as messages:
        assert next(messages).retry == 1000


def test_stopping_the_server_ends_open_streams_at_once() -> None:
    ended = threading.Event()
    with run_in_thread() as running:
        source_id, _ = new_http_source(running)

        def read() -> None:
            with open_stream(running, source_id) as messages:
                for _ in messages:
                    pass
            ended.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        wait_for(lambda: running.sandbox.streams.open_streams() == 1)
        started = time.monotonic()
    assert ended.wait(2.0)
    assert time.monotonic() - started < 2.0  # not uvicorn's 5 s graceful timeout


def test_sigterm_ends_open_streams_cleanly_and_the_server_exits() -> None:
    port = free_port()
    env = {**os.environ, "PIPEDREAM_SANDBOX_API_KEY": "sigterm-key"}
    process = subprocess.Popen(
        [sys.executable, "-m", "pipedream_sandbox", "--port", str(port), "--db", ":memory:"]
        + ["--log-level", "warning"],
        env=env,
    )
    try:
        root = f"http://127.0.0.1:{port}"
        wait_for(lambda: _answers(root), timeout=15)
        headers = auth("sigterm-key")
        created = httpx.post(
            f"{root}/v1/sources", headers=headers, json={"key": "http-new-requests"}
        ).json()["data"]
        with httpx.Client(timeout=TIMEOUT) as client:
            url = f"{root}/sources/{created['id']}/sse"
            with connect_sse(client, "GET", url, headers=headers) as source:
                messages = source.iter_sse()
                assert next(messages).retry == 1000
                started = time.monotonic()
                process.send_signal(signal.SIGTERM)
                assert events(messages, 1) == []  # ends without a protocol error
        # uvicorn re-raises the signal once it has shut down cleanly.
        assert process.wait(timeout=10) in (0, -signal.SIGTERM)
        assert time.monotonic() - started < 4.0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _answers(root: str) -> bool:
    try:
        return httpx.get(root + "/", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


async def test_an_async_client_reads_the_stream_in_order(server: RunningSandbox) -> None:
    from httpx_sse import aconnect_sse

    source_id, endpoint = new_http_source(server)
    async with (
        httpx.AsyncClient(timeout=TIMEOUT) as client,
        aconnect_sse(
            client, "GET", stream_url(server, source_id), headers=auth(server.api_key)
        ) as source,
    ):
        threading.Thread(target=post_bodies, args=(endpoint, [{"n": n} for n in range(5)])).start()
        got = []
        async for message in source.aiter_sse():
            if message.data:
                got.append(json.loads(message.data)["event"]["body"]["n"])
                if len(got) == 5:
                    break
    assert got == list(range(5))


def test_stream_settings_default_to_the_readmes_numbers() -> None:
    """README: `retry: 1000`, a heartbeat every 15 s while idle, a bounded queue of 64."""
    settings = StreamSettings()
    assert (settings.retry_ms, settings.heartbeat_seconds, settings.max_queued) == (1000, 15, 64)
