"""The live event stream client (``client.events.stream``, ``pipedream_rest.live``) against a real
sandbox on loopback, sync and async: order, resuming across server-side drops with nothing lost or
repeated, heartbeats, typed errors that are never retried, clean closing, and no key anywhere.
A few failure shapes the sandbox cannot produce (a cut mid-body, a 403, a 503) come from
``httpx.MockTransport``. Every read is bounded by a timeout."""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from cutting_proxy import CuttingProxy
from pipedream_rest import (
    APIConnectionError,
    APIResponseValidationError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    Pipedream,
)
from pipedream_rest.groups import Events
from pipedream_rest.live import LiveStream, astream, stream
from pipedream_rest_client.models import EventSummary
from pipedream_sandbox import OTHER_API_KEY, RunningSandbox, run_in_thread
from pipedream_sandbox.streams import StreamSettings

EVENTS = 1_000
DROP_EVERY = 97  # the server ends every open stream this often
IN_FLIGHT = 40  # the emitter waits while this many are unread: resuming never needs >100 back


@pytest.fixture(scope="module")
def server() -> Iterator[RunningSandbox]:
    settings = StreamSettings(heartbeat_seconds=0.1, retry_ms=5, max_queued=64)
    with run_in_thread(streams=settings) as running:
        yield running


@pytest.fixture
def client(server: RunningSandbox) -> Iterator[Pipedream]:
    with Pipedream(server.api_key, base_url=server.base_url, max_retries=0) as pipedream:
        yield pipedream


def new_source(client: Pipedream) -> tuple[str, str]:
    """A new HTTP source: its ID and the URL that turns requests into its events."""
    created = client.get_httpx_client().post("/sources", json={"key": "http-new-requests"})
    data = created.json()["data"]
    return data["id"], data["configured_props"]["http"]["endpoint_url"]


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


@pytest.fixture
def proxy(server: RunningSandbox) -> Iterator[CuttingProxy]:
    with CuttingProxy(server.port) as cutting:
        yield cutting


DROPS = ["the server ends the stream", "the connection is reset mid-body"]


def drop(kind: str, server: RunningSandbox, proxy: CuttingProxy) -> Callable[[], None]:
    return server.sandbox.streams.drop_all if kind == DROPS[0] else proxy.cut


def emit_paced(
    server: RunningSandbox, source_id: str, received: list[Any], drop_now: Callable[[], None]
) -> threading.Thread:
    """Emit EVENTS events from a thread, dropping every open stream every DROP_EVERY of them."""

    def run() -> None:
        for n in range(EVENTS):
            wait_for(lambda n=n: n - len(received) < IN_FLIGHT)
            server.sandbox.emitter.emit(source_id, {"n": n})
            if n % DROP_EVERY == DROP_EVERY - 1:
                drop_now()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def body_of(event: EventSummary) -> Any:
    return event.event["body"]


def test_captured_requests_arrive_in_order_as_typed_events(
    client: Pipedream, server: RunningSandbox
) -> None:
    source_id, endpoint = new_source(client)
    bodies = [{"n": n} for n in range(25)]
    got: list[EventSummary] = []
    with client.events.stream(source_id) as events:
        threading.Thread(
            target=lambda: [httpx.post(endpoint, json=body) for body in bodies], daemon=True
        ).start()
        for event in events:
            got.append(event)
            if len(got) == len(bodies):
                break
    assert all(isinstance(event, EventSummary) for event in got)
    assert [body_of(event) for event in got] == bodies
    assert {event.metadata.emitter_id for event in got} == {source_id}


@pytest.mark.parametrize("kind", DROPS)
def test_a_thousand_events_across_drops_none_lost_none_repeated(
    client: Pipedream, server: RunningSandbox, proxy: CuttingProxy, kind: str
) -> None:
    source_id, _ = new_source(client)
    received: list[int] = []
    through_proxy = f"http://127.0.0.1:{proxy.port}/v1"
    with stream(source_id, api_key=server.api_key, base_url=through_proxy) as events:
        emitter = emit_paced(server, source_id, received, drop(kind, server, proxy))
        for event in events:
            received.append(event.event["n"])
            if len(received) == EVENTS:
                break
    emitter.join(5)
    assert received == list(range(EVENTS))
    assert kind == DROPS[0] or proxy.cuts == EVENTS // DROP_EVERY


@pytest.mark.parametrize("kind", DROPS)
async def test_async_a_thousand_events_across_drops_none_lost_none_repeated(
    client: Pipedream, server: RunningSandbox, proxy: CuttingProxy, kind: str
) -> None:
    source_id, _ = new_source(client)
    received: list[int] = []
    through_proxy = f"http://127.0.0.1:{proxy.port}/v1"
    async with astream(source_id, api_key=server.api_key, base_url=through_proxy) as events:
        emitter = emit_paced(server, source_id, received, drop(kind, server, proxy))
        async for event in events:
            received.append(event.event["n"])
            if len(received) == EVENTS:
                break
    emitter.join(5)
    assert received == list(range(EVENTS))
    assert kind == DROPS[0] or proxy.cuts == EVENTS // DROP_EVERY


def test_resuming_from_a_saved_event_id_yields_only_later_events(
    client: Pipedream, server: RunningSandbox
) -> None:
    source_id, _ = new_source(client)
    ids = [server.sandbox.emitter.emit(source_id, {"n": n}) for n in range(5)]
    with client.events.stream(source_id, last_event_id=ids[1]) as events:
        got = [event.event["n"] for _, event in zip(range(3), events, strict=False)]
        assert events.last_event_id == ids[4]
    assert got == [2, 3, 4]


def test_an_idle_stream_with_heartbeats_is_not_a_timeout(
    client: Pipedream, server: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """Read timeout 0.5 s, heartbeats every 0.1 s, nothing emitted for 1.2 s: no reconnect."""
    source_id, _ = new_source(client)
    caplog.set_level(logging.INFO, logger="pipedream_rest")
    with client.events.stream(source_id, read_timeout=0.5) as events:
        timer = threading.Timer(1.2, server.sandbox.emitter.emit, (source_id, {"late": True}))
        timer.start()
        first = next(iter(events))
    assert first.event == {"late": True}
    assert "reconnecting" not in caplog.text


def test_a_stream_without_heartbeats_reconnects_after_the_read_timeout(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The converse: heartbeats slower than the read timeout, so the idle stream is reopened."""
    caplog.set_level(logging.INFO, logger="pipedream_rest")
    settings = StreamSettings(heartbeat_seconds=5.0, retry_ms=5)
    with (
        run_in_thread(streams=settings) as running,
        Pipedream(running.api_key, base_url=running.base_url) as pipedream,
    ):
        source_id, _ = new_source(pipedream)
        with pipedream.events.stream(source_id, read_timeout=0.3) as events:
            threading.Timer(1.0, running.sandbox.emitter.emit, (source_id, {"n": 1})).start()
            assert next(iter(events)).event == {"n": 1}
    assert "ReadTimeout; reconnecting" in caplog.text
    assert running.api_key not in caplog.text


@pytest.mark.parametrize(
    ("key", "error"),
    [("wrong-key-1234567890", AuthenticationError), (OTHER_API_KEY, NotFoundError)],
    ids=["401 wrong key", "404 another user's source"],
)
def test_401_and_404_raise_at_once_and_never_show_the_key(
    client: Pipedream,
    server: RunningSandbox,
    key: str,
    error: type[Exception],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="pipedream_rest")
    source_id, _ = new_source(client)
    started = time.monotonic()
    with (
        pytest.raises(error) as raised,
        Pipedream(key, base_url=server.base_url) as other,
        other.events.stream(source_id) as events,
    ):
        next(iter(events))
    assert time.monotonic() - started < 1.0
    assert key not in f"{raised.value} {raised.value!r} {caplog.text}"
    assert "reconnecting" not in caplog.text


def test_an_unknown_source_is_not_found(client: Pipedream) -> None:
    with pytest.raises(NotFoundError, match="dc_nowhere"), client.events.stream("dc_nowhere") as e:
        next(iter(e))


def test_a_bad_source_id_is_refused_before_any_request(client: Pipedream) -> None:
    with pytest.raises(ValueError, match="source_id"):
        client.events.stream("  ")


def test_leaving_the_with_block_or_breaking_frees_the_servers_stream(
    client: Pipedream, server: RunningSandbox
) -> None:
    source_id, _ = new_source(client)
    server.sandbox.emitter.emit(source_id, {"n": 0})
    with client.events.stream(source_id, last_event_id="0-0") as events:
        iterator = iter(events)  # held: dropping an iterator closes its connection
        next(iterator)
        assert server.sandbox.streams.wants(source_id)
    wait_for(lambda: not server.sandbox.streams.wants(source_id))
    for _ in client.events.stream(source_id, last_event_id="0-0"):
        break
    wait_for(lambda: not server.sandbox.streams.wants(source_id))


# --- Failure shapes from a mock transport --------------------------------------------------------

KEY = "mock-key-abcdefghijklmnop"
SSE_HEADERS = {"content-type": "text/event-stream"}


def message(n: int) -> bytes:
    data = f'{{"id":"{n}-0","indexed_at_ms":{n},"event":{{"n":{n}}},"metadata":{{}}}}'
    return f"id: {n}-0\ndata: {data}\n\n".encode()


class CutStream(httpx.SyncByteStream):
    """Sends some messages, then the connection breaks mid-body."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield b"retry: 1\n\n"
        yield from self.chunks
        raise httpx.RemoteProtocolError("peer closed connection mid-body")


def mock_stream(
    answers: list[Callable[[httpx.Request], httpx.Response]], seen: list[httpx.Request]
) -> LiveStream:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers[min(len(seen), len(answers)) - 1](request)

    return stream("dc_mock", api_key=KEY, transport=httpx.MockTransport(handler), max_failures=3)


def test_a_cut_mid_body_reconnects_with_last_event_id_and_skips_repeats() -> None:
    seen: list[httpx.Request] = []
    answers = [
        lambda r: httpx.Response(
            200, headers=SSE_HEADERS, stream=CutStream([message(1), message(2)])
        ),
        # The server replays 2 (already yielded) before 3: it is skipped.
        lambda r: httpx.Response(
            200, headers=SSE_HEADERS, stream=CutStream([message(2), message(3)])
        ),
    ]
    with mock_stream(answers, seen) as events:
        got = [event.event["n"] for _, event in zip(range(3), events, strict=False)]
    assert got == [1, 2, 3]
    assert "last-event-id" not in seen[0].headers
    assert seen[1].headers["last-event-id"] == "2-0"
    assert seen[0].url == "https://api.pipedream.com/sources/dc_mock/sse"


@pytest.mark.parametrize(
    ("retry_ms", "cuts", "expected"),
    [
        # Failures in a row: 0.25, 0.5, then an event resets the count.
        pytest.param(250, 3, [0.25, 0.5], id="doubled per failure in a row"),
        pytest.param(20_000, 4, [20.0, 30.0, 30.0], id="up to 30 s"),  # the README's cap
    ],
)
def test_the_wait_before_reconnecting_is_the_servers_retry_doubled_per_failure_in_a_row(
    monkeypatch: pytest.MonkeyPatch, retry_ms: int, cuts: int, expected: list[float]
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    seen: list[httpx.Request] = []

    def cut_after_retry(request: httpx.Request) -> httpx.Response:
        events = [message(len(seen))] if len(seen) == cuts else []
        body = RetryThenCut(f"retry: {retry_ms}\n\n".encode(), events)
        return httpx.Response(200, headers=SSE_HEADERS, stream=body)

    with mock_stream([cut_after_retry], seen) as events:  # each stream ended by a cut
        assert next(iter(events)).event == {"n": cuts}
    assert waits == expected


def test_stream_defaults_are_the_readmes() -> None:
    """README: `read_timeout` 60 s by default, `max_failures` 10."""
    for fn in (Events.stream, Events.async_stream, stream, astream):
        parameters = inspect.signature(fn).parameters
        assert parameters["read_timeout"].default == 60, fn
        assert parameters["max_failures"].default == 10, fn


class RetryThenCut(CutStream):
    def __init__(self, first: bytes, chunks: list[bytes]) -> None:
        super().__init__(chunks)
        self.first = first

    def __iter__(self) -> Iterator[bytes]:
        yield self.first
        yield from self.chunks
        raise httpx.RemoteProtocolError("peer closed connection mid-body")


def test_503_is_retried_then_the_stream_is_read() -> None:
    seen: list[httpx.Request] = []
    answers = [
        lambda r: httpx.Response(503, json={"error": "busy"}, headers={"retry-after-ms": "5"}),
        lambda r: httpx.Response(200, headers=SSE_HEADERS, stream=CutStream([message(7)])),
    ]
    with mock_stream(answers, seen) as events:
        assert next(iter(events)).event == {"n": 7}
    assert len(seen) == 2


def test_403_raises_at_once_without_a_retry_or_the_key() -> None:
    seen: list[httpx.Request] = []
    answers = [lambda r: httpx.Response(403, json={"error": f"key {KEY} may not"})]
    with pytest.raises(PermissionDeniedError) as raised, mock_stream(answers, seen) as events:
        next(iter(events))
    assert len(seen) == 1
    assert KEY not in f"{raised.value} {raised.value!r} {raised.value.body}"


def test_it_gives_up_after_max_failures_in_a_row() -> None:
    seen: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with (
        pytest.raises(APIConnectionError, match="4 times in a row"),
        mock_stream([refuse], seen) as e,
    ):
        next(iter(e))
    assert len(seen) == 4  # the first attempt and max_failures=3 more


async def test_async_errors_raise_when_the_stream_opens(server: RunningSandbox) -> None:
    with pytest.raises(NotFoundError, match="dc_nowhere"):
        async with astream("dc_nowhere", api_key=server.api_key, base_url=server.base_url):
            pass


async def test_async_leaving_the_with_block_frees_the_servers_stream(
    client: Pipedream, server: RunningSandbox
) -> None:
    source_id, _ = new_source(client)
    server.sandbox.emitter.emit(source_id, {"n": 0})
    async with client.events.async_stream(source_id, last_event_id="0-0") as events:
        first = await anext(aiter(events))
        assert first.event == {"n": 0} and server.sandbox.streams.wants(source_id)
    wait_for(lambda: not server.sandbox.streams.wants(source_id))


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (httpx.Response(200, json={"data": []}), "not an event stream"),
        (
            httpx.Response(200, headers=SSE_HEADERS, content=b"id: 1-0\ndata: [1, 2]\n\n"),
            "not an EventSummary",
        ),
    ],
    ids=["JSON instead of a stream", "a message that is not an object"],
)
def test_an_answer_that_is_not_the_documented_stream_raises_a_validation_error(
    answer: httpx.Response, says: str
) -> None:
    seen: list[httpx.Request] = []
    with (
        pytest.raises(APIResponseValidationError, match=says),
        mock_stream([lambda r: answer], seen) as events,
    ):
        next(iter(events))
    assert len(seen) == 1
