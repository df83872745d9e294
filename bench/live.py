"""Row 5: the live event stream, against the sandbox as ``make sandbox`` runs it (its own process).

- capture-to-client latency: one request at a time to an HTTP source's endpoint, timed from just
  before the POST to the moment ``client.events.stream`` yields its event in this process;
- events per second into one stream: requests sent by another process as fast as the sandbox
  takes them, counted from the first event to the last at the client (and every one must arrive);
  the sandbox's capture (one core, SQLite) is the limit, so the target is keeping up with it;
- memory per open stream: the sandbox's resident memory (``/proc/<pid>/status``) with N idle
  streams open (async clients in a thread of this process), minus before, divided by N;
- REST p99 with those N streams open, while events fan out to all of them: sequential
  ``GET /users/me/sources``.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from pipedream_rest import Pipedream
from pipedream_rest.live import astream

from .processes import SANDBOX_API_KEY
from .report import Row, Target, duration

LATENCY_P99_TARGET = 0.050
REST_P99_TARGET = 0.100
KEEP_UP = 0.9  # the stream must deliver as fast as the sandbox takes requests in
MAX_BYTES_PER_STREAM = 200_000
SENDER_CONNECTIONS = 4
BURST_DEADLINE_SECONDS = 120.0


def _new_source(client: Pipedream) -> tuple[str, str]:
    created = client.get_httpx_client().post("/sources", json={"key": "http-new-requests"})
    data = created.json()["data"]
    return str(data["id"]), str(data["configured_props"]["http"]["endpoint_url"])


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _latency(client: Pipedream, count: int) -> list[float]:
    source_id, endpoint = _new_source(client)
    samples: list[float] = []
    with client.events.stream(source_id) as events, httpx.Client() as http:
        iterator = iter(events)
        for n in range(count):
            started = time.perf_counter()
            http.post(endpoint, json={"n": n}).raise_for_status()
            next(iterator)
            samples.append(time.perf_counter() - started)
    return samples


# The senders run in their own process, so that they do not share this one's GIL with the
# client being measured: ``python -c SENDER <endpoint> <count> <connections>``.
SENDER = """
import asyncio, sys, time
import httpx

async def main(endpoint, count, connections):
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=connections)) as http:
        async def send(numbers):
            for n in numbers:
                (await http.post(endpoint, json={"n": n})).raise_for_status()
        started = time.perf_counter()
        await asyncio.gather(*(send(range(i, count, connections)) for i in range(connections)))
        print(count / (time.perf_counter() - started))

asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
"""


def _throughput(client: Pipedream, count: int) -> tuple[float, float, int]:
    """(events/s at the client, requests/s the sandbox took, events received) for ``count``
    requests sent by another process over a few connections."""
    source_id, endpoint = _new_source(client)
    received = 0
    first_at = last_at = 0.0
    with client.events.stream(source_id) as events:
        deadline = threading.Timer(BURST_DEADLINE_SECONDS, events.close)  # bounds a lost event
        deadline.start()
        command = [sys.executable, "-c", SENDER, endpoint, str(count), str(SENDER_CONNECTIONS)]
        with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as sender:
            for _ in events:
                last_at = time.perf_counter()
                first_at = first_at or last_at
                received += 1
                if received == count:
                    break
            captured = float(sender.communicate(timeout=BURST_DEADLINE_SECONDS)[0])
        deadline.cancel()
    return (received - 1) / max(last_at - first_at, 1e-9), captured, received


def _rss_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


@contextmanager
def _open_streams(base_url: str, source_id: str, count: int) -> Iterator[list[int]]:
    """``count`` async streams of ``source_id`` on an event loop in a thread; yields how many
    events each has received, once every stream is open."""
    received = [0] * count
    opened = threading.Event()
    running: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    async def follow(index: int, ready: asyncio.Barrier, stop: asyncio.Event) -> None:
        async with astream(source_id, api_key=SANDBOX_API_KEY, base_url=base_url) as events:
            await ready.wait()
            iterator = aiter(events)
            stopped = asyncio.ensure_future(stop.wait())
            while not stop.is_set():
                next_event = asyncio.ensure_future(anext(iterator))
                await asyncio.wait({next_event, stopped}, return_when=asyncio.FIRST_COMPLETED)
                if next_event.done():
                    received[index] += 1
                else:
                    next_event.cancel()

    async def main() -> None:
        stop = asyncio.Event()
        running.append((asyncio.get_running_loop(), stop))
        ready = asyncio.Barrier(count + 1)
        tasks = [asyncio.create_task(follow(i, ready, stop)) for i in range(count)]
        await ready.wait()
        opened.set()
        await asyncio.gather(*tasks)

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    try:
        if not opened.wait(60):
            raise RuntimeError(f"{count} streams did not open within 60 s")
        yield received
    finally:
        for loop, stop in running:
            loop.call_soon_threadsafe(stop.set)
        thread.join(30)


def _rest_latencies(client: Pipedream, count: int) -> list[float]:
    http = client.get_httpx_client()
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        http.get("/users/me/sources", params={"limit": 10}).raise_for_status()
        samples.append(time.perf_counter() - started)
    return samples


def measure(
    base_url: str, pid: int, latency_events: int, burst_events: int, streams: int, rest_calls: int
) -> tuple[list[Row], list[Target]]:
    with Pipedream(api_key=SANDBOX_API_KEY, base_url=base_url) as client:
        latencies = _latency(client, latency_events)
        rate, captured, received = _throughput(client, burst_events)
        source_id, endpoint = _new_source(client)
        before = _rss_bytes(pid)
        with _open_streams(base_url, source_id, streams) as counts:
            time.sleep(0.5)  # let the server settle its buffers
            per_stream = (_rss_bytes(pid) - before) / streams
            stop = threading.Event()

            def fan_out() -> None:  # events reach every open stream while REST is timed
                with httpx.Client() as http:
                    while not stop.wait(0.05):
                        http.post(endpoint, json={"tick": True}).raise_for_status()

            feeder = threading.Thread(target=fan_out, daemon=True)
            feeder.start()
            rest = _rest_latencies(client, rest_calls)
            stop.set()
            feeder.join()
            fanned = sum(counts)
    p50, p99 = statistics.median(latencies), _percentile(latencies, 0.99)
    rest_p50, rest_p99 = statistics.median(rest), _percentile(rest, 0.99)
    rows = [
        Row("5", f"live: capture-to-client latency, {latency_events} events: p50", duration(p50)),
        Row("5", f"live: capture-to-client latency, {latency_events} events: p99", duration(p99)),
        Row(
            "5",
            f"live: events/s into one stream ({burst_events} requests, "
            f"{SENDER_CONNECTIONS} connections)",
            f"{rate:,.0f}",
            f"{received:,} of {burst_events:,} received; the sandbox took {captured:,.0f} requests/s",
        ),
        Row(
            "5",
            f"live: sandbox memory per open stream, {streams} streams",
            f"{per_stream / 1000:.1f} KB",
            "resident set growth / streams",
        ),
        Row(
            "5",
            f"live: REST GET /users/me/sources p50 / p99, {streams} streams open",
            f"{duration(rest_p50)} / {duration(rest_p99)}",
            f"{rest_calls} calls while {fanned:,} events fanned out to the streams",
        ),
    ]
    targets = [
        Target(
            f"live capture-to-client p99 < {LATENCY_P99_TARGET * 1000:.0f} ms",
            duration(p99),
            p99 < LATENCY_P99_TARGET,
        ),
        Target(
            f"live stream keeps up: ≥ {KEEP_UP:.0%} of the capture rate, none lost",
            f"{rate:,.0f} of {captured:,.0f}/s ({rate / captured:.0%}), {burst_events - received} lost",
            rate >= KEEP_UP * captured and received == burst_events,
        ),
        Target(
            f"sandbox memory per open stream < {MAX_BYTES_PER_STREAM / 1000:.0f} KB at {streams}",
            f"{per_stream / 1000:.1f} KB",
            per_stream < MAX_BYTES_PER_STREAM,
        ),
        Target(
            f"REST p99 < {REST_P99_TARGET * 1000:.0f} ms with {streams} streams open",
            duration(rest_p99),
            rest_p99 < REST_P99_TARGET,
        ),
    ]
    return rows, targets
